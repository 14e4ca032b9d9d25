/**
 * Builds the bot: middleware and features. No side effects: it neither starts
 * the bot nor calls Telegram; main.ts (or a test) does that, after installing
 * the sending limits (telegram-limits.ts) around the API, or a test's fake.
 */
import { Bot } from 'grammy';
import { sequentialize } from '@grammyjs/runner';
import type { BotContext } from './context.js';
import type { BotDeps } from './deps.js';
import { callbacksFeature } from './features/callbacks.js';
import { commandsFeature } from './features/commands.js';
import { groupQuestionsFeature } from './features/group-questions.js';
import { inlineFeature } from './features/inline.js';
import { privateQuestionsFeature } from './features/private-questions.js';
import { unhandledFeature } from './features/unhandled.js';
import { ChatOutbox } from './chat-outbox.js';
import { handleBotError } from './middleware/error-handler.js';
import { DEFAULT_RATE_LIMIT, rateLimit, type RateLimitOptions } from './middleware/rate-limit.js';
import { replyDelivery } from './middleware/reply-delivery.js';
import { updateLog } from './middleware/update-log.js';

export interface CreateBotOptions {
  /** Bot API server root (self-hosted or the local mock); default api.telegram.org. */
  readonly apiRoot?: string;
  readonly rateLimit?: RateLimitOptions;
}

/**
 * Which updates must wait for each other: a chat's updates stay in order; an
 * inline query or a button press waits only for the same person's earlier ones.
 */
function turn(ctx: BotContext): string | undefined {
  if (ctx.inlineQuery !== undefined || ctx.chosenInlineResult !== undefined || ctx.callbackQuery !== undefined) {
    return ctx.from === undefined ? undefined : `user:${ctx.from.id}`;
  }
  return ctx.chat === undefined ? undefined : `chat:${ctx.chat.id}`;
}

export function createBot(token: string, deps: BotDeps, options: CreateBotOptions = {}): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, {
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

  // Replies are awaited outside the chat's turn, so the turn ends as soon as they are queued.
  relevant.use(replyDelivery(new ChatOutbox(), onError));
  relevant.use(sequentialize(turn));
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
