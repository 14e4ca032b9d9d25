import type { Context } from 'grammy';
import type { Language } from '../engine/index.js';
import type { Logger } from '../log.js';
import type { OutgoingReply } from './chat-outbox.js';

/** What every handler can rely on, set up once per update in create-bot.ts. */
export interface BotContextFlavor {
  /** The language for the bot's own texts: the user's Telegram language (vi default, en). */
  lang: Language;
  /** Logger bound to this update's id. */
  log: Logger;
  /** The fact the bot answered with, for the per-update log line; never the question text. */
  answered: { fact: string | null; outcome: string } | undefined;
  /** Set by the error boundary when handling failed (e.g. the reply never reached Telegram). */
  failed?: true;
  /** Queues a reply in the chat's outbox (set for updates from a chat); sendDraft uses it. */
  queueReply?: (reply: OutgoingReply) => void;
}

export type BotContext = Context & BotContextFlavor;
