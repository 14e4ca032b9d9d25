/**
 * Per-person flood control, with a window per person: it opens at their first
 * update and closes `windowMs` later (not one clock for everyone). What the bot acts on
 * counts: button presses, private messages, and group messages meant for it. Inline
 * queries do not (Telegram sends one per keystroke), nor does group talk not meant for
 * the bot, nor member updates: a person never hears "slow down" for talking to others.
 * Over the limit, the person is told once per window, politely, to slow down —
 * in a private chat, in a group (quoting them) or through the button — and the
 * rest of that window's updates are let go (a button's spinner is still stopped).
 * Windows that have closed are forgotten, so memory holds only recent senders.
 */
import type { MiddlewareFn } from 'grammy';
import { isMeantForBot } from '../addressing.js';
import type { BotContext } from '../context.js';
import { sendDraft } from '../draft-sending.js';
import { texts } from '../texts.js';

export interface RateLimitOptions {
  /** Updates allowed per person within one window. */
  readonly limit: number;
  readonly windowMs: number;
  /** Clock (tests). */
  readonly now?: () => number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 20, windowMs: 10_000 };

interface Window {
  readonly opened: number;
  count: number;
  told: boolean;
}

async function slowDown(ctx: BotContext): Promise<void> {
  ctx.answered = { fact: null, outcome: 'rate-limited' };
  ctx.log.warn({ user_id: ctx.from?.id }, 'rate limited');
  const text = texts(ctx.lang).slowDown;
  if (ctx.callbackQuery !== undefined) await ctx.answerCallbackQuery({ text });
  else if (ctx.chat !== undefined) await sendDraft(ctx, { text, entities: [] });
}

function counts(ctx: BotContext): boolean {
  if (ctx.callbackQuery !== undefined) return true;
  const msg = ctx.message ?? ctx.editedMessage;
  return msg !== undefined && isMeantForBot(msg, ctx.me);
}

export function rateLimit(options: RateLimitOptions): MiddlewareFn<BotContext> {
  const now = options.now ?? Date.now;
  // Insertion order is opening order: a new window is deleted and set again, so closed ones lead.
  const windows = new Map<number, Window>();
  const forgetClosed = (at: number): void => {
    for (const [user, window] of windows) {
      if (at - window.opened < options.windowMs) break;
      windows.delete(user);
    }
  };
  return async (ctx, next) => {
    const user = counts(ctx) ? ctx.from?.id : undefined;
    if (user === undefined) {
      await next();
      return;
    }
    const at = now();
    forgetClosed(at);
    let window = windows.get(user);
    if (window === undefined) {
      window = { opened: at, count: 0, told: false };
      windows.set(user, window);
    }
    window.count += 1;
    if (window.count <= options.limit) {
      await next();
      return;
    }
    if (!window.told) {
      window.told = true;
      await slowDown(ctx);
      return;
    }
    ctx.answered = { fact: null, outcome: 'rate-limited-silent' };
    if (ctx.callbackQuery !== undefined) await ctx.answerCallbackQuery();
  };
}
