/** Telling a person from a body and a motto, and which one a question asks for. */
import { describe, expect, it } from 'vitest';
import { buildFactIndex } from '../../src/engine/match/fact-index.js';
import { FactScorer } from '../../src/engine/match/fact-scorer.js';
import { askedSort, nameSort } from '../../src/engine/match/name-sorts.js';
import { WordResolver } from '../../src/engine/match/word-resolver.js';
import { analyze } from '../../src/engine/text/analyze.js';
import { smallKnowledge } from './small-report.js';

const sortOf = (question: string) => askedSort(analyze(question, 'any').words);

describe('nameSort', () => {
  it('reads a name starting with a family name as a person', () => {
    expect(nameSort('Trịnh Văn Tâm', 'Đường dây do Trịnh Văn Tâm cầm đầu.')).toBe('person');
    expect(nameSort('Lò Văn Chiến', 'Phó Chủ tịch UBND tỉnh Lò Văn Chiến phát biểu.')).toBe('person');
  });

  it('reads a name starting with a body word as a body, lower-case words and all', () => {
    expect(nameSort('Phòng Cảnh sát điều tra tội phạm về ma túy', 'Phòng Cảnh sát điều tra tội phạm về ma túy đã triệt phá đường dây.')).toBe('body');
    expect(nameSort('Sở Y tế tỉnh Lạc Giang', 'Sở Y tế tỉnh Lạc Giang tổ chức hội nghị.')).toBe('body');
  });

  it('reads a quoted name as a motto, and says nothing of a name whose form does not tell', () => {
    expect(nameSort('Chuyên nghiệp, tận tâm, hiệu quả', 'thực hiện phương châm "Chuyên nghiệp, tận tâm, hiệu quả".')).toBe('motto');
    expect(nameSort('Đoàn kết, đột phá', 'chủ đề năm là “Đoàn kết, đột phá”.')).toBe('motto');
    expect(nameSort('Thạch Lâm, Đồng Lạc và Yên Phú', 'Có 3 xã là Thạch Lâm, Đồng Lạc và Yên Phú.')).toBeNull();
  });
});

describe('askedSort', () => {
  it('hears which sort of name a question asks for, in Vietnamese and English', () => {
    expect(sortOf('Đơn vị nào triệt phá đường dây ma túy?')).toBe('body');
    expect(sortOf('Which agency broke up the drug ring?')).toBe('body');
    expect(sortOf('Đường dây do ai cầm đầu?')).toBe('person');
    expect(sortOf('Who led the ring?')).toBe('person');
    expect(sortOf('Phương châm của ngành y tế là gì?')).toBe('motto');
    expect(sortOf('What is the slogan for 2025?')).toBe('motto');
    expect(sortOf('Thu ngân sách đạt bao nhiêu?')).toBeNull();
  });
});

describe('a sentence with a person, a body and a motto', () => {
  const sentence = 'Phòng Cảnh sát điều tra tội phạm đã triệt phá đường dây do Trịnh Văn Tâm cầm đầu theo phương châm "Nhanh, chắc, gọn".';
  const kb = smallKnowledge([
    { id: 'phong', figure: 'Phòng Cảnh sát điều tra tội phạm', sentence, context: sentence.slice(0, -1), kind: 'name' },
    { id: 'tam', figure: 'Trịnh Văn Tâm', sentence, context: sentence.slice(0, -1), kind: 'name' },
    { id: 'cham', figure: 'Nhanh, chắc, gọn', sentence, context: sentence.slice(0, -1), kind: 'name' },
  ]);
  const index = buildFactIndex(kb);
  const resolver = new WordResolver(index);
  const scorer = new FactScorer(index);
  const best = (question: string) => kb.facts[scorer.score(resolver.read(question)).ranked[0]?.fact ?? -1]?.id;

  it('answers with the sort asked for, though all three hold the same words', () => {
    expect(best('Đơn vị nào triệt phá đường dây?')).toBe('phong');
    expect(best('Đường dây do ai cầm đầu?')).toBe('tam');
    expect(best('Phương châm triệt phá đường dây là gì?')).toBe('cham');
  });
});

describe('a motto beside a target in its sentence', () => {
  const sentence = 'Năm 2025, tỉnh chọn chủ đề an toàn giao thông là "Xây dựng văn hóa giao thông", phấn đấu kéo giảm 5% số vụ.';
  const kb = smallKnowledge([
    { id: 'chu-de', figure: 'Xây dựng văn hóa giao thông', sentence, context: 'tỉnh chọn chủ đề an toàn giao thông là "Xây dựng văn hóa giao thông"', kind: 'name' },
    { id: 'giam', figure: '5%', sentence, context: sentence.slice(0, -1), kind: 'percent' },
  ]);
  const index = buildFactIndex(kb);
  const resolver = new WordResolver(index);
  const scorer = new FactScorer(index);
  const best = (question: string) => kb.facts[scorer.score(resolver.read(question)).ranked.find((s) => s.eligible)?.fact ?? -1]?.id;

  it('answers "what is the theme" with the motto, and a quantity with the figure', () => {
    expect(best('What is the theme for 2025?')).toBe('chu-de');
    expect(best('Chủ đề năm 2025 là gì?')).toBe('chu-de');
    expect(best('Năm 2025 phấn đấu kéo giảm bao nhiêu phần trăm số vụ?')).toBe('giam');
  });
});
