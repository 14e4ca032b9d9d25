/**
 * Per-person flood control with grammY's ratelimiter plugin: a window per user id.
 * Messages and button presses count; inline queries do not (Telegram sends one per
 * keystroke while someone types). Over the limit, the first extra update gets a
 * "slow down" note (private chats and buttons only, never in a group) and the rest
 * are dropped until the window ends.
 */
import { limit } from '@grammyjs/ratelimiter';
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.js';
import { texts } from '../texts.js';

export interface RateLimitOptions {
  /** Updates allowed per person within one window. */
  readonly limit: number;
  readonly windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 20, windowMs: 10_000 };

async function slowDown(ctx: BotContext): Promise<void> {
  ctx.answered = { fact: null, outcome: 'rate-limited' };
  ctx.log.warn({ user_id: ctx.from?.id }, 'rate limited');
  const t = texts(ctx.lang);
  if (ctx.callbackQuery !== undefined) await ctx.answerCallbackQuery({ text: t.slowDown });
  else if (ctx.chat?.type === 'private') await ctx.reply(t.slowDown);
}

export function rateLimit(options: RateLimitOptions): MiddlewareFn<BotContext> {
  return limit<BotContext, never>({
    timeFrame: options.windowMs,
    limit: options.limit,
    keyGenerator: (ctx) => (ctx.inlineQuery === undefined ? ctx.from?.id.toString() : undefined),
    // The plugin returns what this returns, so grammY awaits the reply like any other.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    onLimitExceeded: (ctx) => slowDown(ctx),
  });
}
