/** Reading postings for a question's candidates: the same tallies as walking every posting. */
import { describe, expect, it } from 'vitest';
import type { BoundFacts, PostingList } from '../../src/engine/match/fact-index.js';
import { collectInScope, creditCandidates, gallop, heldByCandidates, type CandidateTally } from '../../src/engine/match/posting-walk.js';

/** A small deterministic generator, so every run checks the same lists. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sorted distinct facts below `n`, each kept with probability `density`. */
function someFacts(next: () => number, n: number, density: number): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (next() < density) out.push(i);
  return Int32Array.from(out);
}

function listOf(facts: Int32Array, next: () => number): PostingList {
  return { length: facts.length, facts, weights: Float64Array.from(facts, () => [0.5, 0.7, 0.9, 1][Math.floor(next() * 4)] ?? 1) };
}

/** The marks of a set of candidates: 1 for each. */
function marksOf(candidates: Int32Array, n: number): Uint8Array {
  const marks = new Uint8Array(n);
  for (const fact of candidates) marks[fact] = 1;
  return marks;
}

describe('gallop', () => {
  it('finds the first position at or after the start whose value is at least the one sought', () => {
    const next = random(1);
    for (let round = 0; round < 200; round++) {
      const sorted = someFacts(next, 300, next());
      const from = Math.floor(next() * (sorted.length + 2));
      const value = Math.floor(next() * 320) - 10;
      let expected = from;
      while (expected < sorted.length && (sorted[expected] ?? 0) < value) expected++;
      expect(gallop(sorted, from, value)).toBe(Math.max(from, expected));
    }
  });
});

describe('creditCandidates', () => {
  // Lists both longer and shorter than the candidates: galloped through and walked.
  it('adds to each candidate what a walk of the whole list adds, bit for bit, bound shares included', () => {
    const next = random(2);
    for (let round = 0; round < 100; round++) {
      const list = listOf(someFacts(next, 500, next()), next);
      const candidates = someFacts(next, 500, next());
      const boundFacts = someFacts(next, 500, next() / 2);
      const sets = [new Set(['a b']), new Set(['c d'])];
      const bound: BoundFacts = { facts: boundFacts, pairs: Array.from(boundFacts, (_, k) => sets[k % 2] ?? new Set<string>()) };
      const judge = (pairs: ReadonlySet<string>): number => (pairs.has('a b') ? 1 : 0.5);
      const weight = 1 + next();
      const factor = next();
      const got = new Float64Array(500).fill(0.25);
      creditCandidates(list, candidates, marksOf(candidates, 500), got, weight, factor, round % 2 === 0 ? { bound, judge } : null);
      const expected = new Float64Array(500).fill(0.25);
      const chosen = new Set(candidates);
      list.facts.forEach((fact, k) => {
        if (!chosen.has(fact)) return;
        const at = boundFacts.indexOf(fact);
        const share = round % 2 === 0 && at >= 0 ? judge(bound.pairs[at] ?? new Set()) : 1;
        expected[fact] = (expected[fact] ?? 0) + weight * (list.weights[k] ?? 0) * factor * share;
      });
      expect(got).toEqual(expected);
    }
  });

  it.each([
    [0.3, 0.2],
    [0.9, 0.02],
  ])('visits exactly the candidates a list holds, in order, with their weights (postings %s, candidates %s)', (density, share) => {
    const next = random(3);
    const list = listOf(someFacts(next, 400, density), next);
    const candidates = someFacts(next, 400, share);
    const seen: [number, number][] = [];
    heldByCandidates(list, candidates, marksOf(candidates, 400), (fact: number, held: number) => seen.push([fact, held]));
    const expected = [...list.facts].flatMap((fact, k) => (candidates.includes(fact) ? [[fact, list.weights[k] ?? 0] as [number, number]] : []));
    expect(seen).toEqual(expected);
  });
});

describe('collectInScope', () => {
  const tally = (n: number): CandidateTally => ({ marks: new Uint8Array(n), facts: new Int32Array(n), count: 0, most: new Float64Array(n), part: new Int32Array(n), held: new Float64Array(n) });

  it('collects each fact of the scope once, and bounds what a part gives it by the higher weight of its lists', () => {
    const a: PostingList = { length: 4, facts: Int32Array.from([1, 3, 5, 8]), weights: Float64Array.from([1, 0.5, 0.7, 1]) };
    const b: PostingList = { length: 3, facts: Int32Array.from([3, 4, 5]), weights: Float64Array.from([0.9, 1, 0.5]) };
    const found = tally(10);
    const scope = [{ start: 2, end: 6 }];
    // One part of two lists (a word and its marked spelling), then a part of its own.
    collectInScope(a, scope, found, 1, 2);
    collectInScope(b, scope, found, 1, 2);
    collectInScope(b, scope, found, 2, 1);
    expect([...found.facts.subarray(0, found.count)]).toEqual([3, 5, 4]);
    expect(found.most[3]).toBeCloseTo(2 * 0.9 + 0.9, 12);
    expect(found.most[5]).toBeCloseTo(2 * 0.7 + 0.5, 12);
    expect(found.most[4]).toBeCloseTo(2 * 1 + 1, 12);
    expect(found.marks[1]).toBe(0);
    expect(found.marks[8]).toBe(0);
  });
});
