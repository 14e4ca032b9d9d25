/** The genre lexicon: shipped as data, checked when loaded, a bad entry named with its file. */
import { describe, expect, it } from 'vitest';
import { LexiconError } from '../../src/engine/index.js';
import { genreTerms, parseTerms, TERMS_FILE } from '../../src/engine/lexicon/genre-terms.js';
import { TermFinder } from '../../src/engine/lexicon/term-finder.js';
import { analyze } from '../../src/engine/text/analyze.js';

const problem = (raw: unknown): string => {
  try {
    parseTerms(raw, 'lexicon/terms.json');
  } catch (error) {
    expect(error).toBeInstanceOf(LexiconError);
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('parseTerms', () => {
  it('loads the shipped lexicon: a few hundred entries of the genre, each with an English side', () => {
    expect(TERMS_FILE).toMatch(/terms\.json$/);
    expect(genreTerms().length).toBeGreaterThanOrEqual(300);
    expect(genreTerms().filter((e) => e.en.length === 0)).toEqual([]);
    for (const abbr of ['TNGT', 'TTXH', 'GRDP', 'FDI', 'UBND', 'HĐND']) expect(genreTerms().some((e) => e.abbr.includes(abbr)), abbr).toBe(true);
  });

  it.each([
    [[], 'must be an object with a "terms" list'],
    [{ terms: [{ vi: ['thu ngân sách'], en: 'revenue' }] }, 'entry 1 "thu ngân sách"'],
    [{ terms: [{ vi: ['a', 'b'] }, { vi: ['vụ'], en: ['cases'], unit: '' }] }, 'entry 2 "vụ"'],
    [{ terms: [{ vi: ['vụ'], en: ['cases'], plural: 'cases' }] }, 'unknown field "plural"'],
    [{ terms: [{ en: ['cases', 'incidents'] }] }, 'needs at least one Vietnamese phrase'],
    [{ terms: [{ vi: ['vụ'] }] }, 'needs at least two phrases'],
    [{ terms: [{ vi: ['vụ', ''], en: ['cases'] }] }, '"vi" must be a list of non-empty strings'],
    [{ terms: [{ vi: ['Ngày Thương binh - Liệt sĩ', '27/7'], en: ['martyrs day'] }] }, '"27/7" has no word'],
    [{ terms: [{ vi: ['tháng 6'], en: ['june', '6/2024'] }] }, '"6/2024" has no word'],
  ])('refuses %j, naming the file and the entry', (raw, expected) => {
    const message = problem(raw);
    expect(message).toContain('lexicon/terms.json');
    expect(message).toContain(expected);
  });
});

describe('TermFinder', () => {
  const finder = new TermFinder(
    parseTerms(
      {
        terms: [
          { vi: ['tai nạn giao thông'], abbr: ['TNGT'], en: ['traffic accidents'] },
          { vi: ['trường'], en: ['schools'] },
          { vi: ['môi trường'], en: ['environment'] },
          { vi: ['đồng'], en: ['dong'] },
          { vi: ['9 tháng'], en: ['nine months'] },
        ],
      },
      't.json',
    ),
  );
  const found = (text: string): string[] => {
    const { words, numbers } = analyze(text, 'vi');
    return finder.find(words, numbers).map((i) => finder.entries[i]?.en[0] ?? '?');
  };

  it('finds a phrase and its abbreviation', () => {
    expect(found('Xảy ra 96 vụ tai nạn giao thông')).toEqual(['traffic accidents']);
    expect(found('số vụ TNGT giảm')).toEqual(['traffic accidents']);
  });

  it('does not take a word inside a longer phrase for the word alone', () => {
    expect(found('bảo vệ môi trường')).toEqual(['environment']);
    expect(found('xây mới 3 trường')).toEqual(['schools']);
  });

  it('tells words apart by their marks', () => {
    expect(found('452 tỷ đồng')).toEqual(['dong']);
    expect(found('phía Đông')).toEqual([]);
  });

  it('finds a phrase with a number only where the text holds that number', () => {
    expect(found('xuất khẩu 9 tháng đạt 3 tỷ USD')).toEqual(['nine months']);
    expect(found('xuất khẩu 6 tháng đạt 3 tỷ USD')).toEqual([]);
  });

  it('gives equivalents without their numbers, so a fact never holds a phrase’s number', () => {
    const forms = finder.forms[4] ?? [];
    expect(forms.every((form) => form.analysis.numbers.length === 0)).toBe(true);
  });
});
