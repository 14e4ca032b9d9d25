/** The answer policy, on scores made up for it: it decides from numbers, not words. */
import { describe, expect, it } from 'vitest';
import { AnswerPolicy, MIN_COVERAGE } from '../../src/engine/match/answer-policy.js';
import type { Scored, Scoring } from '../../src/engine/match/fact-scorer.js';
import { smallKnowledge } from './small-report.js';

const kb = smallKnowledge([
  { id: 'a', figure: '1%', sentence: 'A đạt 1%.' },
  { id: 'b', figure: '2%', sentence: 'B đạt 2%.' },
  { id: 'c', figure: '3%', sentence: 'C đạt 3%.' },
]);
/** Which subject terms each fact holds, by position. */
const terms: readonly (readonly string[])[] = [['chi', 'ngan'], ['chi', 'ngan'], ['thu', 'ngan']];
const policy = new AnswerPolicy(kb.facts, (fact, term) => terms[fact]?.includes(term) === true);

const scoredAt = (fact: number, coverage: number, eligible = true, evidence = 5): Scored => ({ fact, rank: coverage, coverage, evidence, eligible });
const scoring = (ranked: Scored[], subjects: string[] = []): Scoring => ({ ranked, subjects });
const ids = (matches: readonly { fact: { id: string } }[]): string[] => matches.map((m) => m.fact.id);

describe('AnswerPolicy', () => {
  it('answers with the best eligible fact at or above the threshold', () => {
    const answer = policy.answer('q', scoring([scoredAt(0, MIN_COVERAGE)]), 'vi');
    expect(answer.answered).toBe(true);
    expect(answer.best?.fact.id).toBe('a');
  });

  it('declines below the threshold, offering near facts but no best', () => {
    const answer = policy.answer('q', scoring([scoredAt(0, MIN_COVERAGE - 0.01), scoredAt(1, 0.1)]), 'vi');
    expect(answer.answered).toBe(false);
    expect(answer.best).toBeNull();
    expect(ids(answer.alternatives)).toEqual(['a']);
  });

  it('declines when the evidence is too thin, whatever the coverage', () => {
    expect(policy.answer('q', scoring([scoredAt(0, 1, true, 0.5)]), 'vi').answered).toBe(false);
  });

  it('skips a fact a rule ruled out and answers with the next eligible one', () => {
    const answer = policy.answer('q', scoring([scoredAt(0, 1, false), scoredAt(1, 0.9)]), 'vi');
    expect(answer.best?.fact.id).toBe('b');
  });

  it('offers close runners-up that hold every subject term the answer holds', () => {
    const answer = policy.answer('q', scoring([scoredAt(0, 1), scoredAt(1, 0.95), scoredAt(2, 0.95)], ['chi', 'ngan']), 'vi');
    expect(ids(answer.alternatives)).toEqual(['b']);
  });

  it('offers no runner-up far below the best', () => {
    expect(policy.answer('q', scoring([scoredAt(0, 1), scoredAt(1, 0.7)], ['chi']), 'vi').alternatives).toEqual([]);
  });

  it('scores a match between 0 and 1 and keeps the language it was given', () => {
    const answer = policy.answer('q', scoring([scoredAt(0, 1.5)]), 'en');
    expect(answer.best?.score).toBe(1);
    expect(answer.language).toBe('en');
  });

  it('suggests, for inline search, every fact above the suggestion floor, eligible or not', () => {
    expect(ids(policy.suggestions(scoring([scoredAt(0, 0.9, false), scoredAt(1, 0.5), scoredAt(2, 0.2)])))).toEqual(['a', 'b']);
  });

  it('explains the candidates with their coverage and eligibility', () => {
    const [first] = policy.candidates(scoring([scoredAt(2, 0.7, false)]));
    expect(first).toMatchObject({ coverage: 0.7, eligible: false, fact: { id: 'c' } });
  });
});
