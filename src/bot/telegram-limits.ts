/**
 * How the bot talks to Telegram, as API transformers (innermost first):
 *
 * 1. @grammyjs/transformer-throttler keeps within Telegram's sending limits,
 *    so the bot never causes a 429 itself: about 30 messages a second overall,
 *    20 a minute in a group (spaced 3 s apart, so no 60-second window ever
 *    holds more), and in a private chat a short burst of 3, then one a second.
 *    Idle per-chat limiters are dropped after a minute: memory stays flat.
 * 2. @grammyjs/auto-retry retries 429 (honouring retry_after up to 20 s) and
 *    5xx, at most 3 times. It sits outside the throttler, so a request waiting
 *    to retry holds no place in any queue: other chats go on being answered.
 * 3. Network errors: auto-retry would retry those forever with waits growing to
 *    an hour, so it rethrows them and a small transformer here retries a few
 *    times with short waits instead. A cancelled request is never retried.
 * 4. Outermost, a deadline: one call, all its retries and waits included, is
 *    cancelled after 60 s and fails (long polls excepted, they have their own).
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { apiThrottler } from '@grammyjs/transformer-throttler';
import { HttpError } from 'grammy';
import type { Api, Transformer } from 'grammy';
import type { Logger } from '../log.js';

export interface TelegramLimits {
  /** Retries of one call after a 429 or a 5xx. */
  readonly maxRetryAttempts: number;
  /** A 429 asking to wait longer than this fails the call instead. */
  readonly maxDelaySeconds: number;
  /** Retries of one call after a network error. */
  readonly networkRetries: number;
  /** Wait before the first network retry; doubles each time. */
  readonly networkDelayMs: number;
  /** Longest one call may take, retries included. */
  readonly callDeadlineMs: number;
}

export const DEFAULT_LIMITS: TelegramLimits = {
  maxRetryAttempts: 3,
  maxDelaySeconds: 20,
  networkRetries: 3,
  networkDelayMs: 500,
  callDeadlineMs: 60_000,
};

/** Idle per-chat limiters are forgotten after this long. */
const IDLE_CHAT_MS = 60_000;

/**
 * Bottleneck settings for the throttler. Private chats get a token bucket
 * (Telegram allows short bursts over one a second in a chat); groups a fixed
 * 3 s spacing, because Bottleneck's reservoir refreshes on its own clock and a
 * bucket of 20 a minute could put 40 messages into one real minute. Overall,
 * one message every 38 ms (26 a second) leaves room for the event loop's
 * jitter: at 35 ms, bunched sends still put a 31st into one second now and then.
 */
export const THROTTLE = {
  global: { maxConcurrent: 30, minTime: 38 },
  group: { maxConcurrent: 1, minTime: 3_000, timeout: IDLE_CHAT_MS },
  out: {
    maxConcurrent: 1,
    reservoir: 3,
    reservoirIncreaseAmount: 1,
    reservoirIncreaseInterval: 1_000,
    reservoirIncreaseMaximum: 3,
    timeout: IDLE_CHAT_MS,
  },
} as const;

type Signal = Parameters<Transformer>[3];

function sleep(ms: number, signal: Signal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(new Error('Request aborted while waiting to retry'));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    function abort(): void {
      clearTimeout(timer);
      reject(new Error('Request aborted while waiting to retry'));
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}

function retryNetworkErrors(limits: TelegramLimits, logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    let delay = limits.networkDelayMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (err) {
        if (!(err instanceof HttpError) || signal?.aborted === true || attempt >= limits.networkRetries) throw err;
        logger.warn({ method, attempt: attempt + 1, wait_ms: delay, error: err }, 'network error, retrying');
        await sleep(delay, signal);
        delay *= 2;
      }
    }
  };
}

function deadline(ms: number): Transformer {
  return (prev, method, payload, signal) => {
    // A long poll is bounded by its own timeout, and the runner cancels it when stopping.
    if (method === 'getUpdates') return prev(method, payload, signal);
    const timeout = AbortSignal.timeout(ms);
    // grammY types its signal with the abort-controller polyfill's interface; on Node it is the built-in one.
    const combined = signal === undefined ? timeout : AbortSignal.any([signal as unknown as AbortSignal, timeout]);
    return prev(method, payload, combined as unknown as Signal);
  };
}

/** Steps 2-4 above, innermost first: what happens when a call fails. */
export function retryTransformers(logger: Logger, limits: TelegramLimits = DEFAULT_LIMITS): Transformer[] {
  return [
    autoRetry({ maxRetryAttempts: limits.maxRetryAttempts, maxDelaySeconds: limits.maxDelaySeconds, rethrowHttpErrors: true }),
    retryNetworkErrors(limits, logger),
    deadline(limits.callDeadlineMs),
  ];
}

/** Installs the limits on `api`, around whatever transformers it already has (a test's fake Telegram). */
export function useTelegramLimits(api: Api, logger: Logger): void {
  api.config.use(apiThrottler(THROTTLE), ...retryTransformers(logger));
}
