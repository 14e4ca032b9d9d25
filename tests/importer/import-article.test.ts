/** Whole articles in, report folders that load with no hand edits out. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/engine/index.js';
import { MAX_FACT_ID } from '../../src/engine/knowledge/validate.js';
import { importArticle } from '../../src/importer/import-article.js';
import { existingReport, importIntoKnowledge, saveImportedReport } from '../../src/importer/save-import.js';
import { FIXTURES, tempKnowledge } from './import-helpers.js';

const SEED = readFileSync(join('knowledge', 'bac-tu-liem-2022', 'article.txt'));

describe('importing the seed article', () => {
  it('loads and holds one fact for every figure of the article', () => {
    const dir = tempKnowledge();
    importIntoKnowledge({ knowledgeDir: dir, id: 'btl-import', content: SEED, fileName: 'article.txt', force: false });
    const kb = loadKnowledge(dir);
    const figures = kb.facts.map((f) => f.figure);
    for (const figure of ['211%', '12,37%', '0,36%', '102%', '97,4%', '1.195 trường hợp', '1.012 trường hợp', '439/439 chi bộ', '100%', '13/12', 'lần thứ 22', '2020-2025', 'lần thứ 31', 'lần thứ II', 'Vũ Hà']) {
      expect(figures).toContain(figure);
    }
    expect(figures).toContain('Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển');
    expect(figures.filter((f) => f === 'lần thứ II')).toHaveLength(2);
    expect(figures.filter((f) => f === '211%')).toHaveLength(1);
    // No number that is a name (Covid-19) and no fact for the report's own years.
    expect(figures.some((f) => /19$|^2022$|^2023$/.test(f))).toBe(false);
    const report = kb.reports[0];
    expect(report).toMatchObject({ title: 'Quận Bắc Từ Liêm: Thu ngân sách đạt 211% dự toán', author: 'Lê Thắm', eventDate: '2022-12-13', language: 'vi' });
    expect(report?.subject).toEqual(expect.arrayContaining(['Bắc Từ Liêm', 'BTL']));
    expect(kb.fact('btl-import', report?.headline[0] ?? '')?.figure).toBe('211%');
  });

  it('gives every fact a kind, a context holding its figure, a used topic and a short unique id', () => {
    const { report } = importArticle({ content: SEED, id: 'btl' });
    const topics = new Set(report.facts.map((f) => f.topic));
    expect(report.topics.map((t) => t.id).sort()).toEqual([...topics].sort());
    expect(new Set(report.facts.map((f) => f.id)).size).toBe(report.facts.length);
    for (const fact of report.facts) {
      expect(fact.id.length).toBeLessThanOrEqual(MAX_FACT_ID);
      expect(fact.context).toContain(fact.figure);
      expect(fact.kind).toBeDefined();
      expect(fact.questions).toEqual({ vi: [], en: [] });
    }
    const byFigure = (figure: string) => report.facts.find((f) => f.figure === figure);
    expect(byFigure('211%')?.topic).toBe('ngan-sach');
    expect(byFigure('13/12')).toMatchObject({ kind: 'date', topic: 'hoi-nghi' });
    expect(byFigure('439/439 chi bộ')?.kind).toBe('ratio');
    expect(byFigure('97,4%')?.context).toBe('97,4% dự toán quận giao');
  });

  it('is stable: the same article gives the same files', () => {
    const today = new Date('2026-01-01T00:00:00Z');
    expect(importArticle({ content: SEED, id: 'btl', today }).files).toEqual(importArticle({ content: SEED, id: 'btl', today }).files);
  });

  it('keeps the article as given, in NFC with one kind of line ending', () => {
    const decomposed = 'Thu ngân sách đạt 452 tỷ đồng\r\n\r\nHuyện thu 452 tỷ đồng.\r\n'.normalize('NFD');
    const { files, report } = importArticle({ content: Buffer.from(decomposed), id: 'nfc' });
    expect(files.article).toBe('Thu ngân sách đạt 452 tỷ đồng\n\nHuyện thu 452 tỷ đồng.\n');
    expect(report.facts[0]?.figure).toBe('452 tỷ đồng');
  });
});

describe('a province report with figures in every format', () => {
  const { report } = importArticle({ content: readFileSync(join(FIXTURES, 'province-year-end.txt')), id: 'thai-binh-2024' });
  const fact = (figure: string) => report.facts.filter((f) => f.figure === figure);

  it('finds each figure once, with its own context', () => {
    expect(fact('512 vụ')[0]?.context).toBe('Về an ninh trật tự, toàn tỉnh xảy ra 512 vụ phạm pháp hình sự');
    expect(fact('37 vụ')[0]?.context).toBe('giảm 37 vụ so với cùng kỳ');
    expect(fact('452 tỷ đồng')).toHaveLength(1);
    for (const figure of ['118,6%', '1,8 tỷ USD', '41/43 vụ', '2.340 đối tượng', 'lần thứ 27', 'khóa XX', '20/12', '9/1', '2020-2025']) expect(fact(figure)).toHaveLength(1);
    expect(fact('Nguyễn Văn An').length).toBeGreaterThanOrEqual(1);
    expect(fact('Kỷ cương, đột phá, về đích')[0]?.kind).toBe('name');
  });

  it('fills report.json from the text', () => {
    expect(report).toMatchObject({ author: 'Minh Châu', source: '', eventDate: '2024-12-20', language: 'vi' });
    expect(report.subject).toEqual(expect.arrayContaining(['Thái Bình']));
    expect(report.facts.find((f) => f.id === report.headline[0])?.figure).toBe('452 tỷ đồng');
    expect(report.headline.length).toBeLessThanOrEqual(6);
    expect(report.topics.map((t) => t.id)).toEqual(expect.arrayContaining(['ngan-sach', 'an-ninh-trat-tu', 'giao-thong', 'hoi-nghi']));
  });

  it('detects English, or takes --language', () => {
    const english = 'District revenue hits VND 452 billion\n\nThe district collected VND 452 billion, up 12.5 percent on the year.';
    expect(importArticle({ content: english, id: 'en' }).report.language).toBe('en');
    expect(importArticle({ content: english, id: 'en', language: 'vi' }).report.language).toBe('vi');
  });
});

describe('a saved web page', () => {
  const page = readFileSync(join(FIXTURES, 'district-page.html'));
  const { files, report } = importArticle({ content: page, fileName: 'district-page.html', id: 'cam-giang-2024' });

  it('takes the article body and drops menus, ads, related links, comments and footer', () => {
    expect(files.article.split('\n')[0]).toBe('Huyện Cẩm Giàng: giải ngân vốn đầu tư công đạt 97%');
    expect(files.article).toContain('Bí thư Huyện ủy Cẩm Giàng Trần Văn Hùng phát biểu tại hội nghị.');
    for (const noise of ['Trang chủ', 'Quảng cáo', '0912', 'Tin liên quan', '800 tỷ', 'Bình luận', 'Độc giả', '©']) expect(files.article).not.toContain(noise);
    // Readability's textContent runs blocks together; each block is its own paragraph here.
    expect(files.article).toContain('Năm qua, huyện giải ngân 315 tỷ đồng vốn đầu tư công, đạt 97% kế hoạch vốn được giao.\n\nGiá trị');
  });

  it('reads title, author and site from the page', () => {
    expect(report).toMatchObject({ title: 'Huyện Cẩm Giàng: giải ngân vốn đầu tư công đạt 97%', author: 'Hoàng Lan', source: 'Báo Tin Tỉnh', eventDate: '2024-12-26' });
    expect(report.subject).toEqual(expect.arrayContaining(['Cẩm Giàng']));
    expect(report.facts.map((f) => f.figure)).toEqual(expect.arrayContaining(['315 tỷ đồng', '97%', '11,2%', '14/17 xã', '2.800 lao động', 'Trần Văn Hùng', '26/12']));
  });

  it('reads an old-style page: a <div> headline, paragraphs split by <br>, the author last', () => {
    const old = importArticle({ content: readFileSync(join(FIXTURES, 'old-style-page.html')), fileName: 'old-style-page.html', id: 'x' });
    expect(old.files.article).toMatch(/^Huyện A: thu ngân sách 500 tỷ đồng\n\nNgày 15\/12, UBND huyện A tổ chức hội nghị tổng kết năm 2024\.\n\nThu ngân sách/);
    expect(old.files.article).not.toMatch(/Home|Copyright/);
    expect(old.report).toMatchObject({ title: 'Huyện A: thu ngân sách 500 tỷ đồng', author: 'Nguyễn Văn C' });
    expect(old.report.facts.find((f) => f.figure === '500 tỷ đồng')?.sentence).toBe('Thu ngân sách đạt 500 tỷ đồng, bằng 120% dự toán.');
  });

  it('sniffs HTML whatever the file is called', () => {
    expect(importArticle({ content: page, fileName: 'stdin', id: 'x' }).files.article).toBe(files.article);
  });
});

describe('the programmatic API (the console’s flow)', () => {
  it('previews an import without touching the disk, then saves it', () => {
    const dir = tempKnowledge();
    expect(existingReport(dir, 'btl')).toEqual({ exists: false });
    const preview = importArticle({ content: SEED, id: 'btl' });
    expect(() => loadKnowledge(dir)).toThrow(/holds no report folder/);
    const saved = saveImportedReport(dir, preview, { replace: false });
    expect(saved.facts).toHaveLength(preview.report.facts.length);
    const previous = existingReport(dir, 'btl').files;
    expect(previous).toBeDefined();
    const again = importArticle({ content: SEED, id: 'btl', ...(previous === undefined ? {} : { previous }) });
    expect(again.changes).toEqual({ added: [], dropped: [], changed: [] });
  });
});
