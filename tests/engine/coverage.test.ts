/**
 * The knowledge base covers the whole report: every number the article prints is the
 * figure (or part of the figure) of some fact, so no number in the report goes unanswered.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/engine/index.js';

const kb = loadKnowledge('knowledge');

/** Numbers as printed: "12,37", "1.195", "439/439"; a range "2020-2025" gives its two ends. */
const NUMBER = /\d+(?:[.,]\d+)*(?:\/\d+)?/g;
const numbersIn = (text: string): string[] => text.match(NUMBER) ?? [];

describe.each(kb.reports.map((r) => [r.id, r] as const))('report %s', (_, report) => {
  const figures = new Set(report.facts.flatMap((f) => numbersIn(f.figure)));

  it('has every number of the article inside some fact figure, digit for digit', () => {
    const numbers = new Set(numbersIn(report.article));
    expect(numbers.size).toBeGreaterThan(0);
    const missing = [...numbers].filter((n) => !figures.has(n));
    expect(missing).toEqual([]);
  });
  // Sentences in the article, figures in sentences, topics and question lists are
  // checked by loadKnowledge itself; knowledge-validation.test.ts proves each check.
});

describe('the Bắc Từ Liêm report', () => {
  const report = kb.report('bac-tu-liem-2022');
  const figureOf = (id: string): string | undefined => report?.facts.find((f) => f.id === id)?.figure;

  it('answers the figures the issue names with the report’s own spelling', () => {
    const figures = report?.facts.map((f) => f.figure).join(' | ') ?? '';
    for (const figure of ['211%', '13/12', 'lần thứ 22', '2020-2025', '1.195', '1.012', '439/439', '100%', '12,37%', '0,36%', '102%', '97,4%', 'lần thứ 31', 'lần thứ II', 'Lê Thắm', 'Vũ Hà', 'Covid-19']) {
      expect(figures).toContain(figure);
    }
    expect(figureOf('thu-ngan-sach')).toBe('211%');
    expect(figureOf('chi-ngan-sach-thanh-pho')).toBe('102%');
    expect(figureOf('chi-ngan-sach-quan')).toBe('97,4%');
    expect(figureOf('chu-de-2023')).toBe('Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển');
  });
});
