/** Scoring facts: coverage, word pairs, numbers, and the rules that rule a fact out. */
import { describe, expect, it } from 'vitest';
import { buildFactIndex } from '../../src/engine/match/fact-index.js';
import { FactScorer } from '../../src/engine/match/fact-scorer.js';
import { WordResolver } from '../../src/engine/match/word-resolver.js';
import { smallKnowledge } from './small-report.js';

const kb = smallKnowledge([
  { id: 'thu', figure: '120%', sentence: 'Thu ngân sách đạt 120% dự toán.', keywords: ['thu ngân sách'], questions: { vi: ['Thu ngân sách đạt bao nhiêu?'], en: [] } },
  { id: 'chi', figure: '95%', sentence: 'Chi ngân sách đạt 95% dự toán.', keywords: ['chi ngân sách'], questions: { vi: ['Chi ngân sách đạt bao nhiêu?'], en: [] } },
  { id: 'ngay', figure: '20/12', sentence: 'Hội nghị diễn ra ngày 20/12.', questions: { vi: ['Hội nghị diễn ra ngày nào?'], en: [] } },
  { id: 'xa', figure: '12 xã', sentence: 'Có 12 xã đạt chuẩn nông thôn mới.', questions: { vi: ['Bao nhiêu xã đạt chuẩn nông thôn mới?'], en: [] } },
]);
const index = buildFactIndex(kb);
const resolver = new WordResolver(index);
const scorer = new FactScorer(index);

function scored(question: string) {
  const { ranked } = scorer.score(resolver.read(question));
  return new Map(ranked.map((s) => [kb.facts[s.fact]?.id ?? '?', s]));
}

describe('FactScorer', () => {
  it('ranks the fact whose word pairs the question has above one sharing only its words', () => {
    const s = scored('thu ngân sách');
    expect(s.get('thu')?.coverage).toBeGreaterThan(s.get('chi')?.coverage ?? 0);
    expect(s.get('thu')?.coverage).toBeCloseTo(1, 5);
  });

  it('lowers coverage for words the report does not know', () => {
    const known = scored('thu ngân sách').get('thu')?.coverage ?? 0;
    const withUnknown = scored('thu ngân sách bitcoin').get('thu')?.coverage ?? 0;
    expect(withUnknown).toBeLessThan(known);
    expect(withUnknown).toBeGreaterThan(0);
  });

  it('rules out a fact that lacks a number of the question, and keeps one that holds it', () => {
    expect(scored('thu ngân sách 120%').get('thu')?.eligible).toBe(true);
    expect(scored('thu ngân sách 130%').get('thu')?.eligible).toBe(false);
  });

  it('rules out a fact never asked the kind of question asked', () => {
    expect(scored('hội nghị diễn ra ngày nào').get('ngay')?.eligible).toBe(true);
    expect(scored('hội nghị diễn ra ở đâu').get('ngay')?.eligible).toBe(false);
  });

  it('rules out a "how many" of a thing the fact never names', () => {
    expect(scored('bao nhiêu xã đạt chuẩn').get('xa')?.eligible).toBe(true);
    expect(scored('bao nhiêu huyện đạt chuẩn').get('xa')?.eligible).toBe(false);
  });

  it('gives the question’s subject terms in order, for judging alternatives', () => {
    expect(scorer.score(resolver.read('chi ngân sách đạt bao nhiêu')).subjects).toEqual(['chi', 'ngan', 'sach', 'dat']);
  });

  it('scores one question the same however many times it is asked (tallies are reset)', () => {
    const first = scored('thu ngân sách 120%').get('thu');
    scored('chi ngân sách 95% dự toán hội nghị');
    expect(scored('thu ngân sách 120%').get('thu')).toEqual(first);
  });
});
