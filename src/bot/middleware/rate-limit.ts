/**
 * Per-person flood control: a fixed window per user id. Messages and button
 * presses count; inline queries do not (Telegram sends one per keystroke while
 * someone types). Over the limit, the first extra update gets a "slow down"
 * note (private chats and buttons only, never in a group) and the rest are
 * dropped until the window ends.
 *
 * Written here instead of @grammyjs/ratelimiter so that the note is awaited
 * like any other reply, and no timer runs: windows expire lazily.
 */
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.js';
import { texts } from '../texts.js';

export interface RateLimitOptions {
  /** Updates allowed per person within one window. */
  readonly limit: number;
  readonly windowMs: number;
  /** Clock, for tests. */
  readonly now?: () => number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 20, windowMs: 10_000 };

export function rateLimit(options: RateLimitOptions): MiddlewareFn<BotContext> {
  const now = options.now ?? Date.now;
  let windowStart = now();
  let hits = new Map<number, number>();

  return async (ctx, next) => {
    const user = ctx.inlineQuery === undefined ? ctx.from?.id : undefined;
    if (user === undefined) {
      await next();
      return;
    }
    const time = now();
    if (time - windowStart >= options.windowMs) {
      windowStart = time;
      hits = new Map();
    }
    const count = (hits.get(user) ?? 0) + 1;
    hits.set(user, count);
    if (count <= options.limit) {
      await next();
      return;
    }
    ctx.answered = { fact: null, outcome: 'rate-limited' };
    if (count > options.limit + 1) return;
    ctx.log.warn('rate limited', { user_id: user });
    const t = texts(ctx.lang);
    if (ctx.callbackQuery !== undefined) await ctx.answerCallbackQuery({ text: t.slowDown });
    else if (ctx.chat?.type === 'private') await ctx.reply(t.slowDown);
  };
}
