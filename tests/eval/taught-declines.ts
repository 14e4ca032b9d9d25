// Questions editors marked "the report does not say this" in the console (each report's
// declines.json): negative examples the engine must decline, gated by eval.test.ts.
import type { KnowledgeBase, Matcher } from '../../src/engine/index.js';

export interface TaughtDecline {
  readonly report: string;
  readonly question: string;
  /** The fact the engine answered with, when it did not decline. */
  readonly answeredWith: string | null;
}

export function checkTaughtDeclines(kb: KnowledgeBase, matcher: Matcher): TaughtDecline[] {
  return kb.reports.flatMap((report) =>
    (report.declines ?? []).map((question) => {
      const answer = matcher.ask(question);
      const best = answer.answered ? answer.best : null;
      return { report: report.id, question, answeredWith: best === null ? null : `${best.fact.report}/${best.fact.id}` };
    }),
  );
}

/** One line for `npm run eval`, plus the questions answered anyway. */
export function formatTaughtDeclines(results: readonly TaughtDecline[]): string {
  const wrong = results.filter((r) => r.answeredWith !== null);
  const lines = [`editor-marked declines (declines.json): ${results.length - wrong.length}/${results.length} declined`];
  for (const r of wrong) lines.push(`  answered anyway: ${r.report}: «${r.question}» → ${r.answeredWith ?? ''}`);
  return lines.join('\n');
}
