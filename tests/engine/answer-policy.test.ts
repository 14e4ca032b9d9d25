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
    const answer = policy.answer('q', scoring([scoredAt(0, MIN_COVERAGE)]), 'vi', true);
    expect(answer.answered).toBe(true);
    expect(answer.best?.fact.id).toBe('a');
  });

  it('declines below the threshold, offering near facts but no best', () => {
    const answer = policy.answer('q', scoring([scoredAt(0, MIN_COVERAGE - 0.01), scoredAt(1, 0.1)]), 'vi', true);
    expect(answer.answered).toBe(false);
    expect(answer.best).toBeNull();
    expect(ids(answer.alternatives)).toEqual(['a']);
  });

  it('declines when the evidence is too thin, whatever the coverage', () => {
    expect(policy.answer('q', scoring([scoredAt(0, 1, true, 0.5)]), 'vi', true).answered).toBe(false);
  });

  it('skips a fact a rule ruled out and answers with the next eligible one', () => {
    const answer = policy.answer('q', scoring([scoredAt(0, 1, false), scoredAt(1, 0.9)]), 'vi', true);
    expect(answer.best?.fact.id).toBe('b');
  });

  it('offers close runners-up that hold every subject term the answer holds', () => {
    const answer = policy.answer('q', scoring([scoredAt(0, 1), scoredAt(1, 0.95), scoredAt(2, 0.95)], ['chi', 'ngan']), 'vi', true);
    expect(ids(answer.alternatives)).toEqual(['b']);
  });

  it('offers no runner-up far below the best', () => {
    expect(policy.answer('q', scoring([scoredAt(0, 1), scoredAt(1, 0.7)], ['chi']), 'vi', true).alternatives).toEqual([]);
  });

  it('scores a match between 0 and 1 and keeps the language it was given', () => {
    const answer = policy.answer('q', scoring([scoredAt(0, 1.5)]), 'en', true);
    expect(answer.best?.score).toBe(1);
    expect(answer.language).toBe('en');
  });

  it('answers a question as before whatever facts share its words: only an input that asks nothing is judged on them', () => {
    const answer = policy.answer('q', scoring([scoredAt(0, 1), scoredAt(1, 0.5)], ['ngan']), 'vi', true);
    expect(answer.best?.fact.id).toBe('a');
    expect(answer.broad).toBeUndefined();
  });

  it('suggests, for inline search, every fact above the suggestion floor, eligible or not', () => {
    expect(ids(policy.suggestions(scoring([scoredAt(0, 0.9, false), scoredAt(1, 0.5), scoredAt(2, 0.2)])))).toEqual(['a', 'b']);
  });

  it('explains the candidates with their coverage and eligibility', () => {
    const [first] = policy.candidates(scoring([scoredAt(2, 0.7, false)]));
    expect(first).toMatchObject({ coverage: 0.7, eligible: false, fact: { id: 'c' } });
  });
});

/**
 * Inputs that ask nothing (no question word, no number): a topic of one or two terms. The
 * facts: two figures of one spending sentence, revenue, and a fact holding the same two
 * syllables but not as the pair the others hold ("ngân … sách" apart).
 */
describe('AnswerPolicy, for a bare topic', () => {
  const topic = smallKnowledge([
    { id: 'chi-tp', figure: '102%', sentence: 'Chi ngân sách đạt 102% dự toán thành phố, 97% dự toán quận.' },
    { id: 'chi-quan', figure: '97%', sentence: 'Chi ngân sách đạt 102% dự toán thành phố, 97% dự toán quận.' },
    { id: 'thu', figure: '211%', sentence: 'Thu ngân sách đạt 211%.' },
    { id: 'apart', figure: '5', sentence: 'Ngân hàng có 5 cuốn sách.' },
  ]);
  const held: readonly (readonly string[])[] = [
    ['chi', 'ngan', 'sach', 'ngan sach'],
    ['chi', 'ngan', 'sach', 'ngan sach'],
    ['thu', 'ngan', 'sach', 'ngan sach'],
    ['ngan', 'sach'],
  ];
  const bare = new AnswerPolicy(topic.facts, (fact, term) => held[fact]?.includes(term) === true);
  const asked = (ranked: Scored[], subjects: string[]) => bare.answer('q', scoring(ranked, subjects), 'vi', false);

  it('asks which figure is meant when facts of different sentences all hold it, offering them best first', () => {
    const answer = asked([scoredAt(2, 1), scoredAt(0, 1), scoredAt(1, 1)], ['ngan', 'sach']);
    expect(answer.answered).toBe(false);
    expect(answer.best).toBeNull();
    expect(answer.broad).toBe(true);
    expect(ids(answer.alternatives)).toEqual(['thu', 'chi-tp', 'chi-quan']);
  });

  it('asks however far below the first the others rank: ranking among them is no reading of the person', () => {
    const answer = asked([scoredAt(2, 1), scoredAt(0, 0.45)], ['ngan', 'sach']);
    expect(answer.broad).toBe(true);
    expect(ids(answer.alternatives)).toEqual(['thu', 'chi-tp']);
  });

  it('answers when no other fact above the suggestion floor holds it', () => {
    expect(asked([scoredAt(2, 1), scoredAt(0, 0.39)], ['ngan', 'sach']).best?.fact.id).toBe('thu');
    expect(asked([scoredAt(2, 1), scoredAt(0, 0.9)], ['thu']).best?.fact.id).toBe('thu');
  });

  it('answers when the others are figures of the answer’s own sentence, which the answer shows', () => {
    const answer = asked([scoredAt(0, 1), scoredAt(1, 1)], ['chi', 'ngan']);
    expect(answer.best?.fact.id).toBe('chi-tp');
    expect(ids(answer.alternatives)).toEqual(['chi-quan']);
  });

  it('does not count a fact that holds the words but not the pair the answer holds', () => {
    expect(asked([scoredAt(0, 1), scoredAt(3, 0.8)], ['ngan', 'sach']).best?.fact.id).toBe('chi-tp');
  });

  it('answers an input of more than two terms as a question typed tersely', () => {
    expect(asked([scoredAt(2, 1), scoredAt(0, 0.9)], ['ngan', 'sach', 'nam']).best?.fact.id).toBe('thu');
  });

  it('ignores a fact a rule ruled out', () => {
    expect(asked([scoredAt(2, 1), scoredAt(0, 1, false)], ['ngan', 'sach']).best?.fact.id).toBe('thu');
  });
});
