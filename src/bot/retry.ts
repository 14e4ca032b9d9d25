/**
 * Bounded retries for calls to Telegram.
 *
 * - 429 (with retry_after) and 5xx: @grammyjs/auto-retry, with finite limits
 *   (its defaults are infinite).
 * - Network errors: auto-retry would retry those forever with waits growing to
 *   an hour, so it rethrows them and a small transformer here retries a few
 *   times with short waits instead. A cancelled request (the bot is stopping)
 *   is never retried.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { HttpError } from 'grammy';
import type { Transformer } from 'grammy';
import type { Logger } from '../log.js';

export interface RetryOptions {
  /** Retries of one call after a 429 or a 5xx. */
  readonly maxRetryAttempts: number;
  /** A 429 asking to wait longer than this fails the call instead. */
  readonly maxDelaySeconds: number;
  /** Retries of one call after a network error. */
  readonly networkRetries: number;
  /** Wait before the first network retry; doubles each time. */
  readonly networkDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxRetryAttempts: 3,
  maxDelaySeconds: 30,
  networkRetries: 3,
  networkDelayMs: 500,
};

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

function retryNetworkErrors(options: RetryOptions, logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    let delay = options.networkDelayMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (err) {
        if (!(err instanceof HttpError) || signal?.aborted === true || attempt >= options.networkRetries) throw err;
        logger.warn({ method, attempt: attempt + 1, wait_ms: delay, error: err }, 'network error, retrying');
        await sleep(delay, signal);
        delay *= 2;
      }
    }
  };
}

/** Installed innermost first: auto-retry sees each HTTP attempt, network retry wraps it. */
export function retryTransformers(options: RetryOptions, logger: Logger): Transformer[] {
  return [
    autoRetry({
      maxRetryAttempts: options.maxRetryAttempts,
      maxDelaySeconds: options.maxDelaySeconds,
      rethrowHttpErrors: true,
    }),
    retryNetworkErrors(options, logger),
  ];
}
