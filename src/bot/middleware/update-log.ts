/**
 * Outermost middleware: prepares the context (logger, language) and writes one
 * line per update: update id, kind, chat type, matched fact, outcome, latency.
 * Never the message text at info level.
 *
 * The outcome is what happened: the error boundary inside catches a failed
 * reply and marks the update failed (ctx.failed), so a question whose answer
 * never reached Telegram is logged "failed", not "answered".
 */
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.js';
import type { Logger } from '../../log.js';
import { languageOf } from '../texts.js';

function updateKind(ctx: BotContext): string {
  return Object.keys(ctx.update).find((key) => key !== 'update_id') ?? 'unknown';
}

export function updateLog(logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const started = performance.now();
    ctx.log = logger.child({ update_id: ctx.update.update_id });
    ctx.lang = languageOf(ctx.from?.language_code);
    let threw = false;
    try {
      await next();
    } catch (err) {
      threw = true;
      throw err;
    } finally {
      ctx.log.info(
        {
          kind: updateKind(ctx),
          chat_type: ctx.chat?.type ?? null,
          fact: ctx.answered?.fact ?? null,
          outcome: threw || ctx.failed === true ? 'failed' : (ctx.answered?.outcome ?? 'ignored'),
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'update',
      );
    }
  };
}
