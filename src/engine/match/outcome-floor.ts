import { CLOSE_RATIO, MIN_COVERAGE, passes } from './answer-policy.js';
import { RANK_OVER_COVERAGE, type Scoring } from './fact-scorer.js';

/**
 * The early stop of a question over several reports: once one fact is known to pass with
 * rank R (scored in one report), the true best passing rank is at least R, and only facts
 * ranking within CLOSE_RATIO of it can change the outcome: the answer (the first eligible
 * fact, ranking at least R), its alternatives and the reports asked back (ranking at least
 * CLOSE_RATIO·R, with MIN_COVERAGE). A rank stands at most RANK_OVER_COVERAGE above its
 * coverage, so facts below the floor returned here need not be scored: the scorer leaves out
 * whole postings lists whose terms cannot lift a fact to it. Facts above it score exactly as
 * before, in the same order. Only a decline reads facts below (its suggestions): the matcher
 * scores again at the policy's own floor when the raised one declines.
 */
export function outcomeFloor(known: Scoring, floor: number): number {
  const best = known.ranked.find(passes);
  if (best === undefined) return floor;
  const close = Math.max(MIN_COVERAGE, CLOSE_RATIO * best.rank - RANK_OVER_COVERAGE);
  const first = best.rank - RANK_OVER_COVERAGE;
  // A hair below, so that rounding never leaves out a fact standing exactly at the bound.
  return Math.max(floor, Math.min(close, first) - 1e-9);
}
