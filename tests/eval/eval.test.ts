// The gate: the engine must answer the independent set well and decline what
// the report does not say; the set itself must stay big and balanced enough to mean something.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher, loadKnowledge } from '../../src/engine/index.js';
import { evaluate, parseCases } from './evaluate.js';
import { formatFailures } from './format.js';
import { KNOWLEDGE_DIR, QUESTIONS_FILE, SECOND_SET_FILE, THIRD_SET_FILE } from './paths.js';
import { runReportSet } from './report-run.js';
import { checkSet } from './set-rules.js';
import { checkTaughtDeclines, formatTaughtDeclines } from './taught-declines.js';

const THRESHOLD = 0.95;

const cases = parseCases(readFileSync(QUESTIONS_FILE, 'utf8'));
const kb = loadKnowledge(KNOWLEDGE_DIR);
const matcher = createMatcher(kb);
const report = evaluate(cases, matcher);

describe('evaluation set', () => {
  it('follows the set rules against the loaded knowledge base', () => {
    const problems = checkSet(
      cases,
      kb.facts.map((fact) => fact.id),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it.each([
    ['second', SECOND_SET_FILE, 200],
    ['third', THIRD_SET_FILE, 160],
  ] as const)('has a %s set (reported, not gated) that parses and names only facts that exist', (_, file, size) => {
    const known = new Set(kb.facts.map((fact) => fact.id));
    const cases = parseCases(readFileSync(file, 'utf8'));
    expect(cases.length).toBeGreaterThanOrEqual(size);
    expect(cases.flatMap((c) => c.expect ?? []).filter((id) => !known.has(id))).toEqual([]);
  });
});

describe('engine on the evaluation set', () => {
  it(`answers at least ${THRESHOLD * 100}% of answerable questions with an expected fact`, () => {
    const failures = report.failures.filter((outcome) => outcome.case.expect !== null);
    const { correct, count, rate } = report.answerable;
    expect(rate, `${correct}/${count} answered right; failing:\n${formatFailures(failures)}`).toBeGreaterThanOrEqual(
      THRESHOLD,
    );
  });

  it(`declines at least ${THRESHOLD * 100}% of questions the report does not answer`, () => {
    const failures = report.failures.filter((outcome) => outcome.case.expect === null);
    const { correct, count, rate } = report.declined;
    expect(rate, `${correct}/${count} declined; answered wrongly:\n${formatFailures(failures)}`).toBeGreaterThanOrEqual(
      THRESHOLD,
    );
  });
});

describe('questions editors marked as not in the report', () => {
  it('are every one declined', () => {
    const results = checkTaughtDeclines(kb, matcher);
    expect(results.filter((r) => r.answeredWith !== null), formatTaughtDeclines(results)).toEqual([]);
  });
});

/**
 * The genre test reports, imported with no hand edits (tests/reports). Gated at what the
 * engine reaches now, each report asked alone; with all reports loaded together the
 * question of which report is meant belongs to report routing, measured but not gated here.
 */
const REPORTS_ANSWERED = 0.9;
const REPORTS_DECLINED = 0.92;

describe('engine on the genre test reports', () => {
  const run = runReportSet();

  it('has at least 8 reports, each with questions it answers and questions it does not', () => {
    expect(run.reports).toBeGreaterThanOrEqual(8);
    expect(run.alone.answerable.count).toBeGreaterThanOrEqual(8 * 10);
    expect(run.alone.declined.count).toBeGreaterThanOrEqual(8 * 5);
  });

  it(`answers at least ${REPORTS_ANSWERED * 100}% of their answerable questions with the expected figure`, () => {
    expect(run.alone.answerable.rate).toBeGreaterThanOrEqual(REPORTS_ANSWERED);
  });

  it(`declines at least ${REPORTS_DECLINED * 100}% of the questions they do not answer`, () => {
    expect(run.alone.declined.rate).toBeGreaterThanOrEqual(REPORTS_DECLINED);
  });

  it('does better than the fuse.js baseline over the same sentences', () => {
    expect(run.alone.answerable.rate).toBeGreaterThan(run.baseline.answerable.rate);
    expect(run.alone.declined.rate).toBeGreaterThan(run.baseline.declined.rate);
  });
});
