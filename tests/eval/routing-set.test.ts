// The routing tally, with a fake matcher: a wrong tally cannot flatter the routing figures.
import { describe, expect, it } from 'vitest';
import type { Answer, Matcher } from '../../src/engine/index.js';
import type { Fact } from '../../src/engine/knowledge/types.js';
import { parseRoutingCases, scoreRouting } from './routing-set.js';

const lines = [
  '{"q": "thu A", "expect": {"report": "a", "figure": "5 vụ"}}',
  '{"q": "thu A khac", "expect": {"report": "a", "figure": "5 vụ"}}',
  '{"q": "thu B", "expect": {"report": "b", "figure": "7%"}}',
  '{"q": "thu", "expect": {"clarify": ["a", "b"]}}',
  '{"q": "chi", "expect": {"clarify": ["a", "b"]}}',
].join('\n');

/** Answers from a table: a fact's report and figure, a list of reports to ask back about, or a decline. */
function fakeMatcher(table: Record<string, { report: string; figure: string } | string[] | null>): Matcher {
  const ask = (question: string): Answer => {
    const said = table[question] ?? null;
    const base = { question, alternatives: [], language: 'vi' as const };
    if (said === null) return { ...base, answered: false, best: null };
    if (Array.isArray(said)) return { ...base, answered: false, best: null, clarify: { reports: said } };
    return { ...base, answered: true, best: { fact: said as unknown as Fact, score: 1 } };
  };
  return { ask, explain: () => ({ answer: ask(''), threshold: 0, words: [], candidates: [] }), search: () => [] };
}

describe('routing set', () => {
  it('tallies where each answer came from', () => {
    const tally = scoreRouting(
      parseRoutingCases(lines, 'routing.jsonl'),
      fakeMatcher({
        'thu A': { report: 'a', figure: '5 vụ' },
        'thu A khac': { report: 'a', figure: '9 vụ' },
        'thu B': { report: 'a', figure: '7%' },
        thu: ['b', 'a'],
        chi: { report: 'a', figure: '1' },
      }),
    );
    expect([...tally.named]).toEqual([['right figure', 1], ['right report', 1], ['wrong report', 1]]);
    expect([...tally.unnamed]).toEqual([['asked back', 1], ['wrong report', 1]]);
    expect(tally.misses.map((m) => m.case.line)).toEqual([2, 3, 5]);
  });

  it('tells asking back about the wrong reports from the right ones', () => {
    const tally = scoreRouting(parseRoutingCases(lines, 'routing.jsonl'), fakeMatcher({ thu: ['a', 'c'], chi: null }));
    expect(tally.unnamed.get('asked back, other reports')).toBe(1);
    expect(tally.unnamed.get('declined')).toBe(1);
    expect(tally.named.get('declined')).toBe(3);
  });

  it('names the file and line of a malformed question', () => {
    expect(() => parseRoutingCases('{"q": "x", "expect": {"clarify": ["a"]}}', 'routing.jsonl')).toThrow('routing.jsonl line 1');
    expect(() => parseRoutingCases('\n{oops', 'routing.jsonl')).toThrow('routing.jsonl line 2: is not valid JSON');
  });
});
