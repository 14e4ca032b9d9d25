// Every report set's expected figures are the article's own words: an expect the article does
// not hold (a typo, a reworded article) would score a right answer wrong, silently.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { HOLDOUT2_DIR, HOLDOUT3_DIR, HOLDOUT_DIR, REPORTS_DIR, ROUTING_FILE } from './paths.js';
import { readReportSet, type ReportCase } from './report-set.js';
import { readRoutingCases } from './routing-set.js';

/** Whether `figure` occurs in `text` as whole words: not glued to a letter or digit, nor part of a longer number ("18,6%" of "118,6%", "43 vụ" of "41/43 vụ", "20" of "20/12"). */
function holdsWhole(text: string, figure: string): boolean {
  for (let i = text.indexOf(figure); i !== -1; i = text.indexOf(figure, i + 1)) {
    const before = text.slice(Math.max(0, i - 2), i);
    const after = text.slice(i + figure.length, i + figure.length + 2);
    if (!/[\p{L}\p{N}]$|\p{N}[.,/]$/u.test(before) && !/^[\p{L}\p{N}]|^[.,/]\p{N}/u.test(after)) return true;
  }
  return false;
}

/** The cases whose expect the article does not hold verbatim as whole words, as "report:line expect". */
function expectsNotInArticle(article: string, cases: readonly ReportCase[]): string[] {
  const text = article.normalize('NFC');
  return cases
    .filter((c) => c.expect !== null && !holdsWhole(text, c.expect.normalize('NFC')))
    .map((c) => `${c.report}:${c.line} ${JSON.stringify(c.expect)}`);
}

const asked = (expect: string | null, line = 1): ReportCase => ({ line, report: 'r', q: 'q', category: 'diacritics', expect });

describe('expectsNotInArticle', () => {
  const article = 'Thu ngân sách đạt 452 tỷ đồng, bằng 118,6% dự toán; vay 58 triệu đồng/hộ; làm rõ 41/43 vụ ngày 20/12.';

  it('passes figures the article writes, and absent questions', () => {
    expect(expectsNotInArticle(article, [asked('452 tỷ đồng'), asked('58 triệu đồng'), asked('41/43 vụ'), asked('20/12'), asked(null)])).toEqual([]);
  });

  it('names a figure written otherwise, one only inside a longer number, and one the article lacks', () => {
    expect(expectsNotInArticle(article, [asked('452 tỷ', 1), asked('452 ty dong', 2), asked('18,6%', 3), asked('43 vụ', 4), asked('9/1', 5), asked('20', 6)])).toEqual([
      'r:2 "452 ty dong"',
      'r:3 "18,6%"',
      'r:4 "43 vụ"',
      'r:5 "9/1"',
      'r:6 "20"',
    ]);
  });
});

describe.each([
  ['reports', REPORTS_DIR],
  ['holdout', HOLDOUT_DIR],
  ['holdout2', HOLDOUT2_DIR],
  ['holdout3', HOLDOUT3_DIR],
])('the %s set', (_name, dir) => {
  it('expects only figures its articles write', () => {
    const missing = readReportSet(dir).flatMap((r) => expectsNotInArticle(readFileSync(r.articleFile, 'utf8'), r.cases));
    expect(missing).toEqual([]);
  });
});

describe('the routing questions', () => {
  it('expect only figures the article of the report they name writes', () => {
    const missing = readRoutingCases(ROUTING_FILE).flatMap((c) => {
      if (!('figure' in c.expect)) return [];
      const article = readFileSync(join(REPORTS_DIR, c.expect.report, 'article.txt'), 'utf8');
      return expectsNotInArticle(article, [{ line: c.line, report: c.expect.report, q: c.q, category: 'routing', expect: c.expect.figure }]);
    });
    expect(missing).toEqual([]);
  });
});

describe.each([
  ['second', HOLDOUT2_DIR],
  ['third', HOLDOUT3_DIR],
])('the %s held-out set', (_name, dir) => {
  it('uses the first one’s categories, so the sets are compared category by category', () => {
    const categories = (d: string) => [...new Set(readReportSet(d).flatMap((r) => r.cases.map((c) => c.category)))].sort();
    expect(categories(dir)).toEqual(categories(HOLDOUT_DIR));
  });
});
