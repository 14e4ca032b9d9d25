/**
 * Long polling, as a reusable function: main.ts uses it for production and
 * the local chat uses it to start the same bot against the mock. It never
 * exits the process; callers decide what an error means.
 */
import { GrammyError } from 'grammy';
import type { Bot } from 'grammy';
import type { BotContext } from './context.js';
import type { Logger } from '../log.js';

export interface PollingHandle {
  /** Stops polling: in-flight updates finish, the offset is confirmed. Safe to call twice. */
  stop(): Promise<void>;
  /** Settles when polling ends: resolves after stop(), rejects on a fatal error (401, 409). */
  readonly done: Promise<void>;
}

/**
 * Starts long polling (grammY deletes any webhook first) and resolves once
 * polling has begun. Rejects if it cannot start, e.g. Telegram refuses the token.
 */
export async function startPolling(bot: Bot<BotContext>, logger: Logger): Promise<PollingHandle> {
  let markStarted = (): void => undefined;
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  const polling = bot.start({
    drop_pending_updates: false,
    onStart: (me) => {
      logger.info({ bot: me.username }, 'polling started');
      markStarted();
    },
  });
  // Whichever comes first: polling began, or start failed (or was stopped early).
  await Promise.race([
    started,
    polling.then(() => {
      throw new Error('polling stopped before it started');
    }),
  ]);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      logger.info('stopping: finishing in-flight updates and confirming the offset');
      await bot.stop();
      await polling;
      logger.info('stopped');
    })();
    return stopping;
  };
  // Polling ends as soon as stop() cancels the long poll, but the offset is
  // confirmed a moment later: whoever waits for `done` (and then exits) must
  // wait for that too.
  const done = polling.then(() => stopping);
  return { done, stop };
}

/**
 * A message for errors that should end the process rather than be retried,
 * or undefined for anything else.
 */
export function describeFatalTelegramError(err: unknown): string | undefined {
  if (!(err instanceof GrammyError)) return undefined;
  if (err.error_code === 401) {
    return 'BOT_TOKEN was rejected by Telegram (401 Unauthorized). Check the token from @BotFather (and TELEGRAM_API_ROOT, if set).';
  }
  if (err.error_code === 409) {
    return 'Telegram reports a conflict (409): another instance of this bot is already polling, or a webhook was set. Stop the other instance, or use BOT_MODE=webhook everywhere.';
  }
  if (err.error_code === 404 && err.method === 'getMe') {
    return 'The Bot API server answered 404 for getMe: check TELEGRAM_API_ROOT and BOT_TOKEN.';
  }
  return undefined;
}
