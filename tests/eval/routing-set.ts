// The blind routing questions (tests/reports/routing.jsonl), asked of every genre report and
// the seed loaded together: does a question that names a place or body get its answer from
// that report, and does one that several reports answer ask back which report is meant?
import { readFileSync } from 'node:fs';
import type { Matcher } from '../../src/engine/index.js';
import { figureMatches } from './report-set.js';

export type RoutingExpect = { readonly report: string; readonly figure: string } | { readonly clarify: readonly string[] };

export interface RoutingCase {
  readonly line: number;
  readonly q: string;
  readonly expect: RoutingExpect;
}

/** How one question went. */
export type RoutingOutcome =
  /** Named a report: answered from it with the expected figure / with another of its figures. */
  | 'right figure'
  | 'right report'
  /** Answered from a report it did not name (or, for an unnamed one, from one report). */
  | 'wrong report'
  /** Asked back: with exactly the reports expected, or with others. */
  | 'asked back'
  | 'asked back, other reports'
  | 'declined';

export interface RoutingTally {
  /** Questions that name their report, by outcome. */
  readonly named: ReadonlyMap<RoutingOutcome, number>;
  readonly namedCount: number;
  /** Questions several reports answer, by outcome. */
  readonly unnamed: ReadonlyMap<RoutingOutcome, number>;
  readonly unnamedCount: number;
  readonly misses: readonly { readonly case: RoutingCase; readonly outcome: RoutingOutcome; readonly got: string }[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses routing.jsonl; a malformed line is an error naming the file and line. */
export function parseRoutingCases(text: string, file: string): RoutingCase[] {
  return text.split('\n').flatMap((raw, i): RoutingCase[] => {
    if (raw.trim() === '') return [];
    const line = i + 1;
    const fail = (why: string): never => {
      throw new Error(`${file} line ${line}: ${why}`);
    };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      fail('is not valid JSON');
    }
    if (!isRecord(value) || typeof value.q !== 'string' || !isRecord(value.expect)) return fail('needs "q" and an "expect" object');
    const { expect } = value;
    if (typeof expect.report === 'string' && typeof expect.figure === 'string') return [{ line, q: value.q, expect: { report: expect.report, figure: expect.figure } }];
    const { clarify } = expect;
    if (Array.isArray(clarify) && clarify.length >= 2 && clarify.every((id) => typeof id === 'string')) {
      return [{ line, q: value.q, expect: { clarify } }];
    }
    return fail('"expect" needs "report" and "figure", or "clarify" with two or more report ids');
  });
}

export function readRoutingCases(file: string): RoutingCase[] {
  return parseRoutingCases(readFileSync(file, 'utf8'), file);
}

/** Asks each question as a fresh chat (no current report) and tallies where its answer came from. */
export function scoreRouting(cases: readonly RoutingCase[], matcher: Matcher): RoutingTally {
  const named = new Map<RoutingOutcome, number>();
  const unnamed = new Map<RoutingOutcome, number>();
  const misses: { case: RoutingCase; outcome: RoutingOutcome; got: string }[] = [];
  for (const c of cases) {
    const answer = matcher.ask(c.q);
    const asked = answer.clarify?.reports;
    const from = answer.answered && answer.best !== null ? answer.best.fact : null;
    const got = from !== null ? `${from.report}: «${from.figure}»` : asked !== undefined ? `asked back: ${asked.join(', ')}` : 'declined';
    let outcome: RoutingOutcome;
    if ('report' in c.expect) {
      const { report, figure } = c.expect;
      if (from !== null) outcome = from.report !== report ? 'wrong report' : figureMatches(figure, from.figure) ? 'right figure' : 'right report';
      else outcome = asked !== undefined ? 'asked back' : 'declined';
      named.set(outcome, (named.get(outcome) ?? 0) + 1);
      if (outcome !== 'right figure') misses.push({ case: c, outcome, got });
    } else {
      const expected = new Set(c.expect.clarify);
      if (from !== null) outcome = 'wrong report';
      else if (asked === undefined) outcome = 'declined';
      else outcome = asked.length === expected.size && asked.every((id) => expected.has(id)) ? 'asked back' : 'asked back, other reports';
      unnamed.set(outcome, (unnamed.get(outcome) ?? 0) + 1);
      if (outcome !== 'asked back') misses.push({ case: c, outcome, got });
    }
  }
  return {
    named,
    namedCount: cases.filter((c) => 'report' in c.expect).length,
    unnamed,
    unnamedCount: cases.filter((c) => 'clarify' in c.expect).length,
    misses,
  };
}

const NAMED_ORDER: readonly RoutingOutcome[] = ['right figure', 'right report', 'wrong report', 'asked back', 'declined'];
const UNNAMED_ORDER: readonly RoutingOutcome[] = ['asked back', 'asked back, other reports', 'wrong report', 'declined'];

export function formatRouting(t: RoutingTally, maxMisses: number): string {
  const row = (counts: ReadonlyMap<RoutingOutcome, number>, order: readonly RoutingOutcome[]): string =>
    order.map((o) => `${o} ${counts.get(o) ?? 0}`).join(', ');
  const shown = t.misses.slice(0, maxMisses).map((m) => `line ${m.case.line} [${m.outcome}] ${JSON.stringify(m.case.q)}\n    got ${m.got}`);
  if (t.misses.length > shown.length) shown.push(`… and ${t.misses.length - shown.length} more (run with --failures to see all)`);
  return [
    'routing (tests/reports/routing.jsonl; every genre report and the seed loaded, each question a fresh chat):',
    `  naming a report (${t.namedCount}):      ${row(t.named, NAMED_ORDER)}`,
    `  several reports answer (${t.unnamedCount}): ${row(t.unnamed, UNNAMED_ORDER)}`,
    ...shown,
  ].join('\n');
}
