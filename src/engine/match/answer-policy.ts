import type { Answer, Candidate, Language, Match } from '../answer.js';
import type { Fact } from '../knowledge/types.js';
import { MAX_RANK, type Scored, type Scoring } from './fact-scorer.js';

/**
 * The answer policy: given scored facts, whether to answer, with which fact, what to
 * offer beside it ("did you mean"), and what to suggest when declining. Knows nothing
 * of words or of how scores are made.
 */

/** Share of the question a fact must account for to be the answer. */
export const MIN_COVERAGE = 0.62;
/** Evidence (summed idf) below which even full coverage is too thin: one common word is not a question. */
const MIN_EVIDENCE = 1.6;
/** A runner-up within this share of the best ranking is offered as "did you mean". */
export const CLOSE_RATIO = 0.9;
/**
 * Facts below this coverage are not worth suggesting at all. Nothing but `candidates`
 * reads a fact below it, so answers may be decided from scores that leave such facts out.
 */
export const MIN_SUGGESTION_COVERAGE = 0.4;
const MAX_ALTERNATIVES = 3;
/**
 * A bare topic is one word: in Vietnamese one or two syllables ("giao", "ngân sách"), in
 * English one or two words ("budget", "social security"). A longer input that asks nothing
 * is a question typed tersely ("chi ngân sách quận giao"): its words tell the facts apart.
 */
const MAX_TOPIC_TERMS = 2;
/** Candidates an explanation lists. */
const MAX_EXPLAINED = 8;

/** Whether a scored fact would be the answer on its own: eligible, and enough of the question on enough evidence. */
export const passes = (s: Scored): boolean => s.eligible && s.coverage >= MIN_COVERAGE && s.evidence >= MIN_EVIDENCE;

/** Whether the fact at a position holds a term in any of its fields. */
export type Holds = (fact: number, term: string) => boolean;

export class AnswerPolicy {
  constructor(
    private readonly facts: readonly Fact[],
    private readonly holds: Holds,
  ) {}

  /**
   * `asking`: whether the input asks anything (asking.ts). A bare topic that several facts
   * hold ("ngân sách": revenue and two kinds of spending) is not answered with whichever
   * ranks first: the reply asks which is meant, offering them (`broad`). Only facts the
   * scorer keeps at the suggestion floor are read, so explanations (which score every
   * fact) decide alike.
   */
  answer(question: string, { ranked, subjects }: Scoring, language: Language, asking: boolean): Answer {
    const [first, ...rest] = ranked.filter((s) => s.eligible);
    if (first === undefined || first.coverage < MIN_COVERAGE || first.evidence < MIN_EVIDENCE) {
      const near = ranked.filter((s) => s.coverage >= MIN_SUGGESTION_COVERAGE).slice(0, MAX_ALTERNATIVES);
      return { question, answered: false, best: null, alternatives: near.map((s) => this.match(s)), language };
    }
    // A "did you mean" must hold every subject word the answer holds: asked about
    // "chi ngân sách", revenue ("thu ngân sách") is no alternative however close it scores.
    const held = subjects.filter((term) => this.holds(first.fact, term));
    if (!asking && new Set(subjects).size <= MAX_TOPIC_TERMS) {
      // However far below the first they rank: the scorer's preference among facts that all
      // hold the topic is no reading of what the person meant ("giao" ranks "giao thông" first).
      // A pair the first holds must be held too: "social security" is not "social order and security".
      const pairs = subjects.slice(1).map((term, i) => `${subjects[i] ?? ''} ${term}`).filter((pair) => this.holds(first.fact, pair));
      const fitting = rest.filter((s) => s.coverage >= MIN_SUGGESTION_COVERAGE && [...held, ...pairs].every((term) => this.holds(s.fact, term)));
      // Figures of the first's own sentence are shown by the answer itself ("chi ngân sách":
      // "… 102% dự toán Thành phố giao, 97,4% dự toán quận giao"): only another sentence is another reading.
      const sentence = this.facts[first.fact]?.sentence;
      if (fitting.some((s) => this.facts[s.fact]?.sentence !== sentence)) {
        const offered = [first, ...fitting].slice(0, MAX_ALTERNATIVES).map((s) => this.match(s));
        return { question, answered: false, best: null, alternatives: offered, language, broad: true };
      }
    }
    const close = rest
      .filter((s) => s.rank >= CLOSE_RATIO * first.rank && s.coverage >= MIN_COVERAGE)
      .filter((s) => held.every((term) => this.holds(s.fact, term)))
      .slice(0, MAX_ALTERNATIVES);
    return { question, answered: true, best: this.match(first), alternatives: close.map((s) => this.match(s)), language };
  }

  /**
   * The reports that answer the question, best first: each has a fact that would be the
   * answer on its own, ranking within CLOSE_RATIO of the best of all. A report that only
   * answers far worse than another is not a second reading of the question.
   */
  answeringReports({ ranked }: Scoring): string[] {
    const passing = ranked.filter(passes);
    const top = passing[0]?.rank ?? 0;
    const reports: string[] = [];
    for (const s of passing) {
      if (s.rank < CLOSE_RATIO * top) break;
      const report = this.facts[s.fact]?.report;
      if (report !== undefined && !reports.includes(report)) reports.push(report);
    }
    return reports;
  }

  /** The best-ranked facts with the numbers behind them, eligible or not. */
  candidates({ ranked }: Scoring): Candidate[] {
    return ranked.slice(0, MAX_EXPLAINED).map((s) => ({ ...this.match(s), coverage: s.coverage, eligible: s.eligible }));
  }

  /** Facts worth offering for a query (inline mode), best first, whether or not one would be the answer. */
  suggestions({ ranked }: Scoring): Match[] {
    return ranked.filter((s) => s.coverage >= MIN_SUGGESTION_COVERAGE).map((s) => this.match(s));
  }

  private match(scored: Scored): Match {
    const fact = this.facts[scored.fact];
    if (fact === undefined) throw new RangeError(`no fact at ${scored.fact}`);
    return { fact, score: Math.min(1, scored.rank / MAX_RANK) };
  }
}
