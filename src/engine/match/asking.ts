import type { QuestionWords } from './word-resolver.js';

/**
 * Whether an input asks anything: a question word ("bao nhiêu", "gì", "ra sao", "what",
 * "how") or a number (a figure asked back: "12,37%", "452 tỷ"). A bare topic ("ngân sách",
 * "dự toán", "%") asks nothing: it says what the person is interested in, not which of the
 * report's figures they want. Words of the language, never of a report: the same for every one.
 */

/**
 * Question words, folded. "ai", "đâu" and "mấy" fold like subject words ("đầu tư", "máy"):
 * only a word the analysis reads as a question word (a stop word) counts.
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  // Vietnamese: "gì", "nào" (thế nào, khi nào), "sao" (ra sao, tại sao), "đâu", "ai", "bao" (bao nhiêu, bao giờ), "mấy".
  'gi', 'nao', 'sao', 'dau', 'ai', 'bao', 'nhieu', 'may',
  // English.
  'what', 'whats', 'which', 'how', 'who', 'whom', 'whose', 'when', 'where', 'why',
]);

export function asksSomething(words: QuestionWords): boolean {
  if (words.numbers.length > 0) return true;
  return words.analysis.words.some((word) => word.stop && QUESTION_WORDS.has(word.folded));
}
