import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import type { FakeTelegram } from '../../src/mock/index.js';
import { freePort, spawnBot, useFakeTelegram, type BotProcess } from './bot-process.js';

const fakeTelegram = useFakeTelegram();

const SECRET = 'e2e_webhook-secret_0123456789';

async function startWebhookBot(fake: FakeTelegram): Promise<{ bot: BotProcess; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/telegram`;
  const bot = spawnBot({
    BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    BOT_MODE: 'webhook',
    WEBHOOK_URL: url,
    WEBHOOK_SECRET: SECRET,
    PORT: String(port),
    LOG_LEVEL: 'warn',
  });
  // The bot sets its webhook once its server listens.
  await Promise.race([
    fake.waitForCall('setWebhook', { timeoutMs: 15_000 }),
    bot.exited.then((exit) => {
      throw new Error(`bot exited (${String(exit.code)}); output:\n${bot.output()}`);
    }),
  ]);
  return { bot, url };
}

describe('the real bot in webhook mode', () => {
  it('answers updates delivered with the right secret', async () => {
    const fake = await fakeTelegram.start();
    const { url } = await startWebhookBot(fake);
    expect(fake.state.webhook).toMatchObject({ url, secretToken: SECRET });
    const user = fake.users.createUser();
    fake.users.sendPrivate(user, 'thu ngân sách đạt bao nhiêu');
    expect((await fake.waitForBotMessage(user.id, { timeoutMs: 15_000 })).text).toContain('211%');
    // Recorded when the bot's answer to the delivery comes back, just after the message.
    await expect.poll(() => fake.webhookDeliveries().map((delivery) => delivery.status)).toEqual([200]);
  });

  it('refuses a wrong or missing secret with 401 and sends nothing', async () => {
    const fake = await fakeTelegram.start();
    const { url } = await startWebhookBot(fake);
    const user = fake.users.createUser();
    fake.users.privateChat(user);
    const forged: Update = {
      update_id: 1,
      message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: user.id, type: 'private', first_name: user.first_name }, from: user, text: 'thu ngân sách đạt bao nhiêu' },
    };
    const post = (headers: Record<string, string>) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(forged) });
    expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong' })).status).toBe(401);
    expect((await post({})).status).toBe(401);

    // A genuine delivery afterwards is answered, and it is the only answer in the chat.
    fake.users.sendPrivate(user, 'chi ngân sách đạt bao nhiêu');
    expect((await fake.waitForBotMessage(user.id, { timeoutMs: 15_000 })).text).toContain('102%');
    expect(fake.botMessages(user.id)).toHaveLength(1);
  });
});
