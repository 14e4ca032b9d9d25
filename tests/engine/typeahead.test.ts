/** Search as you type (inline mode): half a question, its last word half typed. */
import { describe, expect, it } from 'vitest';
import { createMatcher, loadKnowledge } from '../../src/engine/index.js';
import { MAX_TYPEAHEAD_LENGTH, Typeahead } from '../../src/engine/match/typeahead.js';

const kb = loadKnowledge('knowledge');
const typeahead = new Typeahead(kb.facts);
const ids = (query: string, limit = 5): string[] => typeahead.search(query, limit).map((m) => m.fact.id);

describe('Typeahead', () => {
  it.each([
    ['chi ngân s', ['chi-ngan-sach-thanh-pho', 'chi-ngan-sach-quan']],
    ['chi ngan s', ['chi-ngan-sach-thanh-pho', 'chi-ngan-sach-quan']],
    ['thu ng', ['thu-ngan-sach']],
    ['Lê Th', ['tac-gia']],
    ['12,3', ['gia-tri-san-xuat']],
    ['revenu', ['thu-ngan-sach']],
  ])('puts what %j is the start of first', (query, expected) => {
    expect(ids(query).slice(0, expected.length).sort()).toEqual([...expected].sort());
  });

  it('reads đ as d, as people typing without marks do', () => {
    expect(ids('dai hoi chi b')[0]).toBe(ids('đại hội chi b')[0]);
  });

  it('offers nothing for what no fact is asked like', () => {
    expect(ids('xyzzy qwrt')).toEqual([]);
  });

  it('leaves whole questions, beyond what Bitap can hold, to the matcher', () => {
    const start = 'Thu ngân sách đạt bao nhiêu';
    const long = `${start} phần trăm dự toán giao năm 2022?`;
    expect(long.length).toBeGreaterThan(MAX_TYPEAHEAD_LENGTH);
    expect(typeahead.search(long, 5)).toHaveLength(0);
    // Its first words alone are found: the length, not the words, is why.
    expect(typeahead.search(start, 5).map((m) => m.fact.id)).toContain('thu-ngan-sach');
  });

  it('keeps to the limit', () => {
    expect(ids('ngân sách', 2)).toHaveLength(2);
  });
});

describe('matcher.search (inline)', () => {
  const matcher = createMatcher(kb);

  it('finds a half-typed question that whole words alone do not', () => {
    expect(matcher.search('chi ngân s', 5).map((m) => m.fact.id)).toContain('chi-ngan-sach-quan');
    expect(matcher.search('bí th', 5)[0]?.fact.id).toBe('bi-thu-quan-uy');
  });

  it('lists each fact once', () => {
    const found = matcher.search('chi ngân sách', 10).map((m) => m.fact.id);
    expect(new Set(found).size).toBe(found.length);
  });
});
