import type { Fact } from './knowledge/types.js';

export type Language = 'vi' | 'en';

export interface Match {
  readonly fact: Fact;
  /** 0..1, higher is better. */
  readonly score: number;
}

/** What the engine says about one question. */
export interface Answer {
  readonly question: string;
  /** False when the report does not answer the question: never a guess. */
  readonly answered: boolean;
  /** The best fact when answered; null otherwise. */
  readonly best: Match | null;
  /** Other facts that scored close to the best one ("did you mean"). When not answered, the nearest facts, if any were near. */
  readonly alternatives: readonly Match[];
  /** The language the question was asked in, for framing the reply. */
  readonly language: Language;
  /**
   * Set when several reports answer the question, it names none of them and the chat
   * has no current report: the bot asks which one is meant (answered is then false).
   */
  readonly clarify?: { readonly reports: readonly string[] };
  /**
   * Set when the input asks nothing ("ngân sách", a topic with no question word or number)
   * and several facts fit it: the bot asks what is meant, offering them as `alternatives`
   * (answered is then false).
   */
  readonly broad?: true;
}

export interface AskOptions {
  /** The chat's current report (its last answer's, or chosen with /report), for questions that name none. */
  readonly report?: string;
}

/** How one word of the question was read, for the editor's "why this answer". */
export interface WordReading {
  /** The word as typed. */
  readonly typed: string;
  /** The index terms it stands for after folding, shorthand and typo correction; empty when unknown. */
  readonly terms: readonly string[];
  readonly how: 'known' | 'corrected' | 'question-word' | 'subject' | 'unknown' | 'name';
}

/** One fact's standing against a question. */
export interface Candidate extends Match {
  /** Share of the question the fact accounts for (0..1), compared with the threshold. */
  readonly coverage: number;
  /** False when a rule rules it out (a number it lacks, a kind of question it never answers). */
  readonly eligible: boolean;
}

/** Why the engine answered as it did. */
export interface Explanation {
  readonly answer: Answer;
  /** Coverage the best eligible fact needs to be the answer. */
  readonly threshold: number;
  readonly words: readonly WordReading[];
  /** The best-ranked facts, best first, eligible or not. */
  readonly candidates: readonly Candidate[];
}

export interface Matcher {
  ask(question: string, options?: AskOptions): Answer;
  /** The same decision as ask(), with the evidence behind it. */
  explain(question: string, options?: AskOptions): Explanation;
  /** Facts ranked for a query, for inline results; an empty query gives the headline facts. */
  search(query: string, limit: number, options?: AskOptions): readonly Match[];
}
