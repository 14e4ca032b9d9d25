import type { Fact, KnowledgeBase } from './types.js';

/** The headline facts of every report, in the order the reports list them: what to show before anything is asked. */
export function headlineFacts(kb: KnowledgeBase): Fact[] {
  return kb.reports.flatMap((report) =>
    report.headline.flatMap((id) => {
      const fact = kb.fact(report.id, id);
      return fact === undefined ? [] : [fact];
    }),
  );
}
