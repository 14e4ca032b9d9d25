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
}

export interface Matcher {
  ask(question: string): Answer;
  /** Facts ranked for a query, for inline results; an empty query gives the headline facts. */
  search(query: string, limit: number): readonly Match[];
}
