import type { KnowledgeBase, Matcher } from '../engine/index.js';
import type { Logger } from '../log.js';

/** What the bot is built from; main.ts (or a test) supplies it. */
export interface BotDeps {
  readonly kb: KnowledgeBase;
  readonly matcher: Matcher;
  readonly logger: Logger;
}
