/** The answer engine: knowledge in, answers out. Knows nothing of Telegram. */
export type { Answer, Language, Match, Matcher } from './answer.js';
export { KnowledgeError } from './knowledge/errors.js';
export { headlineFacts } from './knowledge/headline.js';
export { loadKnowledge } from './knowledge/load.js';
export type { Fact, KnowledgeBase, Report, Topic } from './knowledge/types.js';
export { createMatcher } from './match/matcher.js';
