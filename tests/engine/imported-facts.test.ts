/**
 * Answering a report as the importer writes it: no hand paraphrases, only each figure's
 * sentence, its context words, its kind and topic. The report here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/engine/index.js';
import { smallKnowledge, type FactSpec } from './small-report.js';

const S1 = 'Ngày 20/12, UBND huyện Hòa Bình tổ chức hội nghị tổng kết năm 2024.';
const S2 = 'Tổng thu ngân sách trên địa bàn đạt 452 tỷ đồng, bằng 118,6% dự toán.';
const S3 = 'Toàn huyện xảy ra 24 vụ tai nạn giao thông, làm 9 người chết, 15 người bị thương.';
const S4 = 'Kim ngạch xuất khẩu đạt 1,8 tỷ USD, gấp 2 lần năm trước.';
const S5 = 'Đây là Đại hội Thể dục thể thao huyện lần thứ II.';
const S6 = 'Giải ngân vốn đầu tư công đạt 12,37% kế hoạch.';

const facts: FactSpec[] = [
  { id: 'ngay', figure: '20/12', sentence: S1, context: 'Ngày 20/12, UBND huyện Hòa Bình tổ chức hội nghị', kind: 'date' },
  { id: 'to-chuc', figure: 'UBND huyện Hòa Bình', sentence: S1, context: 'UBND huyện Hòa Bình tổ chức hội nghị tổng kết', kind: 'name' },
  { id: 'thu', figure: '452 tỷ đồng', sentence: S2, context: 'Tổng thu ngân sách trên địa bàn đạt 452 tỷ đồng', kind: 'money' },
  { id: 'thu-du-toan', figure: '118,6%', sentence: S2, context: 'bằng 118,6% dự toán', kind: 'percent' },
  { id: 'tngt', figure: '24 vụ', sentence: S3, context: 'xảy ra 24 vụ tai nạn giao thông', kind: 'count' },
  { id: 'chet', figure: '9 người', sentence: S3, context: 'làm 9 người chết', kind: 'count' },
  { id: 'thuong', figure: '15 người', sentence: S3, context: '15 người bị thương', kind: 'count' },
  { id: 'xuat-khau', figure: '1,8 tỷ USD', sentence: S4, context: 'Kim ngạch xuất khẩu đạt 1,8 tỷ USD', kind: 'money' },
  { id: 'gap', figure: 'gấp 2 lần', sentence: S4, context: 'gấp 2 lần năm trước', kind: 'ratio' },
  { id: 'dai-hoi', figure: 'lần thứ II', sentence: S5, context: 'Đại hội Thể dục thể thao huyện lần thứ II', kind: 'ordinal' },
  { id: 'giai-ngan', figure: '12,37%', sentence: S6, context: 'Giải ngân vốn đầu tư công đạt 12,37% kế hoạch', kind: 'percent' },
];
const kb = smallKnowledge(facts, { id: 'hoa-binh-2024', subject: ['huyện Hòa Bình', 'Hòa Bình'], eventDate: '2024-12-20', title: 'Huyện Hòa Bình tổng kết năm 2024' });
const matcher = createMatcher(kb);

function answer(question: string): string | null {
  const a = matcher.ask(question);
  return a.answered ? (a.best?.fact.id ?? null) : null;
}

describe('a report with no hand paraphrases', () => {
  it.each([
    ['Thu ngân sách đạt bao nhiêu tỷ đồng?', 'thu'],
    ['thu ngan sach dat bao nhieu', 'thu'],
    ['Thu ngân sách đạt bao nhiêu phần trăm dự toán?', 'thu-du-toan'],
    ['Tai nạn giao thông làm bao nhiêu người bị thương?', 'thuong'],
    ['TNGT làm chết mấy người', 'chet'],
    ['Kim ngạch xuất khẩu đạt bao nhiêu?', 'xuat-khau'],
    ['Giải ngân vốn đầu tư công đạt bao nhiêu phần trăm kế hoạch?', 'giai-ngan'],
  ])('finds %j from the figure’s own words and its kind', (question, id) => {
    expect(answer(question)).toBe(id);
  });

  it.each([
    ['How many people were injured in traffic accidents?', 'thuong'],
    ['How many traffic accidents were there?', 'tngt'],
    ['What was the export turnover?', 'xuat-khau'],
    ['What percentage of the plan was public investment disbursement?', 'giai-ngan'],
    ['What share of the estimate did budget revenue reach?', 'thu-du-toan'],
  ])('finds %j through the lexicon’s English and abbreviations', (question, id) => {
    expect(answer(question)).toBe(id);
  });

  it.each([
    ['Hội nghị tổng kết diễn ra ngày nào?', 'ngay'],
    ['hội nghị tổng kết ngày bao nhiêu', 'ngay'],
    ['On what date was the review conference held?', 'ngay'],
    ['Cơ quan nào tổ chức hội nghị tổng kết?', 'to-chuc'],
    ['Which body organised the review conference?', 'to-chuc'],
  ])('answers %j with a date or a name, never a count', (question, id) => {
    expect(answer(question)).toBe(id);
  });

  it.each([
    ['Thu ngân sách gấp mấy lần dự toán?', 'thu-du-toan'],
    ['xuất khẩu gấp mấy lần năm trước', 'gap'],
    ['How many times last year were exports?', 'gap'],
  ])('answers "how many times" %j with a percentage over 100 or a multiple', (question, id) => {
    expect(answer(question)).toBe(id);
  });

  it.each([
    ['452 tỷ là số gì?', 'thu'],
    ['what is 12,37%?', 'giai-ngan'],
    ['118,6% là chỉ tiêu gì', 'thu-du-toan'],
  ])('finds the fact holding a figure asked back: %j', (question, id) => {
    expect(answer(question)).toBe(id);
  });

  it.each([["what's 2+2?"], ['1+1 bằng mấy'], ['2 + 2 = ?'], ['dân số huyện bao nhiêu người'], ['thu ngân sách năm 2021'], ['Giải ngân vốn đầu tư công đạt bao nhiêu người?']])(
    'declines %j: no sum or bare number meets "lần thứ II" or "gấp 2 lần", and the report is silent',
    (question) => {
      expect(answer(question)).toBeNull();
    },
  );

  it('meets a Roman ordinal only when it is asked as an ordinal', () => {
    expect(answer('Đại hội TDTT lần thứ 2')).toBe('dai-hoi');
    expect(matcher.ask('2').best?.fact.id).not.toBe('dai-hoi');
  });
});
