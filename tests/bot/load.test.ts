/**
 * The real bot (createBot, the production sending limits, the polling runner)
 * against the fake Bot API with Telegram's sending limits on, in this process.
 * Nothing here is timed: outcomes and order only. Where an outcome is about "meanwhile", the
 * fake holds the reply in question until the test lets it go (faults.hold), so the order is the
 * design's, not the machine's; the fake does not count its own stalls against the bot's rate.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { identifyBot } from '../../src/bot/connect.js';
import { createBot } from '../../src/bot/create-bot.js';
import { startPolling, type PollingHandle } from '../../src/bot/run-polling.js';
import { useTelegramLimits } from '../../src/bot/telegram-limits.js';
import { createMatcher } from '../../src/engine/index.js';
import { createLogger } from '../../src/log.js';
import { FakeTelegram, type BotEvent } from '../../src/mock/index.js';
import { kb } from './bot-harness.js';

const ASK = 'thu ngân sách đạt bao nhiêu';
const running: { telegram: FakeTelegram; polling: PollingHandle }[] = [];
afterEach(async () => {
  for (const { telegram, polling } of running.splice(0)) {
    // A reply still held (a failed test) would keep the bot from stopping.
    telegram.faults.clear();
    await polling.stop();
    await telegram.close();
  }
});

async function start(options: { latencyMs?: number } = {}) {
  const telegram = await FakeTelegram.start({ botUsername: 'load_test_bot', maxLongPollMs: 2_000, ...options });
  const logger = createLogger({ level: 'silent' });
  const bot = createBot(telegram.token, { kb, matcher: createMatcher(kb), logger }, { apiRoot: telegram.apiRoot });
  useTelegramLimits(bot.api, logger);
  await identifyBot(bot);
  const polling = await startPolling(bot, logger);
  running.push({ telegram, polling });
  return telegram;
}

describe('the bot under load, against Telegram\'s sending limits', () => {
  it('a group flood of 40 questions in one second is answered in full, in order, with no 429', async () => {
    const telegram = await start();
    const group = telegram.users.createGroup({ supergroup: true });
    const people = Array.from({ length: 40 }, (_, i) => telegram.users.createUser({ firstName: `Người ${i + 1}` }));
    for (const person of people) telegram.users.sendGroup(group.id, person, `/ask@load_test_bot ${ASK}`);
    // The first reply goes at once, alone; those that piled up behind it are merged, each part named for who asked.
    const replies = () => telegram.botMessages(group.id).map((m) => m.text ?? '').join('\n');
    const labelled = () => people.slice(1).filter((p) => replies().includes(`${p.first_name}: «`)).length;
    await expect.poll(labelled, { timeout: 30_000, interval: 200 }).toBe(39);
    const text = replies();
    const perAnswer = (telegram.botMessages(group.id)[0]?.text ?? '').split('211%').length - 1;
    expect(perAnswer).toBeGreaterThan(0);
    expect(text.split('211%').length - 1).toBe(40 * perAnswer);
    // In order: the first asker's part comes before the last's.
    const positions = people.slice(1).map((p) => text.indexOf(`${p.first_name}:`));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(telegram.botMessages(group.id).length).toBeLessThan(10);
    expect(telegram.tooManyRequests).toBe(0);
  }, 40_000);

  // A chat's reply waits out a 429 and is then held at the fake until the test lets it go, so
  // "meanwhile" lasts as long as the test needs, not as long as a retry_after: a bot that made
  // other chats wait for that reply would never answer them, however fast the machine.
  async function throttledChat(telegram: FakeTelegram) {
    const slow = telegram.users.createUser();
    telegram.users.privateChat(slow);
    telegram.faults.flood('sendMessage', 1, 1, slow.id);
    const release = telegram.faults.hold('sendMessage', slow.id);
    telegram.users.sendPrivate(slow, ASK);
    await telegram.waitForCall('sendMessage', { where: (call) => Number(call.params.chat_id) === slow.id });
    return { slow, release };
  }
  const messageOrder = (telegram: FakeTelegram) =>
    telegram.state.events.filter((e): e is Extract<BotEvent, { kind: 'message' }> => e.kind === 'message').map((e) => e.chatId);
  const faultsTo = (telegram: FakeTelegram, chatId: number) =>
    telegram.calls('sendMessage').filter((call) => Number(call.params.chat_id) === chatId).map((call) => call.fault?.kind);

  it('a chat that Telegram throttles (429, retry_after) does not delay another chat\'s answer', async () => {
    const telegram = await start();
    const { slow, release } = await throttledChat(telegram);
    const other = telegram.users.createUser();
    telegram.users.sendPrivate(other, ASK);
    await telegram.waitForBotMessage(other.id, { timeoutMs: 20_000 });
    release();
    await telegram.waitForBotMessage(slow.id, { timeoutMs: 20_000 });
    expect(messageOrder(telegram)).toEqual([other.id, slow.id]);
    // The throttled reply was retried after its 429, once, and delivered once.
    expect(faultsTo(telegram, slow.id)).toEqual(['flood', 'hold']);
    expect(telegram.botMessages(slow.id)).toHaveLength(1);
  }, 45_000);

  it('a throttled chat does not hold back updates beyond the 100 that one getUpdates brings', async () => {
    const telegram = await start();
    const { slow, release } = await throttledChat(telegram);
    // More than a window of updates behind the one whose reply is waiting.
    const others = Array.from({ length: 120 }, () => telegram.users.createUser());
    for (const user of others) telegram.users.sendPrivate(user, ASK);
    const answeredOthers = () => others.filter((u) => telegram.botMessages(u.id).length > 0).length;
    await expect.poll(answeredOthers, { timeout: 60_000, interval: 200 }).toBe(others.length);
    release();
    await telegram.waitForBotMessage(slow.id, { timeoutMs: 20_000 });
    const answered = messageOrder(telegram);
    // Every other chat was answered while the throttled one waited, and it got its one answer last.
    expect(answered.slice(0, -1).sort()).toEqual(others.map((u) => u.id).sort());
    expect(answered.at(-1)).toBe(slow.id);
    expect(telegram.botMessages(slow.id)).toHaveLength(1);
    // Confirmed as answered, promptly: nothing is left for Telegram to hand out again.
    await expect.poll(() => telegram.pendingUpdates().length, { timeout: 20_000, interval: 100 }).toBe(0);
    // 121 replies at the overall limit, none refused.
    expect(telegram.tooManyRequests).toBe(0);
  }, 120_000);

  it('one person sending many questions quickly is answered, then told once to slow down', async () => {
    const telegram = await start();
    const person = telegram.users.createUser();
    for (let i = 0; i < 25; i++) telegram.users.sendPrivate(person, ASK);
    await expect.poll(() => telegram.botMessages(person.id).length, { timeout: 30_000, interval: 200 }).toBe(21);
    const texts = telegram.botMessages(person.id).map((m) => m.text ?? '');
    expect(texts.filter((t) => t.includes('211%'))).toHaveLength(20);
    expect(texts.filter((t) => t.includes('nhanh quá'))).toHaveLength(1);
    expect(telegram.tooManyRequests).toBe(0);
  }, 40_000);
});
