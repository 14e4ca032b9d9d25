/** The answer engine: knowledge in, answers out. Knows nothing of Telegram. */
export type { Answer, AskOptions, Candidate, Explanation, Language, Match, Matcher, WordReading } from './answer.js';
export { KnowledgeError } from './knowledge/errors.js';
export { headlineFacts } from './knowledge/headline.js';
export { loadKnowledge, parseReport, readReportFiles, type ReportFiles } from './knowledge/load.js';
export { reportFolder, saveReport } from './knowledge/save.js';
export { FIGURE_KINDS, type Fact, type FigureKind, type KnowledgeBase, type Report, type Topic } from './knowledge/types.js';
export { figureInEnglish } from './lexicon/english-figure.js';
export { LexiconError } from './lexicon/lexicon-error.js';
export { createMatcher } from './match/matcher.js';
