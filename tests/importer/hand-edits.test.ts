/** Re-importing an edited article keeps the editors' work on facts that still stand. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge, readReportFiles } from '../../src/engine/index.js';
import { importIntoKnowledge } from '../../src/importer/save-import.js';
import { FIXTURES, tempKnowledge } from './import-helpers.js';

const ARTICLE = readFileSync(join(FIXTURES, 'province-year-end.txt'), 'utf8');
const ID = 'thai-binh-2024';

interface StoredFact {
  id: string;
  figure: string;
  topic: string;
  questions: { vi: string[]; en: string[] };
  keywords: string[];
  gloss?: string;
}

function editFacts(dir: string, edit: (facts: StoredFact[]) => void): void {
  const folder = join(dir, ID);
  const files = readReportFiles(folder);
  const facts = JSON.parse(files.facts) as StoredFact[];
  edit(facts);
  // Written as an editor would, straight into the file; the re-import must read it back.
  writeFileSync(join(folder, 'facts.json'), JSON.stringify(facts, null, 2));
}

describe('re-import', () => {
  it('keeps questions, keywords, gloss and a hand-changed topic, and reports what changed', () => {
    const dir = tempKnowledge();
    importIntoKnowledge({ knowledgeDir: dir, id: ID, content: ARTICLE, fileName: 'a.txt', force: false });
    let revenueId = '';
    let crimeId = '';
    editFacts(dir, (facts) => {
      const revenue = facts.find((f) => f.figure === '452 tỷ đồng');
      const crime = facts.find((f) => f.figure === '512 vụ');
      if (!revenue || !crime) throw new Error('the fixture has these figures');
      revenueId = revenue.id;
      crimeId = crime.id;
      revenue.questions.vi.push('Thu ngân sách được bao nhiêu?');
      revenue.keywords.push('tổng thu');
      revenue.gloss = 'Budget revenue reached VND 452 billion.';
      crime.topic = 'ngan-sach';
    });
    const edited = ARTICLE.replace('tăng 8,5% so với cùng kỳ', 'tăng 9% so với cùng kỳ')
      .replace('Theo báo cáo, tổng thu', 'Theo báo cáo của Sở Tài chính, tổng thu')
      .replace('Kim ngạch xuất khẩu đạt 1,8 tỷ USD.', 'Kim ngạch xuất khẩu đạt 1,8 tỷ USD. Thu hút 12 dự án FDI.')
      .replace(' Kỳ họp thứ 9 HĐND tỉnh sẽ khai mạc ngày 9/1.', '');
    const saved = importIntoKnowledge({ knowledgeDir: dir, id: ID, content: edited, fileName: 'a.txt', force: true });
    const facts = loadKnowledge(dir).facts;
    const revenue = facts.find((f) => f.id === revenueId);
    expect(revenue).toMatchObject({ figure: '452 tỷ đồng', keywords: ['tổng thu'], gloss: 'Budget revenue reached VND 452 billion.' });
    expect(revenue?.questions.vi).toEqual(['Thu ngân sách được bao nhiêu?']);
    expect(revenue?.sentence).toContain('Sở Tài chính');
    expect(facts.find((f) => f.id === crimeId)?.topic).toBe('ngan-sach');
    // The body now named as the report's source is a fact of its own.
    expect(saved.changes.added.map((c) => c.figure)).toEqual(['Sở Tài chính', '12 dự án']);
    expect(saved.changes.dropped.map((c) => c.figure).sort()).toEqual(['9/1', 'Kỳ họp thứ 9']);
    const changed = Object.fromEntries(saved.changes.changed.map((c) => [c.figure, c.what]));
    expect(changed['9%']).toBe('figure 8,5% → 9%, sentence, context');
    expect(changed['452 tỷ đồng']).toContain('sentence');
    expect(saved.changes.changed.find((c) => c.id === revenueId)?.handEdited).toBe(true);
  });

  it('keeps a hand-made fact whose sentence still stands', () => {
    const dir = tempKnowledge();
    importIntoKnowledge({ knowledgeDir: dir, id: ID, content: ARTICLE, fileName: 'a.txt', force: false });
    editFacts(dir, (facts) => {
      const first = facts[0];
      if (!first) throw new Error('facts');
      facts.push({ ...first, id: 'hand-made', figure: 'Ban Chấp hành Đảng bộ tỉnh Thái Bình', questions: { vi: ['Ai tổ chức hội nghị?'], en: [] } });
    });
    const saved = importIntoKnowledge({ knowledgeDir: dir, id: ID, content: ARTICLE, fileName: 'a.txt', force: true });
    expect(loadKnowledge(dir).fact(ID, 'hand-made')?.questions.vi).toEqual(['Ai tổ chức hội nghị?']);
    expect(saved.changes).toMatchObject({ added: [], dropped: [], changed: [] });
  });

  it('re-imports over a broken report without its edits, and says so', () => {
    const dir = tempKnowledge();
    importIntoKnowledge({ knowledgeDir: dir, id: ID, content: ARTICLE, fileName: 'a.txt', force: false });
    writeFileSync(join(dir, ID, 'facts.json'), '[{"id": "broken"');
    const saved = importIntoKnowledge({ knowledgeDir: dir, id: ID, content: ARTICLE, fileName: 'a.txt', force: true });
    expect(saved.warnings.join(' ')).toMatch(/no hand edits were kept.*facts\.json/);
    expect(loadKnowledge(dir).facts.length).toBeGreaterThan(10);
  });
});

describe('re-importing a hand-made report', () => {
  it('keeps every hand fact of the seed, its subject and source, and adds only figures it lacked', () => {
    const dir = tempKnowledge();
    cpSync(join('knowledge', 'bac-tu-liem-2022'), join(dir, 'bac-tu-liem-2022'), { recursive: true });
    const seed = loadKnowledge(dir).reports[0];
    const saved = importIntoKnowledge({ knowledgeDir: dir, id: 'bac-tu-liem-2022', content: readFileSync(join(dir, 'bac-tu-liem-2022', 'article.txt')), fileName: 'article.txt', force: true });
    const after = loadKnowledge(dir);
    const report = after.reports[0];
    expect(saved.changes.dropped).toEqual([]);
    for (const fact of seed?.facts ?? []) expect(after.fact('bac-tu-liem-2022', fact.id)?.questions).toEqual(fact.questions);
    expect(report?.subject).toEqual(seed?.subject);
    expect(report?.source).toBe(seed?.source);
    expect(report?.topics.find((t) => t.id === 'hoi-nghi')?.vi).toBe('Hội nghị lần thứ 22');
    expect(report?.facts.filter((f) => f.figure === '211%')).toHaveLength(1);
    expect(saved.changes.added.map((c) => c.figure)).not.toContain('211%');
  });
});
