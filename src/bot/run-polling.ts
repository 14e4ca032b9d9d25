/**
 * Long polling with @grammyjs/runner: updates are handled concurrently (the
 * bot's own `sequentialize` keeps each chat in order), at most `concurrency`
 * at a time. main.ts uses it for production, the local chat against the mock.
 * It never exits the process; callers decide what an error means.
 *
 * The runner's own update fetcher confirms every fetched update with its next
 * getUpdates, handled or not, so a hard kill would lose the updates in flight.
 * The supplier here confirms only what has been handled (the offset stops at
 * the oldest update still in flight; Telegram then sends those again and they
 * are skipped) and confirms promptly: when an update finishes while a long poll
 * is waiting, the poll is restarted with the new offset. After SIGKILL, the
 * updates answered twice are at most those that were in flight.
 *
 * Telegram gives at most 100 updates from the offset, so one update held for
 * long (its reply waiting out a 429) would stop new ones coming once 100 later
 * ones had arrived: everyone would wait for one throttled chat. When a poll
 * brings a full window of updates all already seen, the oldest in flight (if
 * it has been for 3 s, longer than a burst keeps one waiting in the throttler)
 * is overtaken: confirmed while still being handled. It is still answered (and a
 * graceful stop still waits for it, bounded); only a hard kill before its reply
 * goes out would lose it, a price paid only by an update already stuck that long.
 */
import { createConcurrentSink, createRunner, createSource, type UpdateSupplier } from '@grammyjs/runner';
import { BotError, GrammyError } from 'grammy';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { BotContext } from './context.js';
import type { Logger } from '../log.js';

export interface PollingHandle {
  /** Stops polling: no new updates, in-flight ones finish (bounded), the offset is confirmed. Safe to call twice. */
  stop(): Promise<void>;
  /** Settles when polling ends: resolves after stop(), rejects on a fatal error (401, 409). */
  readonly done: Promise<void>;
}

/** Most updates handled at once unless told otherwise: so also the most a hard kill can have answered twice. */
export const DEFAULT_CONCURRENCY = 100;

export interface PollingOptions {
  /** Most updates handled at once (default DEFAULT_CONCURRENCY). */
  readonly concurrency?: number;
  /** How long stop() lets in-flight updates finish. */
  readonly stopWithinMs?: number;
}

const LONG_POLL_SECONDS = 30;
/** After an update finishes, how long to gather others before re-polling to confirm them together. */
const CONFIRM_AFTER_MS = 100;
/** When a poll brings only updates already in flight, wait this long (or for one to finish) before the next. */
const BUSY_POLL_MS = 250;
const MAX_BACKOFF_MS = 5_000;
/** How long an update may hold back a full window of later ones before it is overtaken. */
const OVERTAKE_AFTER_MS = 3_000;
/** Telegram's most updates per getUpdates. */
const MAX_BATCH = 100;

/** Updates fetched and not yet handled, and the offset that confirms all the rest. */
class Ledger {
  /** Update id → when it was admitted. */
  private readonly inFlight = new Map<number, number>();
  /** In flight but already confirmed, so that later updates could come (see the top of this file). */
  private readonly overtaken = new Set<number>();
  private highest = -1;
  private listeners = new Set<() => void>();

  /** The updates not seen before, at most `room`; those already in flight come back until confirmed. */
  admit(updates: readonly Update[], room: number): Update[] {
    const fresh = updates.filter((update) => update.update_id > this.highest).slice(0, room);
    for (const update of fresh) {
      this.inFlight.set(update.update_id, Date.now());
      this.highest = Math.max(this.highest, update.update_id);
    }
    return fresh;
  }

  finish(updateId: number): void {
    this.inFlight.delete(updateId);
    this.overtaken.delete(updateId);
    for (const listener of [...this.listeners]) listener();
  }

  /** getUpdates' offset: the oldest update in flight, or past the newest seen; undefined before any. */
  offset(): number | undefined {
    const held = [...this.inFlight.keys()].filter((id) => !this.overtaken.has(id));
    if (held.length > 0) return Math.min(...held);
    return this.highest < 0 ? undefined : this.highest + 1;
  }

  /** Confirms the oldest update in flight without waiting for it, if it has been in flight for long; returns its id. */
  overtakeOldest(): number | undefined {
    const oldest = this.offset();
    const since = oldest === undefined ? undefined : this.inFlight.get(oldest);
    if (oldest === undefined || since === undefined || Date.now() - since < OVERTAKE_AFTER_MS) return undefined;
    this.overtaken.add(oldest);
    return oldest;
  }

  get size(): number {
    return this.inFlight.size;
  }

  /** In flight, but confirmed already: a stop that cannot wait for them loses them. */
  get overtakenInFlight(): number {
    return this.overtaken.size;
  }

  /** Calls `listener` whenever an update finishes; returns the unsubscribe. */
  onFinish(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function isFatal(err: unknown): boolean {
  return err instanceof GrammyError && (err.error_code === 401 || err.error_code === 409);
}

type PollSignal = Parameters<Bot<BotContext>['api']['getUpdates']>[1];

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

function supplier(bot: Bot<BotContext>, ledger: Ledger, logger: Logger): UpdateSupplier<Update> {
  return {
    supply: async (batchSize, runnerSignal) => {
      // The runner's signal comes from the abort-controller polyfill, which AbortSignal.any cannot
      // follow: mirror it in a native one.
      const native = new AbortController();
      if (runnerSignal.aborted) native.abort();
      else runnerSignal.addEventListener('abort', () => { native.abort(); }, { once: true });
      const stopSignal = native.signal;
      let backoff = 200;
      for (;;) {
        const offset = ledger.offset();
        const restart = new AbortController();
        // Confirm promptly: once an update finishes, this poll's offset is stale.
        const stale = ledger.onFinish(() => {
          if (ledger.offset() !== offset) setTimeout(() => { restart.abort(); }, CONFIRM_AFTER_MS);
        });
        let updates: Update[];
        try {
          updates = await bot.api.getUpdates(
            // Always a full window, so a poll that brings only updates already seen shows a stall.
            { ...(offset === undefined ? {} : { offset }), limit: MAX_BATCH, timeout: LONG_POLL_SECONDS },
            // grammY types its signal with the abort-controller polyfill's interface; on Node it is the built-in one.
            AbortSignal.any([stopSignal, restart.signal]) as unknown as PollSignal,
          );
        } catch (err) {
          if (stopSignal.aborted) throw err;
          if (restart.signal.aborted) continue;
          if (isFatal(err)) throw err;
          logger.warn({ error: err, wait_ms: backoff }, 'could not fetch updates, retrying');
          await pause(backoff, stopSignal);
          backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
          continue;
        } finally {
          stale();
        }
        backoff = 200;
        const fresh = ledger.admit(updates, Math.max(1, batchSize));
        if (fresh.length > 0 || updates.length === 0) return fresh;
        if (updates.length >= MAX_BATCH) {
          const overtaken = ledger.overtakeOldest();
          if (overtaken !== undefined) {
            logger.warn({ update_id: overtaken, in_flight: ledger.size }, 'an update held for long is confirmed before it finishes, so that later ones can come');
            continue;
          }
        }
        // Only updates still in flight came back: wait for one to finish rather than spin.
        const finished = new AbortController();
        const unsubscribe = ledger.onFinish(() => { finished.abort(); });
        await pause(BUSY_POLL_MS, AbortSignal.any([stopSignal, finished.signal]));
        unsubscribe();
        if (stopSignal.aborted) return [];
      }
    },
  };
}

/**
 * Deletes any webhook, then polls, and resolves once polling has begun.
 * Rejects if it cannot start, e.g. Telegram refuses the token.
 */
export async function startPolling(bot: Bot<BotContext>, logger: Logger, options: PollingOptions = {}): Promise<PollingHandle> {
  await bot.init();
  await bot.api.deleteWebhook({ drop_pending_updates: false });
  const ledger = new Ledger();
  const running = new Set<Promise<void>>();
  let stopping = false;

  const sink = createConcurrentSink<Update>(
    {
      consume: async (update) => {
        // Fetched as the stop began: left unconfirmed, for the next run.
        if (stopping) return;
        const task = bot.handleUpdate(update).finally(() => {
          ledger.finish(update.update_id);
        });
        running.add(task);
        try {
          await task;
        } finally {
          running.delete(task);
        }
      },
    },
    async (err) => {
      // handleUpdate throws only BotErrors; the error boundary has already logged handler errors.
      if (err instanceof BotError) await bot.errorHandler(err as BotError<BotContext>);
      else logger.error({ error: err }, 'error while handling update');
    },
    { concurrency: options.concurrency ?? DEFAULT_CONCURRENCY },
  );
  const runner = createRunner(createSource(supplier(bot, ledger, logger)), sink);
  runner.start();
  logger.info({ bot: bot.botInfo.username }, 'polling started');
  const task = runner.task() ?? Promise.resolve();

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      logger.info({ in_flight: ledger.size }, 'stopping: finishing in-flight updates and confirming the offset');
      stopping = true;
      await runner.stop();
      const within = options.stopWithinMs ?? 10_000;
      const finished = await Promise.race([
        Promise.allSettled([...running]).then(() => true),
        new Promise<false>((resolve) => setTimeout(() => { resolve(false); }, within).unref()),
      ]);
      if (!finished) {
        logger.warn({ in_flight: ledger.size - ledger.overtakenInFlight, waited_ms: within }, 'stopping: updates still in flight are left for the next run');
        if (ledger.overtakenInFlight > 0) {
          logger.warn({ overtaken: ledger.overtakenInFlight }, 'stopping: updates confirmed early (held back by a throttled chat) did not finish and will not be answered');
        }
      }
      const offset = ledger.offset();
      if (offset !== undefined) {
        try {
          await bot.api.getUpdates({ offset, limit: 1, timeout: 0 });
        } catch (err) {
          // The next run is then given those updates again; better than exiting with an error.
          logger.warn({ error: err, offset }, 'could not confirm the update offset while stopping');
        }
      }
      logger.info('stopped');
    })();
    return stopped;
  };
  // The runner's task ends as soon as stop() cancels the long poll; whoever waits
  // for `done` (and then exits) must wait for the in-flight updates and the offset too.
  const done = task.then(() => stopped);
  return { done, stop };
}

/**
 * A message for errors that should end the process rather than be retried,
 * or undefined for anything else.
 */
export function describeFatalTelegramError(err: unknown): string | undefined {
  if (!(err instanceof GrammyError)) return undefined;
  if (err.error_code === 401) {
    return 'BOT_TOKEN was rejected by Telegram (401 Unauthorized). Check the token from @BotFather (and TELEGRAM_API_ROOT, if set).';
  }
  if (err.error_code === 409) {
    return 'Telegram reports a conflict (409): another instance of this bot is already polling, or a webhook was set. Stop the other instance, or use BOT_MODE=webhook everywhere.';
  }
  if (err.error_code === 404 && err.method === 'getMe') {
    return 'The Bot API server answered 404 for getMe: check TELEGRAM_API_ROOT and BOT_TOKEN.';
  }
  return undefined;
}
