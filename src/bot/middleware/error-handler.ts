/**
 * What to do with an error thrown while handling an update: log it and carry
 * on. A 403 means the person blocked the bot or removed it from the group; a
 * 400 means Telegram refused one request. Neither should stop the bot.
 */
import { GrammyError, HttpError } from 'grammy';
import type { BotError } from 'grammy';
import type { BotContext } from '../context.js';
import type { Logger } from '../../log.js';

export function handleBotError(logger: Logger): (err: BotError<BotContext>) => void {
  return (err) => {
    // ctx.log is set by the first middleware; fall back if that is what failed.
    const log = (err.ctx as Partial<BotContext>).log ?? logger.child({ update_id: err.ctx.update.update_id });
    const cause = err.error;
    if (cause instanceof GrammyError && cause.error_code === 403) {
      log.warn('telegram refused: bot blocked or not in the chat', { method: cause.method, description: cause.description });
    } else if (cause instanceof GrammyError && cause.error_code === 400) {
      log.warn('telegram rejected a request', { method: cause.method, description: cause.description });
    } else if (cause instanceof GrammyError) {
      log.error('telegram error', { method: cause.method, code: cause.error_code, description: cause.description });
    } else if (cause instanceof HttpError) {
      log.error('network error talking to telegram', { error: cause });
    } else {
      log.error('error while handling update', { error: cause });
    }
  };
}
