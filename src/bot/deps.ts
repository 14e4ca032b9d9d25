import type { StorageAdapter } from 'grammy';
import type { KnowledgeBase, Matcher } from '../engine/index.js';
import type { Logger } from '../log.js';
import type { ChatSession } from './chat-session.js';

/** What the bot is built from; main.ts (or a test) supplies it. */
export interface BotDeps {
  readonly kb: KnowledgeBase;
  readonly matcher: Matcher;
  readonly logger: Logger;
  /** Where chats' sessions live (current report, pending question); in memory when not given. */
  readonly sessions?: StorageAdapter<ChatSession>;
}
