// The runner's own logic, with a fake matcher: a wrong parser or scorer would
// make the gate in eval.test.ts pass or fail for the wrong reason.
import { describe, expect, it } from 'vitest';
import type { Answer, Matcher } from '../../src/engine/answer.js';
import type { Fact } from '../../src/engine/knowledge/types.js';
import { CATEGORIES, type EvalCase, EvalSetError, evaluate, parseCases } from './evaluate.js';
import { formatReport } from './format.js';
import { checkSet } from './set-rules.js';

function fact(id: string, figure: string): Fact {
  return {
    id,
    report: 'r',
    topic: 't',
    figure,
    sentence: `${figure}.`,
    questions: { vi: [id], en: [id] },
    keywords: [],
  };
}

const THU = fact('thu', '211%');
const CHI = fact('chi', '102%');

/** Answers from a fixed table: question → [answered, best fact]. */
function fakeMatcher(table: Record<string, [boolean, Fact | null]>): Matcher {
  return {
    ask(question: string): Answer {
      const [answered, best] = table[question] ?? [false, null];
      return {
        question,
        answered,
        best: best ? { fact: best, score: 0.9 } : null,
        alternatives: [],
        language: 'vi',
      };
    },
    explain: () => {
      throw new Error('the evaluation never asks why');
    },
    search: () => [],
  };
}

describe('parseCases', () => {
  it('reads valid lines and skips blank ones, keeping line numbers', () => {
    const text = [
      '{"q":"thu ngân sách","category":"diacritics","expect":["thu"]}',
      '',
      '{"q":"hi","category":"off-topic","expect":null}',
    ].join('\n');
    expect(parseCases(text)).toEqual([
      { line: 1, q: 'thu ngân sách', category: 'diacritics', expect: ['thu'] },
      { line: 3, q: 'hi', category: 'off-topic', expect: null },
    ]);
  });

  it.each([
    ['{"q":"x","category":"diacritics"', 'not valid JSON'],
    ['["x"]', 'not a JSON object'],
    ['{"q":"","category":"diacritics","expect":null}', '"q"'],
    ['{"q":"x","category":"weird","expect":null}', '"category"'],
    ['{"q":"x","category":"diacritics","expect":[]}', '"expect"'],
    ['{"q":"x","category":"diacritics","expect":"thu"}', '"expect"'],
    ['{"q":"x","category":"diacritics","expect":["thu","thu"]}', 'twice'],
    ['{"q":"x","category":"diacritics","expect":null,"note":1}', 'unknown field(s) note'],
  ])('rejects %s naming its line', (bad, reason) => {
    const text = `{"q":"ok","category":"figure","expect":["thu"]}\n${bad}`;
    expect(() => parseCases(text)).toThrow(EvalSetError);
    expect(() => parseCases(text)).toThrow(`line 2: `);
    expect(() => parseCases(text)).toThrow(reason);
  });
});

describe('evaluate', () => {
  const cases: EvalCase[] = [
    { line: 1, q: 'right', category: 'diacritics', expect: ['thu'] },
    { line: 2, q: 'either', category: 'diacritics', expect: ['thu', 'chi'] },
    { line: 3, q: 'wrong fact', category: 'english', expect: ['thu'] },
    { line: 4, q: 'declined but answerable', category: 'english', expect: ['chi'] },
    { line: 5, q: 'declined', category: 'off-topic', expect: null },
    { line: 6, q: 'guessed', category: 'off-topic', expect: null },
    { line: 7, q: 'declined with a nearest fact', category: 'not-in-report', expect: null },
  ];
  const matcher = fakeMatcher({
    right: [true, THU],
    either: [true, CHI],
    'wrong fact': [true, CHI],
    'declined but answerable': [false, CHI],
    guessed: [true, THU],
    'declined with a nearest fact': [false, THU],
  });
  const report = evaluate(cases, matcher);

  it('counts an answer right only when answered with an expected fact', () => {
    expect(report.answerable).toEqual({ count: 4, correct: 2, rate: 0.5 });
  });

  it('counts a decline only when answered is false', () => {
    expect(report.declined).toEqual({ count: 3, correct: 2, rate: 2 / 3 });
  });

  it('scores every category, empty ones at 0', () => {
    expect(report.categories.map((c) => c.category)).toEqual([...CATEGORIES]);
    const byName = new Map(report.categories.map((c) => [c.category, c]));
    expect(byName.get('diacritics')).toMatchObject({ count: 2, correct: 2, rate: 1 });
    expect(byName.get('english')).toMatchObject({ count: 2, correct: 0, rate: 0 });
    expect(byName.get('off-topic')).toMatchObject({ count: 2, correct: 1 });
    expect(byName.get('figure')).toMatchObject({ count: 0, rate: 0 });
  });

  it('lists failures with what was expected and what came back', () => {
    expect(report.failures.map((f) => [f.case.line, f.got?.id ?? null, f.answered])).toEqual([
      [3, 'chi', true],
      [4, 'chi', false],
      [6, 'thu', true],
    ]);
    const text = formatReport(report, 1);
    expect(text).toContain('answerable accuracy: 2/4 = 50.0%');
    expect(text).toContain('line 3 [english] "wrong fact"');
    expect(text).toContain('expected thu; got answered chi «102%»');
    expect(text).toContain('… and 2 more');
  });
});

describe('checkSet', () => {
  it('reports every rule the set breaks', () => {
    const cases: EvalCase[] = [
      { line: 1, q: 'a', category: 'diacritics', expect: ['thu'] },
      { line: 2, q: 'a', category: 'diacritics', expect: ['ghost'] },
    ];
    const problems = checkSet(cases, ['thu', 'chi']).join('\n');
    expect(problems).toContain('2 questions, need at least 280');
    expect(problems).toContain('0/2 unanswerable');
    expect(problems).toContain('category english: 0 questions');
    expect(problems).toContain('line 2: expects unknown fact id ghost');
    expect(problems).toContain('fact thu: expected by 1 questions');
    expect(problems).toContain('fact chi: expected by 0 questions');
    expect(problems).toContain('line 2: repeats the question of line 1');
  });
});

