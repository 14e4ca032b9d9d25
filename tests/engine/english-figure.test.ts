/** Figures in English units, for English questions: shown beside the Vietnamese sentence. */
import { describe, expect, it } from 'vitest';
import { figureInEnglish } from '../../src/engine/index.js';
import { englishNumber } from '../../src/engine/lexicon/english-figure.js';
import { parseTerms } from '../../src/engine/lexicon/genre-terms.js';

describe('figureInEnglish', () => {
  it.each([
    ['452 tỷ đồng', 'VND 452 billion'],
    ['1,8 tỷ USD', 'USD 1.8 billion'],
    ['16.000 tỷ đồng', 'VND 16,000 billion'],
    ['5,8 triệu đồng', 'VND 5.8 million'],
    ['3 nghìn tỷ đồng', 'VND 3 trillion'],
    ['118,6%', '118.6%'],
    ['2.340 đối tượng', '2,340 suspects'],
    ['41/43 vụ', '41/43 cases'],
    ['3,65 triệu lượt', '3.65 million visits'],
    ['20/12', '20 December'],
    ['ngày 9/1', '9 January'],
    ['31/12/2024', '31 December 2024'],
    ['lần thứ 27', 'the 27th'],
    ['thứ 2', 'the 2nd'],
    ['lần thứ 11', 'the 11th'],
    ['khóa XX', 'term XX'],
    ['gấp 3 lần', '3 times'],
    ['1,5 lần', '1.5 times'],
    ['lần thứ XXI', 'the 21st'],
    ['kỳ họp thứ 14', 'the 14th session'],
    ['tháng 6', 'June'],
    ['tháng 12/2024', 'December 2024'],
    ['6 tháng', '6 months'],
    ['0,37 điểm phần trăm', '0.37 percentage points'],
    ['84,5 ha', '84.5 ha'],
    ['147 người', '147 people'],
    ['2 triệu USD', 'USD 2 million'],
  ])('%s → %s', (figure, english) => {
    expect(figureInEnglish(figure)).toBe(english);
  });

  it.each([['2020-2025'], ['Covid-19'], ['Nguyễn Văn An'], ['2024'], ['14,7 kg lá cần sa khô']])('leaves %s as the report wrote it, apart from its numbers', (figure) => {
    expect(figureInEnglish(figure).replace(/[.,]/g, '')).toBe(figure.replace(/[.,]/g, ''));
  });

  it('says one of a thing in the singular, several in the plural', () => {
    expect(figureInEnglish('1 vụ')).toBe('1 case');
    expect(figureInEnglish('1 người')).toBe('1 person');
    expect(figureInEnglish('1 điểm phần trăm')).toBe('1 percentage point');
    expect(figureInEnglish('1/3 xã')).toBe('1/3 communes');
  });

  it('keeps diacritics when it looks a unit up: "cá" (fish) is not "ca" (cases)', () => {
    expect(figureInEnglish('126 cá')).toBe('126 cá');
    expect(figureInEnglish('12 ca')).toBe('12 cases');
  });

  it('leaves an ordinal of something the lexicon does not know as written', () => {
    expect(figureInEnglish('Đại hội thể thao Đông Nam Á lần thứ 31')).toBe('Đại hội thể thao Đông Nam Á lần thứ 31');
  });

  it('keeps a unit the lexicon does not know in Vietnamese rather than guess', () => {
    expect(figureInEnglish('9 giải Nhì')).toBe('9 giải Nhì');
    expect(figureInEnglish('1.150 biển báo', parseTerms({ terms: [{ vi: ['vụ'], en: ['cases'], unit: 'cases' }] }, 't.json'))).toBe('1,150 biển báo');
  });

  it('reads Vietnamese separators: a dot groups thousands, a comma is the decimal point', () => {
    expect(englishNumber('1.234.567,89')).toBe('1,234,567.89');
    expect(englishNumber('2024')).toBe('2024');
  });
});
