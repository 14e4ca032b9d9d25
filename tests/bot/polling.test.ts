import { describe, expect, it } from 'vitest';
import type { Transformer } from 'grammy';
import type { Update } from 'grammy/types';
import { describeFatalTelegramError, startPolling, type PollingHandle } from '../../src/bot/run-polling.js';
import { createLogger } from '../../src/log.js';
import { dm, makeBot, text } from './bot-harness.js';

type Reply = { ok: true; result: unknown } | { ok: false; error_code: number; description: string };
const quiet = createLogger({ level: 'silent' });

/** A fake Bot API for long polling: `answer` decides each call; unanswered getUpdates wait until cancelled. */
function fakeApi(answer: (method: string, payload: Record<string, unknown>) => Reply | undefined | Promise<Reply | undefined>) {
  const calls: { method: string; payload: Record<string, unknown> }[] = [];
  const transformer: Transformer = async (_prev, method, payload, signal) => {
    const p = payload as Record<string, unknown>;
    calls.push({ method, payload: p });
    // getUpdates with limit 1 is how stop() confirms the offset: answer it at once.
    const idle = method !== 'getUpdates' ? { ok: true, result: true } : p.limit === 1 ? { ok: true, result: [] } : undefined;
    const reply = (await answer(method, p)) ?? idle;
    if (reply !== undefined) return reply as never;
    return new Promise((_resolve, reject) => {
      signal?.addEventListener('abort', () => {
        reject(new Error('aborted'));
      });
    });
  };
  return { calls, transformer };
}

/** Index of the first call to `method`; fails the test when there is none, so an order check cannot pass on -1. */
function firstIndex(methods: readonly string[], method: string): number {
  const index = methods.indexOf(method);
  expect(index, `${method} was called`).toBeGreaterThanOrEqual(0);
  return index;
}

describe('long polling', () => {
  it('stop() mid-burst: every update fetched is answered once, and the offset confirms them all', async () => {
    const batch: Update[] = [text('thu ngân sách đạt bao nhiêu'), text('chi ngân sách', { ...dm, id: 8 }), text('/help', { ...dm, id: 9 })];
    const last = batch.at(-1)?.update_id ?? 0;
    let stopping: Promise<void> | undefined;
    let started: (handle: PollingHandle) => void = () => undefined;
    const ready = new Promise<PollingHandle>((resolve) => (started = resolve));
    let polls = 0;
    const api = fakeApi(async (method, payload) => {
      if (method === 'getUpdates' && payload.limit !== 1) return polls++ === 0 ? { ok: true, result: batch } : undefined;
      if (method === 'sendMessage') {
        stopping ??= (await ready).stop(); // SIGTERM arrives while answering
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return undefined;
    });
    const { bot } = makeBot({ fake: api.transformer });
    const handle = await startPolling(bot, quiet);
    started(handle);
    await handle.done;
    await stopping;
    expect(api.calls.filter((c) => c.method === 'sendMessage').map((c) => c.payload.chat_id).sort()).toEqual([7, 8, 9]);
    const confirm = api.calls.filter((c) => c.method === 'getUpdates').at(-1);
    expect(confirm?.payload).toMatchObject({ offset: last + 1, limit: 1 });
  });

  it('does not confirm an update while it is in flight, and confirms it promptly once answered', async () => {
    const slow = text('thu ngân sách đạt bao nhiêu');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let polls = 0;
    const api = fakeApi(async (method, payload) => {
      if (method === 'getUpdates' && payload.limit !== 1) {
        polls += 1;
        if (polls === 1) return { ok: true, result: [slow] };
        // Telegram sends an unconfirmed update again.
        if (payload.offset === slow.update_id) return { ok: true, result: [slow] };
        return undefined;
      }
      if (method === 'sendMessage') await held;
      return undefined;
    });
    const { bot } = makeBot({ fake: api.transformer });
    const handle = await startPolling(bot, quiet);
    const offsets = () => api.calls.filter((c) => c.method === 'getUpdates').map((c) => c.payload.offset);
    // While the reply is held, polling goes on (at least two more polls), never past the unanswered update.
    await expect.poll(() => offsets().length, { timeout: 2_000 }).toBeGreaterThanOrEqual(3);
    expect(offsets().slice(1).every((offset) => offset === slow.update_id)).toBe(true);
    release();
    await expect.poll(offsets, { timeout: 2_000 }).toContain(slow.update_id + 1);
    await handle.stop();
    expect(api.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(1);
  });

  it('a token Telegram rejects (401) stops start-up with a clear message', async () => {
    const api = fakeApi((method) => (method === 'getMe' ? { ok: false, error_code: 401, description: 'Unauthorized' } : undefined));
    const { bot } = makeBot({ fake: api.transformer, unidentified: true });
    const failure = await startPolling(bot, quiet).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(describeFatalTelegramError(failure)).toMatch(/^BOT_TOKEN was rejected by Telegram \(401/);
    expect(api.calls.filter((c) => c.method === 'getMe')).toHaveLength(1); // no retry loop
  });

  it('a second poller (409) ends polling with a clear message instead of looping', async () => {
    const api = fakeApi((method) => (method === 'getUpdates' ? { ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request' } : undefined));
    const { bot } = makeBot({ fake: api.transformer });
    const handle = await startPolling(bot, quiet);
    const failure = await handle.done.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(describeFatalTelegramError(failure)).toMatch(/409/);
    expect(api.calls.filter((c) => c.method === 'getUpdates')).toHaveLength(1);
  });

  it('deletes any webhook before polling', async () => {
    const api = fakeApi(() => undefined);
    const { bot } = makeBot({ fake: api.transformer });
    const handle = await startPolling(bot, quiet);
    await expect.poll(() => api.calls.some((c) => c.method === 'getUpdates')).toBe(true);
    await handle.stop();
    const methods = api.calls.map((c) => c.method);
    expect(firstIndex(methods, 'deleteWebhook')).toBeLessThan(firstIndex(methods, 'getUpdates'));
  });
});
