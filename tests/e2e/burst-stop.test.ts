/**
 * The real bot as a process, stopped in the middle of a burst of questions and
 * started again against the same fake Telegram (which keeps its unconfirmed
 * updates across the restart, as Telegram does). Nothing here is timed: the
 * waits are generous and only counts are asserted. The 429 count is the bot's own: the
 * fake, in this process, counts a message when its event loop gets to it, and on a loaded
 * machine that loop stalls while the bot's process goes on sending; it holds against the
 * bot only the messages that surely reached it within a second (send-limits.ts, loop-lag.ts).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONCURRENCY } from '../../src/bot/run-polling.js';
import type { FakeTelegram } from '../../src/mock/index.js';
import { startPollingBot, useFakeTelegram } from './bot-process.js';

const fakeTelegram = useFakeTelegram();

const ASK = 'thu ngân sách đạt bao nhiêu';
/** More than the bot handles at once, so the kill finds some answered, some in flight, some not yet fetched. */
const BURST = DEFAULT_CONCURRENCY + 150;
const WAIT_MS = 60_000;

/** Private chats that each ask one question at once; their ids. */
function burst(fake: FakeTelegram, size: number): number[] {
  const users = Array.from({ length: size }, () => fake.users.createUser());
  for (const user of users) fake.users.sendPrivate(user, ASK);
  return users.map((user) => user.id);
}

const answered = (fake: FakeTelegram, chats: readonly number[]): number => chats.filter((id) => fake.botMessages(id).length > 0).length;

/** Waits until every chat has an answer, then one more round trip, so that nothing still queued is missed. */
async function everyoneAnswered(fake: FakeTelegram, chats: readonly number[]): Promise<void> {
  await expect.poll(() => answered(fake, chats), { timeout: WAIT_MS, interval: 200 }).toBe(chats.length);
  const [probe] = burst(fake, 1);
  if (probe !== undefined) await fake.waitForBotMessage(probe, { timeoutMs: WAIT_MS });
}

describe('the real bot stopped mid-burst', () => {
  it('after SIGKILL and a restart, nothing is lost and only updates in flight at the kill are answered twice', async () => {
    const fake = await fakeTelegram.start({ maxLongPollMs: 30_000 });
    const first = await startPollingBot(fake);
    const chats = burst(fake, BURST);
    // The bot sends at most 26 messages a second, so the burst takes several seconds: kill it part way.
    await expect.poll(() => answered(fake, chats), { timeout: WAIT_MS, interval: 50 }).toBeGreaterThanOrEqual(BURST / 2);
    first.child.kill('SIGKILL');
    await first.waitForExit(WAIT_MS);
    const answeredBeforeKill = new Set(chats.filter((id) => fake.botMessages(id).length > 0));
    // Unconfirmed at the kill: the only updates Telegram gives the next run.
    const unconfirmed = new Set(fake.pendingUpdates().map((update) => update.message?.chat.id));
    expect(answeredBeforeKill.size).toBeLessThan(BURST);

    await startPollingBot(fake);
    await everyoneAnswered(fake, chats);
    const counts = chats.map((id) => fake.botMessages(id).length);
    expect(counts.filter((n) => n === 0)).toEqual([]);
    expect(Math.max(...counts)).toBeLessThanOrEqual(2);
    const twice = chats.filter((id) => fake.botMessages(id).length === 2);
    // Answered twice only if answered before the kill and not yet confirmed, and never more than the bot had in flight.
    expect(twice.filter((id) => !answeredBeforeKill.has(id) || !unconfirmed.has(id))).toEqual([]);
    expect(twice.length).toBeLessThanOrEqual(DEFAULT_CONCURRENCY);
    // The bot confirms answered updates as it goes: at the kill, those answered but unconfirmed were at most those in flight.
    expect(chats.filter((id) => answeredBeforeKill.has(id) && unconfirmed.has(id)).length).toBeLessThanOrEqual(DEFAULT_CONCURRENCY);
    expect(fake.tooManyRequests).toBe(0);
  }, 180_000);

  it('on SIGTERM mid-burst, exits 0; after a restart every question is answered exactly once', async () => {
    const fake = await fakeTelegram.start({ maxLongPollMs: 30_000 });
    const first = await startPollingBot(fake);
    const chats = burst(fake, BURST);
    await expect.poll(() => answered(fake, chats), { timeout: WAIT_MS, interval: 50 }).toBeGreaterThanOrEqual(20);
    first.child.kill('SIGTERM');
    const exit = await first.waitForExit(WAIT_MS);
    expect(exit, first.output()).toEqual({ code: 0, signal: null });
    // Stopped part way: the rest were left, unconfirmed, for the next run.
    expect(answered(fake, chats)).toBeLessThan(BURST);
    expect(fake.pendingUpdates().length).toBeGreaterThan(0);

    await startPollingBot(fake);
    await everyoneAnswered(fake, chats);
    expect(chats.map((id) => fake.botMessages(id).length)).toEqual(chats.map(() => 1));
    expect(fake.tooManyRequests).toBe(0);
  }, 180_000);
});
