/**
 * Fault injection: the next N calls of a method fail the way Telegram or the
 * network fails, so tests can check that the bot retries, waits and survives.
 */
import { ApiError } from './api-error.js';

export type Fault =
  /** 429 "Too Many Requests: retry after N" with parameters.retry_after = N seconds. */
  | { readonly kind: 'flood'; readonly retryAfter: number }
  /** 5xx, by default 500 "Internal Server Error". */
  | { readonly kind: 'server-error'; readonly status?: number; readonly description?: string }
  /** The connection is destroyed without any answer. */
  | { readonly kind: 'drop' }
  /** Any other Telegram error, e.g. 403 "Forbidden: bot was blocked by the user". */
  | { readonly kind: 'error'; readonly status: number; readonly description: string }
  /** The call is answered normally, but only after `ms` (an answer in flight). */
  | { readonly kind: 'delay'; readonly ms: number }
  /**
   * The call is answered normally once `until` settles: an answer in flight for exactly as long
   * as a test needs, so what happens meanwhile is decided by the bot's design, not by a timer.
   */
  | { readonly kind: 'hold'; readonly until: Promise<void> };

interface Planned {
  readonly fault: Fault;
  remaining: number;
  /** Only calls to this chat (chat_id) get the fault; undefined: any call. */
  readonly chatId?: number | undefined;
}

export class FaultPlan {
  private readonly planned = new Map<string, Planned[]>();
  /** Releases of the holds planned; clear() lets every held call go. */
  private readonly releases: (() => void)[] = [];

  /**
   * The next `times` calls of `method` (case-insensitive, as the Bot API is) get `fault`,
   * or with `chatId`, the next calls to that chat only. Faults queue in order.
   */
  inject(method: string, fault: Fault, times = 1, chatId?: number): void {
    // A count that never reaches 0 (NaN, 1.5, -1) would plan the fault for ever.
    if (!Number.isSafeInteger(times) || times < 1) throw new RangeError(`a fault is planned for a whole number of calls, at least 1 (got ${times})`);
    const key = method.toLowerCase();
    const queue = this.planned.get(key) ?? [];
    queue.push({ fault, remaining: times, chatId });
    this.planned.set(key, queue);
  }

  /** Shorthands for the common cases. */
  flood(method: string, retryAfter: number, times = 1, chatId?: number): void {
    this.inject(method, { kind: 'flood', retryAfter }, times, chatId);
  }

  serverError(method: string, times = 1): void {
    this.inject(method, { kind: 'server-error' }, times);
  }

  drop(method: string, times = 1): void {
    this.inject(method, { kind: 'drop' }, times);
  }

  delay(method: string, ms: number, times = 1): void {
    this.inject(method, { kind: 'delay', ms }, times);
  }

  /**
   * Holds the next call of `method` (to `chatId`, if given) in flight until the returned
   * function is called; then it is answered normally. Closing the fake lets it go too.
   */
  hold(method: string, chatId?: number): () => void {
    let release = (): void => undefined;
    const until = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.releases.push(release);
    this.inject(method, { kind: 'hold', until }, 1, chatId);
    return release;
  }

  /** Takes the fault for this call (to `chatId`, if it names one), if one is planned. */
  take(method: string, chatId?: number): Fault | undefined {
    const queue = this.planned.get(method.toLowerCase());
    if (queue === undefined) return undefined;
    const index = queue.findIndex((planned) => planned.chatId === undefined || planned.chatId === chatId);
    const next = queue[index];
    if (next === undefined) return undefined;
    next.remaining--;
    if (next.remaining <= 0) queue.splice(index, 1);
    return next.fault;
  }

  pending(method: string): number {
    return (this.planned.get(method.toLowerCase()) ?? []).reduce((sum, planned) => sum + planned.remaining, 0);
  }

  clear(): void {
    this.planned.clear();
    for (const release of this.releases.splice(0)) release();
  }
}

/** The Telegram error a fault answers with (none for drop, delay and hold). */
export function faultError(fault: Fault): ApiError | undefined {
  switch (fault.kind) {
    case 'flood':
      return new ApiError(429, `Too Many Requests: retry after ${fault.retryAfter}`, { retry_after: fault.retryAfter });
    case 'server-error':
      return new ApiError(fault.status ?? 500, fault.description ?? 'Internal Server Error');
    case 'error':
      return new ApiError(fault.status, fault.description);
    case 'drop':
    case 'delay':
    case 'hold':
      return undefined;
  }
}
