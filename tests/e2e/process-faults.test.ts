import { describe, expect, it } from 'vitest';
import type { FakeTelegram } from '../../src/mock/index.js';
import { startPollingBot, useFakeTelegram } from './bot-process.js';

const fakeTelegram = useFakeTelegram();

const ASK = 'thu ngân sách đạt bao nhiêu';
const ASK_2 = 'chi ngân sách đạt bao nhiêu';

/**
 * Asks two questions in one private chat and waits for both answers. The bot
 * handles one chat's updates in order, so once the second answer is there, the
 * first question's retries are over and its answers can be counted.
 */
async function askTwice(fake: FakeTelegram): Promise<{ chatId: number }> {
  const user = fake.users.createUser();
  fake.users.sendPrivate(user, ASK);
  expect((await fake.waitForBotMessage(user.id, { timeoutMs: 15_000 })).text).toContain('211%');
  fake.users.sendPrivate(user, ASK_2);
  expect((await fake.waitForBotMessage(user.id, { timeoutMs: 15_000 })).text).toContain('102%');
  return { chatId: user.id };
}

describe('the real bot when Telegram fails', () => {
  it('waits out a 429 with retry_after and answers once', async () => {
    const telegram = await fakeTelegram.start();
    await startPollingBot(telegram);
    telegram.faults.flood('sendMessage', 1);
    const { chatId } = await askTwice(telegram);
    expect(telegram.botMessages(chatId)).toHaveLength(2);
    const [flooded, retried] = telegram.calls('sendMessage');
    expect(flooded?.outcome).toMatchObject({ status: 429 });
    expect(retried?.outcome).toMatchObject({ status: 200 });
    // retry_after is in seconds; the retry came after it, not before.
    expect((retried?.at ?? 0) - (flooded?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
  });

  it('retries after a 500 and answers once', async () => {
    const telegram = await fakeTelegram.start();
    await startPollingBot(telegram);
    telegram.faults.serverError('sendMessage');
    const { chatId } = await askTwice(telegram);
    expect(telegram.botMessages(chatId)).toHaveLength(2);
    expect(telegram.calls('sendMessage').map((call) => call.outcome !== 'dropped' && call.outcome?.status)).toEqual([500, 200, 200]);
  });

  it('retries after a dropped connection and answers once', async () => {
    const telegram = await fakeTelegram.start();
    await startPollingBot(telegram);
    telegram.faults.drop('sendMessage');
    const { chatId } = await askTwice(telegram);
    expect(telegram.botMessages(chatId)).toHaveLength(2);
    expect(telegram.calls('sendMessage')[0]?.outcome).toBe('dropped');
  });

  it('on SIGTERM with updates pending, exits 0; a restarted bot answers every unconfirmed update exactly once', async () => {
    const fake = await fakeTelegram.start();
    const first = await startPollingBot(fake);
    // The first answer is held in flight, so SIGTERM arrives mid-batch.
    fake.faults.delay('sendMessage', 1_500);
    const users = Array.from({ length: 5 }, () => fake.users.createUser());
    for (const user of users) fake.users.sendPrivate(user, ASK);
    await fake.waitForCall('sendMessage', { timeoutMs: 10_000 });
    expect(fake.pendingUpdates().length).toBeGreaterThan(1);
    first.child.kill('SIGTERM');
    const exit = await first.waitForExit(15_000);
    expect(exit, first.output()).toEqual({ code: 0, signal: null });

    // More questions while the bot is down, then a fresh process.
    const late = Array.from({ length: 2 }, () => fake.users.createUser());
    for (const user of late) fake.users.sendPrivate(user, ASK);
    await startPollingBot(fake);
    const everyone = [...users, ...late];
    for (const user of everyone) {
      expect((await fake.waitForBotMessage(user.id, { timeoutMs: 15_000 })).text).toContain('211%');
    }
    // One more round trip: anything still queued from before has been handled by now.
    const probe = fake.users.createUser();
    fake.users.sendPrivate(probe, ASK);
    await fake.waitForBotMessage(probe.id, { timeoutMs: 15_000 });
    expect(everyone.map((user) => fake.botMessages(user.id).length)).toEqual(everyone.map(() => 1));
  });
});
