/**
 * Builds the bot: middleware and features. No side effects: it neither starts
 * the bot nor calls Telegram; main.ts (or a test) does that, after installing
 * the sending limits (telegram-limits.ts) around the API, or a test's fake.
 */
import { Bot } from 'grammy';
import type { WebhookReplyEnvelope } from 'grammy';
import type { Update } from 'grammy/types';
import type { BotContext } from './context.js';
import type { BotDeps } from './deps.js';
import { callbacksFeature } from './features/callbacks.js';
import { commandsFeature } from './features/commands.js';
import { groupQuestionsFeature } from './features/group-questions.js';
import { inlineFeature } from './features/inline.js';
import { privateQuestionsFeature } from './features/private-questions.js';
import { unhandledFeature } from './features/unhandled.js';
import { handleBotError } from './middleware/error-handler.js';
import { DEFAULT_RATE_LIMIT, rateLimit, type RateLimitOptions } from './middleware/rate-limit.js';
import { updateLog } from './middleware/update-log.js';

export interface CreateBotOptions {
  /** Bot API server root (self-hosted or the local mock); default api.telegram.org. */
  readonly apiRoot?: string;
  readonly rateLimit?: RateLimitOptions;
}

/**
 * grammY's simple long polling handles a fetched batch to the end even after
 * stop(), but stop() has already confirmed the offset only up to the update in
 * progress. The rest would be answered now and, being unconfirmed, answered
 * again by the next run. So once a stop is requested, the remaining updates
 * of the batch are left for the next run.
 */
class ReportBot extends Bot<BotContext> {
  private stopRequested = false;

  override async stop(): Promise<void> {
    if (this.isRunning()) this.stopRequested = true;
    await super.stop();
  }

  override async handleUpdate(update: Update, webhookReplyEnvelope?: WebhookReplyEnvelope): Promise<void> {
    if (this.stopRequested) return;
    await super.handleUpdate(update, webhookReplyEnvelope);
  }
}

export function createBot(token: string, deps: BotDeps, options: CreateBotOptions = {}): Bot<BotContext> {
  const bot = new ReportBot(token, {
    client: {
      ...(options.apiRoot === undefined ? {} : { apiRoot: options.apiRoot }),
      // Longer than the long-polling timeout (30 s), far shorter than grammY's 500 s default.
      timeoutSeconds: 60,
    },
  });

  const onError = handleBotError(deps.logger);
  // Only consulted by long polling; the error boundary below handles the rest.
  bot.catch(onError);

  bot.use(updateLog(deps.logger));
  // drop() returns the composer that only sees what was not dropped, so
  // everything after it is registered on that composer, not on `bot`.
  const relevant = bot
    // Its own messages sent via inline mode come back as updates in groups.
    .drop((ctx) => ctx.msg?.via_bot?.id === ctx.me.id)
    // Other bots' messages (anonymous group admins post with sender_chat: they are people).
    .drop((ctx) => (ctx.message ?? ctx.editedMessage) !== undefined && ctx.from?.is_bot === true && ctx.msg?.sender_chat === undefined);

  const guarded = relevant.errorBoundary(onError);
  guarded.use(rateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT));
  guarded.use(commandsFeature(deps));
  guarded.use(callbacksFeature(deps));
  guarded.use(inlineFeature(deps));
  guarded.use(privateQuestionsFeature(deps));
  guarded.use(groupQuestionsFeature(deps));
  guarded.use(unhandledFeature());

  return bot;
}
