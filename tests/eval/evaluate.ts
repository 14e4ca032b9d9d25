// The evaluation set and its scoring. Pure: the caller reads the file and
// builds the matcher, so this module can be exercised with a fake one.
import type { Matcher } from '../../src/engine/answer.js';

export const CATEGORIES = [
  'diacritics',
  'no-diacritics',
  'old-tone',
  'typo-shorthand',
  'caps-punct',
  'english',
  'figure',
  'disambiguation',
  'off-topic',
  'not-in-report',
] as const;

export type Category = (typeof CATEGORIES)[number];

export interface EvalCase {
  /** 1-based line in the JSONL text, so failures point back at the file. */
  readonly line: number;
  readonly q: string;
  readonly category: Category;
  /** Fact ids that are acceptable answers; null when the report does not answer. */
  readonly expect: readonly string[] | null;
}

export class EvalSetError extends Error {
  override readonly name = 'EvalSetError';
}

const FIELDS = new Set(['q', 'category', 'expect']);

function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

function parseLine(text: string, line: number): EvalCase | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'not a JSON object';
  }
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !FIELDS.has(key));
  if (unknown.length > 0) return `unknown field(s) ${unknown.join(', ')}`;
  const { q, category, expect } = record;
  if (typeof q !== 'string' || q.length === 0) return '"q" must be a non-empty string';
  if (!isCategory(category)) {
    return `"category" must be one of ${CATEGORIES.join(', ')}; got ${JSON.stringify(category)}`;
  }
  if (expect === null) return { line, q, category, expect: null };
  if (!Array.isArray(expect) || expect.length === 0) {
    return '"expect" must be null or a non-empty array of fact ids';
  }
  const ids: string[] = [];
  for (const id of expect as unknown[]) {
    if (typeof id !== 'string' || id.trim() === '') return '"expect" holds a value that is not a fact id';
    if (ids.includes(id)) return `"expect" lists ${id} twice`;
    ids.push(id);
  }
  return { line, q, category, expect: ids };
}

/** Parses the JSONL set; blank lines are skipped. Throws EvalSetError naming every bad line. */
export function parseCases(text: string): EvalCase[] {
  const cases: EvalCase[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const parsed = parseLine(raw, index + 1);
    if (typeof parsed === 'string') problems.push(`line ${index + 1}: ${parsed}`);
    else cases.push(parsed);
  });
  if (problems.length > 0) {
    throw new EvalSetError(`malformed evaluation set:\n${problems.join('\n')}`);
  }
  return cases;
}

export interface Got {
  readonly id: string;
  readonly report: string;
  readonly figure: string;
}

export interface Outcome {
  readonly case: EvalCase;
  readonly correct: boolean;
  readonly answered: boolean;
  /** The best fact the engine offered, answered or not. */
  readonly got: Got | null;
  readonly score: number | null;
  /** Ids of the alternatives, to show what the engine hesitated between. */
  readonly alternatives: readonly string[];
}

export interface Rate {
  readonly count: number;
  readonly correct: number;
  /** correct / count; 0 for an empty group so an empty set can never pass a gate. */
  readonly rate: number;
}

export interface CategoryResult extends Rate {
  readonly category: Category;
}

export interface EvalReport {
  readonly categories: readonly CategoryResult[];
  /** Answerable questions answered with an expected fact. */
  readonly answerable: Rate;
  /** Unanswerable questions declined (answered === false). */
  readonly declined: Rate;
  readonly failures: readonly Outcome[];
}

function rate(count: number, correct: number): Rate {
  return { count, correct, rate: count === 0 ? 0 : correct / count };
}

export function judge(evalCase: EvalCase, matcher: Matcher): Outcome {
  const answer = matcher.ask(evalCase.q);
  const best = answer.best;
  const got = best ? { id: best.fact.id, report: best.fact.report, figure: best.fact.figure } : null;
  const correct =
    evalCase.expect === null
      ? !answer.answered
      : answer.answered && got !== null && evalCase.expect.includes(got.id);
  return {
    case: evalCase,
    correct,
    answered: answer.answered,
    got,
    score: best ? best.score : null,
    alternatives: answer.alternatives.map((match) => match.fact.id),
  };
}

export function evaluate(cases: readonly EvalCase[], matcher: Matcher): EvalReport {
  const outcomes = cases.map((evalCase) => judge(evalCase, matcher));
  const tally = (list: readonly Outcome[]): Rate =>
    rate(list.length, list.filter((outcome) => outcome.correct).length);
  const categories = CATEGORIES.map((category) => ({
    category,
    ...tally(outcomes.filter((outcome) => outcome.case.category === category)),
  }));
  return {
    categories,
    answerable: tally(outcomes.filter((outcome) => outcome.case.expect !== null)),
    declined: tally(outcomes.filter((outcome) => outcome.case.expect === null)),
    failures: outcomes.filter((outcome) => !outcome.correct),
  };
}
