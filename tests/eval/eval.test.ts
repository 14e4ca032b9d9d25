// The gate: the engine must answer the independent set well and decline what
// the report does not say; the set itself must stay big and balanced enough to mean something.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher, loadKnowledge } from '../../src/engine/index.js';
import { evaluate, parseCases } from './evaluate.js';
import { formatFailures } from './format.js';
import { KNOWLEDGE_DIR, QUESTIONS_FILE, SECOND_SET_FILE, THIRD_SET_FILE } from './paths.js';
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
