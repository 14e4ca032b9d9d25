// The genre reports' runner: judging by figure, with a fake answerer, so a wrong judge
// cannot make the gate in eval.test.ts pass or fail for the wrong reason.
import { describe, expect, it } from 'vitest';
import { EvalSetError } from './evaluate.js';
import { figureMatches, judgeReportCase, parseReportCases, scoreReportSet, type ReportCase } from './report-set.js';

const ask = (expect: string | null, category = 'diacritics'): ReportCase => ({ line: 1, report: 'r', q: 'q', category, expect });

describe('figureMatches', () => {
  it.each([
    ['452 tỷ đồng', '452 tỷ đồng'],
    ['452 tỷ', '452 tỷ đồng'],
    ['2.340 đối tượng', '2.340 đối tượng,'],
    ['Trịnh Văn Tâm', 'trinh van tam'],
  ])('takes %j for %j', (expected, got) => {
    expect(figureMatches(expected, got)).toBe(true);
  });

  it.each([
    ['12', '120 vụ'],
    ['41/43 vụ', '43 vụ'],
    ['99,12%', '99%'],
    ['2020-2025', '2020'],
  ])('does not take %j for %j', (expected, got) => {
    expect(figureMatches(expected, got)).toBe(false);
  });
});

describe('judgeReportCase', () => {
  it('wants the figure from the question’s own report, and a decline when the report is silent', () => {
    expect(judgeReportCase(ask('452 tỷ đồng'), { figure: '452 tỷ đồng', report: 'r' })).toBe(true);
    expect(judgeReportCase(ask('452 tỷ đồng'), { figure: '452 tỷ đồng', report: 'other' })).toBe(false);
    expect(judgeReportCase(ask('452 tỷ đồng'), null)).toBe(false);
    expect(judgeReportCase(ask(null), null)).toBe(true);
    expect(judgeReportCase(ask(null), { figure: '1', report: 'r' })).toBe(false);
  });

  it('takes a baseline’s sentence as right when it holds the figure', () => {
    expect(judgeReportCase(ask('118,6%'), { figure: '', report: 'r', text: 'Thu đạt 118,6% dự toán.' })).toBe(true);
    expect(judgeReportCase(ask('18,6%'), { figure: '', report: 'r', text: 'Thu đạt 118,6% dự toán.' })).toBe(false);
  });
});

describe('scoreReportSet', () => {
  it('tallies per category and overall', () => {
    const cases = [ask('1 vụ'), ask('2 vụ', 'english'), ask(null, 'off-topic')];
    const result = scoreReportSet(cases, (c) => (c.expect === '1 vụ' ? { figure: '1 vụ', report: 'r' } : null));
    expect(result.answerable).toEqual({ count: 2, correct: 1, rate: 0.5 });
    expect(result.declined).toEqual({ count: 1, correct: 1, rate: 1 });
    expect(result.categories.map((c) => [c.category, c.correct])).toEqual([['diacritics', 1], ['english', 0], ['off-topic', 1]]);
    expect(result.failures.map((f) => f.case.expect)).toEqual(['2 vụ']);
  });
});

describe('parseReportCases', () => {
  it('names the file and every bad line', () => {
    const text = ['{"q": "a", "category": "x", "expect": "1"}', 'nope', '{"q": "", "category": "x", "expect": null}', '{"q": "b", "category": "x", "expect": 3}'].join('\n');
    expect(() => parseReportCases(text, 'r', 'r/questions.jsonl')).toThrow(EvalSetError);
    expect(() => parseReportCases(text, 'r', 'r/questions.jsonl')).toThrow(/r\/questions\.jsonl:\nline 2: not valid JSON\nline 3: .*\nline 4: /);
  });
});
