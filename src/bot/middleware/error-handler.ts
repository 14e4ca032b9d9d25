/**
 * What to do with an error thrown while handling an update: log it (with the
 * chat and the Bot API method that failed), mark the update failed for its log
 * line, and carry on. A 403 means the person blocked the bot or removed it from
 * the group; a 400 means Telegram refused one request. Neither stops the bot.
 */
import { GrammyError, HttpError } from 'grammy';
import type { BotError } from 'grammy';
import type { BotContext } from '../context.js';
import type { Logger } from '../../log.js';

export function handleBotError(logger: Logger): (err: BotError<BotContext>) => void {
  return (err) => {
    const ctx = err.ctx;
    ctx.failed = true;
    // ctx.log is set by the first middleware; fall back if that is what failed.
    const log = (ctx as Partial<BotContext>).log ?? logger.child({ update_id: ctx.update.update_id });
    const chat = { chat_id: ctx.chat?.id ?? null };
    const cause = err.error;
    if (cause instanceof GrammyError && cause.error_code === 403) {
      log.warn({ ...chat, method: cause.method, description: cause.description }, 'telegram refused: bot blocked or not in the chat');
    } else if (cause instanceof GrammyError && cause.error_code === 400) {
      log.warn({ ...chat, method: cause.method, description: cause.description }, 'telegram rejected a request');
    } else if (cause instanceof GrammyError) {
      log.error({ ...chat, method: cause.method, code: cause.error_code, description: cause.description }, 'telegram error');
    } else if (cause instanceof HttpError) {
      log.error({ ...chat, error: cause }, 'network error talking to telegram');
    } else {
      log.error({ ...chat, error: cause }, 'error while handling update');
    }
  };
}
