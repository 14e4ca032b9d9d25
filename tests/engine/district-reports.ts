/** Several small reports in memory, one per district, for routing tests: the same figures' kinds, different numbers. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { knowledgeBase } from '../../src/engine/knowledge/load.js';
import type { Fact, KnowledgeBase, Report } from '../../src/engine/knowledge/types.js';

interface DistrictSpec {
  readonly id: string;
  readonly body: string;
  readonly name: string;
  readonly short?: string;
  readonly eventDate: string;
  readonly revenue: string;
  readonly spending: string;
}

function districtReport(d: DistrictSpec): Report {
  const place = `${d.body} ${d.name}`;
  const sentences = {
    thu: `Năm 2024, thu ngân sách trên địa bàn ${place} đạt ${d.revenue} dự toán.`,
    chi: `Chi ngân sách ${place} đạt ${d.spending} dự toán được giao.`,
    ngay: `Hội nghị tổng kết của ${place} diễn ra ngày ${d.eventDate.slice(8)}/${d.eventDate.slice(5, 7)}.`,
  };
  const facts: Fact[] = [
    { id: 'thu-ngan-sach', report: d.id, topic: 'ngan-sach', figure: d.revenue, sentence: sentences.thu, questions: { vi: ['Thu ngân sách đạt bao nhiêu?'], en: ['How much budget revenue was collected?'] }, keywords: ['thu ngân sách'] },
    { id: 'chi-ngan-sach', report: d.id, topic: 'ngan-sach', figure: d.spending, sentence: sentences.chi, questions: { vi: ['Chi ngân sách đạt bao nhiêu?'], en: ['How much of the budget was spent?'] }, keywords: ['chi ngân sách'] },
  ];
  return {
    id: d.id,
    title: `${place[0]?.toUpperCase()}${place.slice(1)}: tổng kết năm 2024`,
    subject: d.short === undefined ? [place] : [place, d.short],
    author: '',
    source: '',
    eventDate: d.eventDate,
    language: 'vi',
    article: Object.values(sentences).join(' '),
    topics: [{ id: 'ngan-sach', vi: 'Ngân sách', en: 'Budget' }],
    headline: ['thu-ngan-sach'],
    facts,
  };
}

export const DISTRICTS: readonly DistrictSpec[] = [
  { id: 'cam-giang-2024', body: 'huyện', name: 'Cẩm Giàng', eventDate: '2024-12-20', revenue: '118,6%', spending: '96,2%' },
  { id: 'quan-3-2024', body: 'Quận', name: '3', short: 'Q3', eventDate: '2024-12-18', revenue: '104,1%', spending: '91,5%' },
  { id: 'hai-ba-trung-2024', body: 'quận', name: 'Hai Bà Trưng', eventDate: '2024-12-10', revenue: '121%', spending: '88%' },
];

/** Loaded only when asked for by id: a name whose syllables, typed without marks, are chat shorthand ("hong"). */
export const MORE_DISTRICTS: readonly DistrictSpec[] = [
  { id: 'hong-bang-2024', body: 'quận', name: 'Hồng Bàng', eventDate: '2024-12-05', revenue: '109,3%', spending: '93,4%' },
];

/** The district reports above, optionally only some of them (or some of MORE_DISTRICTS). */
export function districtKnowledge(ids: readonly string[] = DISTRICTS.map((d) => d.id)): KnowledgeBase {
  return knowledgeBase([...DISTRICTS, ...MORE_DISTRICTS].filter((d) => ids.includes(d.id)).map(districtReport));
}

/** Writes the district reports as knowledge folders under `dir`, as the loader reads them. */
export function writeDistrictFolders(dir: string, ids: readonly string[] = DISTRICTS.map((d) => d.id)): void {
  for (const report of districtKnowledge(ids).reports) {
    const folder = join(dir, report.id);
    mkdirSync(folder, { recursive: true });
    const { facts, article, ...meta } = report;
    writeFileSync(join(folder, 'article.txt'), article);
    writeFileSync(join(folder, 'report.json'), JSON.stringify({ ...meta, article: 'article.txt' }, null, 2));
    writeFileSync(join(folder, 'facts.json'), JSON.stringify(facts.map((fact) => Object.fromEntries(Object.entries(fact).filter(([key]) => key !== 'report'))), null, 2));
  }
}
