/**
 * The facts shown before anyone asks (inline, /facts): the headline's own figure
 * first, then the first amount, share or count of each topic in article order, up to six.
 */
export const HEADLINE_SIZE = 6;

const QUANTITIES = new Set(['percent', 'money', 'count', 'ratio', 'number']);

export interface HeadlineCandidate {
  readonly id: string;
  readonly topic: string;
  readonly kind: string;
  /** True for facts whose figure the title itself states. */
  readonly inTitle: boolean;
}

export function pickHeadline(facts: readonly HeadlineCandidate[]): string[] {
  const chosen: string[] = facts.filter((f) => f.inTitle).map((f) => f.id);
  const topics = new Set(facts.filter((f) => f.inTitle).map((f) => f.topic));
  for (const quantitiesOnly of [true, false]) {
    for (const fact of facts) {
      if (chosen.length >= HEADLINE_SIZE) break;
      if (chosen.includes(fact.id) || topics.has(fact.topic) || (quantitiesOnly && !QUANTITIES.has(fact.kind))) continue;
      chosen.push(fact.id);
      topics.add(fact.topic);
    }
  }
  for (const fact of facts) {
    if (chosen.length >= HEADLINE_SIZE) break;
    if (!chosen.includes(fact.id) && QUANTITIES.has(fact.kind)) chosen.push(fact.id);
  }
  return chosen.slice(0, HEADLINE_SIZE);
}
