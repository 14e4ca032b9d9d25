import type { Matcher } from '../engine/answer.js';
import type { KnowledgeBase } from '../engine/knowledge/types.js';
import type { Logger } from '../log.js';

/** What the bot is built from; main.ts (or a test) supplies it. */
export interface BotDeps {
  readonly kb: KnowledgeBase;
  readonly matcher: Matcher;
  readonly logger: Logger;
}
