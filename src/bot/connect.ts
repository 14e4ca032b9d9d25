/**
 * Start-up against the Bot API: learning who the bot is (getMe) with bounded
 * retries, and one clear line when the server cannot be reached.
 */
import { GrammyError, HttpError } from 'grammy';
import type { Bot } from 'grammy';
import type { BotContext } from './context.js';

const DEFAULT_API_ROOT = 'https://api.telegram.org';

/**
 * Sets `bot.botInfo` from getMe, so grammY's `init()` makes no call: it wraps
 * getMe in retries of its own that never give up on network errors or 5xx.
 * The bot's API transformers retry a bounded number of times instead, so an
 * unreachable server ends here in an error rather than a silent loop.
 */
export async function identifyBot(bot: Bot<BotContext>): Promise<void> {
  bot.botInfo = await bot.api.getMe();
}

/** "connect ECONNREFUSED 127.0.0.1:9" and the like, without the request URL (it holds the token). */
function networkReason(err: HttpError): string {
  const inner = err.error;
  if (!(inner instanceof Error)) return err.message;
  const reason = /reason: (.+)$/.exec(inner.message)?.[1];
  if (reason !== undefined) return reason;
  if ('code' in inner && typeof inner.code === 'string') return inner.code;
  return inner.message;
}

/**
 * A one-line message when the Bot API server could not be reached (network
 * error) or kept failing (5xx) after the bounded retries; undefined otherwise.
 */
export function describeUnreachableApi(err: unknown, apiRoot: string | undefined): string | undefined {
  const root = apiRoot ?? DEFAULT_API_ROOT;
  if (err instanceof HttpError) return `Cannot reach the Telegram Bot API at ${root}: ${networkReason(err)}`;
  if (err instanceof GrammyError && err.error_code >= 500) {
    return `Cannot reach the Telegram Bot API at ${root}: it keeps answering ${err.error_code} (${err.description}) to ${err.method}`;
  }
  return undefined;
}
