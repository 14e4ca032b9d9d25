// What makes the evaluation set worth trusting: big enough, enough questions
// the bot must decline, every style of asking, and every fact asked for.
import { CATEGORIES, type EvalCase } from './evaluate.js';

export const SET_RULES = {
  minCases: 280,
  minUnanswerableShare: 0.3,
  minPerCategory: 20,
  minPerFact: 3,
} as const;

/** Problems with the set, one readable line each; empty when the set is sound. */
export function checkSet(cases: readonly EvalCase[], factIds: readonly string[]): string[] {
  const problems: string[] = [];
  if (cases.length < SET_RULES.minCases) {
    problems.push(`${cases.length} questions, need at least ${SET_RULES.minCases}`);
  }
  const unanswerable = cases.filter((c) => c.expect === null).length;
  const share = cases.length === 0 ? 0 : unanswerable / cases.length;
  if (share < SET_RULES.minUnanswerableShare) {
    problems.push(
      `${unanswerable}/${cases.length} unanswerable (${(share * 100).toFixed(1)}%), need at least ${SET_RULES.minUnanswerableShare * 100}%`,
    );
  }
  for (const category of CATEGORIES) {
    const count = cases.filter((c) => c.category === category).length;
    if (count < SET_RULES.minPerCategory) {
      problems.push(`category ${category}: ${count} questions, need at least ${SET_RULES.minPerCategory}`);
    }
  }
  const known = new Set(factIds);
  const asked = new Map<string, number>();
  for (const c of cases) {
    for (const id of c.expect ?? []) {
      if (!known.has(id)) problems.push(`line ${c.line}: expects unknown fact id ${id}`);
      asked.set(id, (asked.get(id) ?? 0) + 1);
    }
  }
  for (const id of known) {
    const count = asked.get(id) ?? 0;
    if (count < SET_RULES.minPerFact) {
      problems.push(`fact ${id}: expected by ${count} questions, need at least ${SET_RULES.minPerFact}`);
    }
  }
  // An exact repeat only inflates a category; near repeats (spacing, case) are deliberate.
  const firstLine = new Map<string, number>();
  for (const c of cases) {
    const earlier = firstLine.get(c.q);
    if (earlier === undefined) firstLine.set(c.q, c.line);
    else problems.push(`line ${c.line}: repeats the question of line ${earlier}`);
  }
  return problems;
}
