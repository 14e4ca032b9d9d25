// Plain-text rendering of an evaluation report, shared by `npm run eval` and
// the test's assertion messages.
import type { EvalReport, Outcome, Rate } from './evaluate.js';

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function ratio(r: Rate): string {
  return `${r.correct}/${r.count} = ${percent(r.rate)}`;
}

export function formatFailure(outcome: Outcome): string {
  const { line, category, q, expect } = outcome.case;
  const expected = expect === null ? 'decline' : expect.join(' | ');
  const got = outcome.got
    ? `${outcome.answered ? 'answered' : 'declined, nearest'} ${outcome.got.id} «${outcome.got.figure}» score ${outcome.score?.toFixed(3) ?? '?'}`
    : outcome.answered
      ? 'answered without a fact'
      : 'declined';
  const alternatives = outcome.alternatives.length > 0 ? ` (alternatives: ${outcome.alternatives.join(', ')})` : '';
  return `line ${line} [${category}] ${JSON.stringify(q)}\n    expected ${expected}; got ${got}${alternatives}`;
}

export function formatFailures(failures: readonly Outcome[], limit = Infinity): string {
  const shown = failures.slice(0, limit);
  const lines = shown.map(formatFailure);
  if (failures.length > shown.length) {
    lines.push(`… and ${failures.length - shown.length} more (run with --failures to see all)`);
  }
  return lines.join('\n');
}

export function formatReport(report: EvalReport, maxFailures: number): string {
  const width = Math.max(...report.categories.map((c) => c.category.length), 'category'.length);
  const header = `${'category'.padEnd(width)}  count  correct  accuracy`;
  const rows = report.categories.map(
    (c) =>
      `${c.category.padEnd(width)}  ${String(c.count).padStart(5)}  ${String(c.correct).padStart(7)}  ${percent(c.rate).padStart(8)}`,
  );
  const out = [
    header,
    '-'.repeat(header.length),
    ...rows,
    '',
    `answerable accuracy: ${ratio(report.answerable)}`,
    `decline rate:        ${ratio(report.declined)}`,
    '',
    `failures: ${report.failures.length}`,
  ];
  if (report.failures.length > 0) out.push(formatFailures(report.failures, maxFailures));
  return out.join('\n');
}
