import { describe, expect, it } from 'vitest';
import type { Transformer } from 'grammy';
import type { Update } from 'grammy/types';
import { describeFatalTelegramError, startPolling, type PollingHandle } from '../../src/bot/run-polling.js';
import { createLogger } from '../../src/log.js';
import { makeBot, text } from './bot-harness.js';

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

describe('long polling', () => {
  it('stop() lets the update in progress finish, confirms it, and leaves the rest of the batch for the next run', async () => {
    const batch: Update[] = [text('thu ngân sách đạt bao nhiêu'), text('chi ngân sách'), text('/help')];
    const first = batch[0]?.update_id ?? 0;
    let stopping: Promise<void> | undefined;
    let started: (handle: PollingHandle) => void = () => undefined;
    const ready = new Promise<PollingHandle>((resolve) => (started = resolve));
    let polls = 0;
    const api = fakeApi(async (method, payload) => {
      if (method === 'getUpdates' && payload.limit !== 1) return polls++ === 0 ? { ok: true, result: batch } : undefined;
      if (method === 'sendMessage') stopping ??= (await ready).stop(); // SIGTERM arrives while answering
      return undefined;
    });
    const { bot } = makeBot({ fake: api.transformer });
    const handle = await startPolling(bot, quiet);
    started(handle);
    await handle.done;
    await stopping;
    expect(api.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(1);
    const confirm = api.calls.filter((c) => c.method === 'getUpdates').at(-1);
    expect(confirm?.payload).toMatchObject({ offset: first + 1, limit: 1 });
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
    await handle.stop();
    const methods = api.calls.map((c) => c.method);
    expect(methods.indexOf('deleteWebhook')).toBeLessThan(methods.indexOf('getUpdates'));
  });
});
