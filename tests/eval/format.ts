// Plain-text rendering of an evaluation report, shared by `npm run eval` and
// the test's assertion messages.
import type { EvalReport, Outcome, Rate } from './evaluate.js';
import type { ReportRun } from './report-run.js';
import { formatRouting } from './routing-set.js';
import type { ReportSetOutcome } from './report-set.js';

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

/** The genre reports' figures: ours alone, ours with every report loaded, and the baseline, per category. */
export function formatReportRun(run: ReportRun, maxFailures: number): string {
  const { alone, together, baseline } = run;
  const width = Math.max(...alone.categories.map((c) => c.category.length), 'category'.length);
  const cell = (r: Rate): string => percent(r.rate).padStart(7);
  const header = `${'category'.padEnd(width)}  count    alone  together  fuse.js`;
  const rows = alone.categories.map((c, i) => {
    const t = together.categories[i] ?? c;
    const b = baseline.categories[i] ?? c;
    return `${c.category.padEnd(width)}  ${String(c.count).padStart(5)}  ${cell(c)}   ${cell(t)}  ${cell(b)}`;
  });
  const failure = (o: ReportSetOutcome): string => {
    const got = o.said === null ? 'declined' : `${o.said.report}: «${o.said.figure}»`;
    return `${o.case.report} line ${o.case.line} [${o.case.category}] ${JSON.stringify(o.case.q)}\n    expected ${o.case.expect === null ? 'decline' : `«${o.case.expect}»`}; got ${got}`;
  };
  const shown = alone.failures.slice(0, maxFailures).map(failure);
  if (alone.failures.length > shown.length) shown.push(`… and ${alone.failures.length - shown.length} more (run with --failures to see all)`);
  return [
    `${run.reports} reports imported with no hand edits, ${run.facts} facts`,
    header,
    '-'.repeat(header.length),
    ...rows,
    '',
    `answerable, right figure  alone ${ratio(alone.answerable)}   together ${ratio(together.answerable)}   fuse.js ${ratio(baseline.answerable)}`,
    `absent, declined          alone ${ratio(alone.declined)}   together ${ratio(together.declined)}   fuse.js ${ratio(baseline.declined)}`,
    '',
    ...(run.routing === undefined ? [] : [formatRouting(run.routing, maxFailures), '']),
    `failures (alone): ${alone.failures.length}`,
    ...shown,
  ].join('\n');
}
