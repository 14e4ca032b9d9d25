import type { BoundFacts, FactRange, PostingList } from './fact-index.js';

/**
 * Reading postings for the facts a question can lift (its candidates), with no call per
 * posting. Over 100 reports the common words' lists hold thousands of postings while a
 * question has a few hundred candidates: a galloping search steps from one candidate to
 * the next, so a list costs what the shorter of the two costs, whatever the other's length.
 */

/** The first position at or after `from` in a sorted array whose value is at least `value` (`sorted.length` when none). */
export function gallop(sorted: Int32Array, from: number, value: number): number {
  const n = sorted.length;
  if (from >= n || (sorted[from] ?? value) >= value) return from;
  // Exponential steps, then a binary search in the last step: sorted[lo] < value <= sorted[hi].
  let lo = from;
  let step = 1;
  let hi = from + 1;
  while (hi < n && (sorted[hi] ?? value) < value) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > n) hi = n;
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? value) < value) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The facts a question can lift, as they are collected: marks, the facts in order of finding, and what each can reach at most. */
export interface CandidateTally {
  /** 1 for a fact already collected. */
  readonly marks: Uint8Array;
  readonly facts: Int32Array;
  count: number;
  /** Per fact: the most its terms found so far can add to its coverage (unscaled). */
  readonly most: Float64Array;
  /** Per fact: the last part that added to `most`, so a part with two lists adds once… */
  readonly part: Int32Array;
  /** … by the highest weight the fact holds one of its lists with. */
  readonly held: Float64Array;
}

/**
 * Collects every fact of the list inside the scope, adding to each what the part can
 * give it at most: `most` (the part's credit at full weight) times the weight the fact
 * holds the term with, once per part whatever the number of its lists (`part`: a number
 * no earlier part used).
 */
export function collectInScope(list: PostingList, scope: readonly FactRange[], tally: CandidateTally, part: number, most: number): void {
  const { facts, weights } = list;
  const { marks, most: reach, part: lastPart, held, facts: found } = tally;
  for (const { start, end } of scope) {
    for (let k = gallop(facts, 0, start); k < facts.length; k++) {
      const fact = facts[k] ?? end;
      if (fact >= end) break;
      const weight = weights[k] ?? 1;
      if (marks[fact] !== 1) {
        marks[fact] = 1;
        found[tally.count++] = fact;
        reach[fact] = 0;
      }
      if (lastPart[fact] !== part) {
        lastPart[fact] = part;
        held[fact] = weight;
        reach[fact] = (reach[fact] ?? 0) + most * weight;
      } else if (weight > (held[fact] ?? 0)) {
        reach[fact] = (reach[fact] ?? 0) + most * (weight - (held[fact] ?? 0));
        held[fact] = weight;
      }
    }
  }
}

/**
 * The share of its weight each candidate earns for a word some facts bind inside pairs
 * (fact-scorer's boundElsewhere): 1 where the fact uses the word freely, else what
 * `judge` says of the fact's pairs. Null when no fact binds the word.
 */
export type BoundShare = { readonly bound: BoundFacts; readonly judge: (pairs: ReadonlySet<string>) => number } | null;

/** A list this many times longer than the candidates (over their span) is looked up by galloping; a shorter one is walked. */
const WALK_RATIO = 4;

/**
 * Calls `hit(fact, k)` for each candidate the list holds (`k` its position in the list),
 * in increasing order of facts. `marks[fact]` is 1 for the candidates: a list about as long
 * as the candidates is walked with a look at the mark, a longer one galloped through.
 */
function eachCandidateHeld(list: PostingList, candidates: Int32Array, marks: Uint8Array, hit: (fact: number, k: number) => void): void {
  const { facts } = list;
  const count = candidates.length;
  if (count === 0) return;
  let k = gallop(facts, 0, candidates[0] ?? 0);
  const end = gallop(facts, k, (candidates[count - 1] ?? 0) + 1);
  if (end - k <= WALK_RATIO * count) {
    for (; k < end; k++) {
      const fact = facts[k] ?? 0;
      if (marks[fact] === 1) hit(fact, k);
    }
    return;
  }
  for (let c = 0; c < count; c++) {
    const fact = candidates[c] ?? 0;
    k = gallop(facts, k, fact);
    if (k >= end) return;
    if (facts[k] === fact) hit(fact, k);
  }
}

/**
 * Adds `weight × held × factor × share` to `into` for every candidate holding the list's
 * term. Each addend is computed as a walk of the whole list would, in the same order of
 * operations, so tallies are bit for bit the same.
 */
export function creditCandidates(list: PostingList, candidates: Int32Array, marks: Uint8Array, into: Float64Array, weight: number, factor: number, share: BoundShare): void {
  const { weights } = list;
  let b = 0;
  eachCandidateHeld(list, candidates, marks, (fact, k) => {
    let part = 1;
    if (share !== null) {
      const bound = share.bound.facts;
      b = gallop(bound, b, fact);
      const pairs = bound[b] === fact ? share.bound.pairs[b] : undefined;
      if (pairs !== undefined) part = share.judge(pairs);
    }
    into[fact] = (into[fact] ?? 0) + weight * (weights[k] ?? 0) * factor * part;
  });
}

/** Calls `visit` with each candidate holding the list's term and the weight it holds it with, candidates in increasing order. */
export function heldByCandidates(list: PostingList, candidates: Int32Array, marks: Uint8Array, visit: (fact: number, held: number) => void): void {
  const { weights } = list;
  eachCandidateHeld(list, candidates, marks, (fact, k) => {
    visit(fact, weights[k] ?? 0);
  });
}
