/**
 * Telegram's sending limits, as its Bot FAQ states them, answered with 429 and
 * retry_after like the real server: about 30 messages a second overall; in one
 * private chat one a second, with short bursts allowed (a bucket of 4 that
 * refills one a second); in a group 20 a minute. Only messages count (send*,
 * copy, forward), as on Telegram; edits, chat actions and answers to queries
 * do not. Idle chats are forgotten, so a long run does not grow the mock.
 *
 * A message is counted when the fake's event loop gets to it, which after a stall of L ms is up
 * to L ms after it arrived. So that a stall of the fake is never blamed on the bot, only the
 * messages surely inside a window are held against it: the window is shortened (a private
 * chat's bucket refilled) by the longest stall of the fake's within it.
 */
import { ApiError } from './api-error.js';
import type { Params } from './params.js';

export interface SendLimitOptions {
  /** Messages per second, all chats together. */
  readonly perSecond: number;
  /** A private chat's bucket: this many at once, then one per second. */
  readonly privateBurst: number;
  /** Messages per minute in one group. */
  readonly groupPerMinute: number;
}

export const TELEGRAM_SEND_LIMITS: SendLimitOptions = { perSecond: 30, privateBurst: 4, groupPerMinute: 20 };

const COUNTED = /^(send(?!chataction)\w+|copymessages?|forwardmessages?)$/;
const IDLE_MS = 60_000;

interface ChatCount {
  /** Private chats: tokens left and when they were counted. */
  tokens: number;
  at: number;
  /** Groups: when each message of the last minute was sent. */
  readonly sent: number[];
}

/** Group and channel ids are negative (or @usernames); users' are positive. */
function isGroup(key: string): boolean {
  return key.startsWith('-') || key.startsWith('@');
}

function tooMany(retryAfterMs: number): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new ApiError(429, `Too Many Requests: retry after ${seconds}`, { retry_after: seconds });
}

/** How long the fake could not count in the last `withinMs` (loop-lag.ts); none by default. */
export type Stalls = (withinMs: number, now: number) => number;

export class SendLimits {
  private readonly recent: number[] = [];
  private readonly chats = new Map<string, ChatCount>();
  /** Every 429 this answered: tests assert there were none. */
  refused = 0;

  constructor(
    private readonly options: SendLimitOptions = TELEGRAM_SEND_LIMITS,
    private readonly stalls: Stalls = () => 0,
  ) {}

  /** The 429 this call gets, or undefined if it may go (it is counted by `sent` once it succeeds). */
  check(method: string, params: Params, now = Date.now()): ApiError | undefined {
    const key = this.counted(method, params);
    if (key === undefined) return undefined;
    this.forgetIdle(now);
    while (this.recent.length > 0 && (this.recent[0] ?? 0) <= now - 1000) this.recent.shift();
    const inSecond = this.recent.filter((at) => at > now - 1000 + this.stalls(1000, now)).length;
    if (inSecond >= this.options.perSecond) return this.refuse(1000 - (now - (this.recent[0] ?? now)));
    const chat = this.chats.get(key);
    if (chat === undefined) return undefined;
    if (isGroup(key)) {
      while (chat.sent.length > 0 && (chat.sent[0] ?? 0) <= now - 60_000) chat.sent.shift();
      const inMinute = chat.sent.filter((at) => at > now - 60_000 + this.stalls(60_000, now)).length;
      if (inMinute >= this.options.groupPerMinute) return this.refuse(60_000 - (now - (chat.sent[0] ?? now)));
    } else {
      const tokens = Math.min(this.options.privateBurst, chat.tokens + (now - chat.at + this.stalls(now - chat.at, now)) / 1000);
      if (tokens < 1) return this.refuse((1 - tokens) * 1000);
    }
    return undefined;
  }

  /** Counts a message Telegram accepted; one it refused (400, 403) was never sent. */
  sent(method: string, params: Params, now = Date.now()): void {
    const key = this.counted(method, params);
    if (key === undefined) return;
    const chat = this.chats.get(key) ?? { tokens: this.options.privateBurst, at: now, sent: [] };
    if (isGroup(key)) chat.sent.push(now);
    else chat.tokens = Math.min(this.options.privateBurst, chat.tokens + (now - chat.at) / 1000) - 1;
    chat.at = now;
    // Moved to the end, so the map stays in order of last use for forgetIdle.
    this.chats.delete(key);
    this.chats.set(key, chat);
    this.recent.push(now);
  }

  /** The chat a counted call sends to, as a key; undefined for calls that do not count. */
  private counted(method: string, params: Params): string | undefined {
    if (!COUNTED.test(method.toLowerCase())) return undefined;
    const chatId = params.chat_id;
    return typeof chatId === 'string' || typeof chatId === 'number' ? String(chatId) : undefined;
  }

  private refuse(retryAfterMs: number): ApiError {
    this.refused += 1;
    return tooMany(retryAfterMs);
  }

  private forgetIdle(now: number): void {
    // Oldest first: a chat is moved to the end whenever it is counted.
    for (const [key, chat] of this.chats) {
      if (now - chat.at < IDLE_MS) break;
      this.chats.delete(key);
    }
  }
}
