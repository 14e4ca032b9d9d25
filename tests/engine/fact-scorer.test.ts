/** Scoring facts: coverage, word pairs, numbers, and the rules that rule a fact out. */
import { describe, expect, it } from 'vitest';
import { buildFactIndex } from '../../src/engine/match/fact-index.js';
import { comparedOnlyYears } from '../../src/engine/match/compared-years.js';
import { FactScorer } from '../../src/engine/match/fact-scorer.js';
import { deputyOnlyTitles } from '../../src/engine/match/name-roles.js';
import { WordResolver } from '../../src/engine/match/word-resolver.js';
import { smallKnowledge } from './small-report.js';

const kb = smallKnowledge([
  { id: 'thu', figure: '120%', sentence: 'Thu ngân sách đạt 120% dự toán.', keywords: ['thu ngân sách'], questions: { vi: ['Thu ngân sách đạt bao nhiêu?'], en: [] } },
  { id: 'chi', figure: '95%', sentence: 'Chi ngân sách đạt 95% dự toán.', keywords: ['chi ngân sách'], questions: { vi: ['Chi ngân sách đạt bao nhiêu?'], en: [] } },
  { id: 'ngay', figure: '20/12', sentence: 'Hội nghị diễn ra ngày 20/12.', questions: { vi: ['Hội nghị diễn ra ngày nào?'], en: [] } },
  { id: 'xa', figure: '12 xã', sentence: 'Có 12 xã đạt chuẩn nông thôn mới.', questions: { vi: ['Bao nhiêu xã đạt chuẩn nông thôn mới?'], en: [] } },
]);
const index = buildFactIndex(kb);
const resolver = new WordResolver(index);
const scorer = new FactScorer(index);

function scored(question: string) {
  const { ranked } = scorer.score(resolver.read(question));
  return new Map(ranked.map((s) => [kb.facts[s.fact]?.id ?? '?', s]));
}

describe('FactScorer', () => {
  it('ranks the fact whose word pairs the question has above one sharing only its words', () => {
    const s = scored('thu ngân sách');
    expect(s.get('thu')?.coverage).toBeGreaterThan(s.get('chi')?.coverage ?? 0);
    expect(s.get('thu')?.coverage).toBeCloseTo(1, 5);
  });

  it('lowers coverage for words the report does not know', () => {
    const known = scored('thu ngân sách').get('thu')?.coverage ?? 0;
    const withUnknown = scored('thu ngân sách bitcoin').get('thu')?.coverage ?? 0;
    expect(withUnknown).toBeLessThan(known);
    expect(withUnknown).toBeGreaterThan(0);
  });

  it('rules out a fact that lacks a number of the question, and keeps one that holds it', () => {
    expect(scored('thu ngân sách 120%').get('thu')?.eligible).toBe(true);
    expect(scored('thu ngân sách 130%').get('thu')?.eligible).toBe(false);
  });

  it('rules out a fact never asked the kind of question asked', () => {
    expect(scored('hội nghị diễn ra ngày nào').get('ngay')?.eligible).toBe(true);
    expect(scored('hội nghị diễn ra ở đâu').get('ngay')?.eligible).toBe(false);
  });

  it('rules out a "how many" of a thing the fact never names', () => {
    expect(scored('bao nhiêu xã đạt chuẩn').get('xa')?.eligible).toBe(true);
    expect(scored('bao nhiêu huyện đạt chuẩn').get('xa')?.eligible).toBe(false);
  });

  it('gives the question’s subject terms in order, for judging alternatives', () => {
    expect(scorer.score(resolver.read('chi ngân sách đạt bao nhiêu')).subjects).toEqual(['chi', 'ngan', 'sach', 'dat']);
  });

  it('scores one question the same however many times it is asked (tallies are reset)', () => {
    const first = scored('thu ngân sách 120%').get('thu');
    scored('chi ngân sách 95% dự toán hội nghị');
    expect(scored('thu ngân sách 120%').get('thu')).toEqual(first);
  });

  describe('a "how many" in Vietnamese wants the thing counted as the answer’s unit', () => {
    const units = smallKnowledge([
      { id: 'vu', figure: '37 vụ', sentence: 'Toàn tỉnh xảy ra 512 vụ phạm pháp hình sự, giảm 37 vụ so với cùng kỳ.', context: 'giảm 37 vụ so với cùng kỳ', kind: 'count' },
      { id: 'duong', figure: '642', sentence: 'Các vụ tai nạn xảy ra chủ yếu trên quốc lộ 1 và đường tỉnh 642.', kind: 'number' },
      { id: 'ty-le', figure: '100%', sentence: '100% bệnh viện triển khai bệnh án điện tử.', kind: 'percent' },
      { id: 'kg', figure: '2,3 kg', sentence: 'Thu giữ 2,3 kg heroin.', context: 'Thu giữ 2,3 kg heroin', kind: 'count' },
      { id: 'ro', figure: '41/43 vụ', sentence: 'Riêng các vụ trọng án, năm qua xảy ra 43 vụ; cơ quan điều tra đã làm rõ 41/43 vụ.', context: 'cơ quan điều tra đã làm rõ 41/43 vụ', kind: 'ratio' },
    ]);
    const unitIndex = buildFactIndex(units);
    const unitResolver = new WordResolver(unitIndex);
    const unitScorer = new FactScorer(unitIndex);
    const eligible = (question: string, id: string): boolean | undefined => {
      const hit = unitScorer.score(unitResolver.read(question)).ranked.find((s) => units.facts[s.fact]?.id === id);
      return hit?.eligible;
    };

    it('rules out a bare number or another unit for "bao nhiêu vụ"', () => {
      expect(eligible('có bao nhiêu vụ trên đường tỉnh', 'duong')).toBe(false);
      expect(eligible('giảm bao nhiêu vụ', 'vu')).toBe(true);
    });

    it('rules out a share for a count, but not for a question about a share', () => {
      expect(eligible('có bao nhiêu bệnh viện', 'ty-le')).toBe(false);
      expect(eligible('tỷ lệ bệnh viện triển khai bệnh án điện tử là bao nhiêu', 'ty-le')).toBe(true);
    });

    it('does not take a word of comparison for the thing counted', () => {
      expect(eligible('số vụ giảm bao nhiêu so với cùng kỳ', 'vu')).toBe(true);
    });

    it('lets a measure answer for what it weighs', () => {
      expect(eligible('thu giữ bao nhiêu heroin', 'kg')).toBe(true);
    });

    it('accepts a count that names the unit when its sentence holds the thing counted', () => {
      expect(eligible('bao nhiêu vụ trọng án được làm rõ', 'ro')).toBe(true);
    });

    it('keeps English counts to the fact’s own words (units there are Vietnamese)', () => {
      expect(eligible('how many cases were solved', 'ro')).not.toBe(false);
    });
  });

  describe('a year the fact only compares with', () => {
    it('finds years named only after "so với", "cùng kỳ" or "gấp … lần"', () => {
      expect([...comparedOnlyYears('tăng 6% so với năm 2023')]).toEqual(['#2023']);
      expect([...comparedOnlyYears('giảm 3 vụ so với cùng kỳ năm 2023')]).toEqual(['#2023']);
      expect([...comparedOnlyYears('gấp 1,8 lần năm 2023')]).toEqual(['#2023']);
      expect([...comparedOnlyYears('tang 6% so voi nam 2023')]).toEqual(['#2023']);
    });

    it('does not count a year also named on its own', () => {
      expect([...comparedOnlyYears('Năm 2023 đạt 5%, tăng 1% so với năm 2022')]).toEqual(['#2022']);
    });

    const years = smallKnowledge([
      { id: 'tn', figure: '99,12%', sentence: 'Tỷ lệ tốt nghiệp đạt 99,12%, tăng 0,37 điểm phần trăm so với năm 2023.', context: 'Tỷ lệ tốt nghiệp đạt 99,12%', kind: 'percent' },
    ]);
    const yearIndex = buildFactIndex(years);
    const yearResolver = new WordResolver(yearIndex);
    const yearScorer = new FactScorer(yearIndex);
    const eligible = (question: string): boolean | undefined => yearScorer.score(yearResolver.read(question)).ranked[0]?.eligible;

    it('does not answer "năm 2023" with a figure of another year compared with 2023', () => {
      expect(eligible('tỷ lệ tốt nghiệp năm 2023 là bao nhiêu')).toBe(false);
    });

    it('still answers a question that compares with that year too', () => {
      expect(eligible('tỷ lệ tốt nghiệp tăng bao nhiêu so với năm 2023')).toBe(true);
    });
  });

  describe('English counts and targets', () => {
    const facts = smallKnowledge([
      { id: 'moi', figure: '28 dự án', sentence: 'Năm 2024, thành phố khởi công mới 28 dự án.', context: 'Năm 2024, thành phố khởi công mới 28 dự án', kind: 'count' },
      { id: 'truong', figure: '12 trường', sentence: 'Năm 2024, thành phố khởi công mới 12 trường.', context: 'Năm 2024, thành phố khởi công mới 12 trường', kind: 'count' },
      { id: 'dat', figure: '94,7%', sentence: 'Tỷ lệ bao phủ bảo hiểm y tế đạt 94,7%.', context: 'Tỷ lệ bao phủ bảo hiểm y tế đạt 94,7%', kind: 'percent' },
      { id: 'muc-tieu', figure: '95,5%', sentence: 'Sở Y tế đặt mục tiêu tỷ lệ bao phủ bảo hiểm y tế đạt 95,5%.', context: 'Sở Y tế đặt mục tiêu tỷ lệ bao phủ bảo hiểm y tế đạt 95,5%', kind: 'percent' },
    ]);
    const factIndex = buildFactIndex(facts);
    const factResolver = new WordResolver(factIndex);
    const factScorer = new FactScorer(factIndex);
    const ranked = (question: string) => factScorer.score(factResolver.read(question)).ranked.map((s) => ({ ...s, id: facts.facts[s.fact]?.id }));

    it('reads an English count past its adjectives to the noun counted', () => {
      expect(ranked('how many newly started projects').find((s) => s.id === 'moi')?.eligible).toBe(true);
      expect(ranked('how many newly started projects').find((s) => s.id === 'truong')?.eligible).toBe(false);
    });

    it('ranks a result above a target with the same words, unless a target is asked', () => {
      expect(ranked('tỷ lệ bao phủ bảo hiểm y tế đạt bao nhiêu')[0]?.id).toBe('dat');
      expect(ranked('mục tiêu tỷ lệ bao phủ bảo hiểm y tế là bao nhiêu')[0]?.id).toBe('muc-tieu');
    });
  });

  describe('ranks and figures asked back', () => {
    const facts = smallKnowledge([
      { id: 'thu-hang', figure: 'thứ 2/10', sentence: 'Thành phố giải ngân 452 tỷ đồng và xếp thứ 2/10 cả tỉnh.', context: 'xếp thứ 2/10 cả tỉnh', kind: 'ordinal' },
      { id: 'thang', figure: 'tháng 6', sentence: 'Đến hết tháng 6, toàn tỉnh giải ngân được 2.684 tỷ đồng.', context: 'Đến hết tháng 6, toàn tỉnh giải ngân được 2.684 tỷ đồng', kind: 'date' },
      { id: 'tien', figure: '2.684 tỷ đồng', sentence: 'Đến hết tháng 6, toàn tỉnh giải ngân được 2.684 tỷ đồng.', context: 'toàn tỉnh giải ngân được 2.684 tỷ đồng', kind: 'money' },
    ]);
    const factIndex = buildFactIndex(facts);
    const factResolver = new WordResolver(factIndex);
    const factScorer = new FactScorer(factIndex);
    const ranked = (question: string) => factScorer.score(factResolver.read(question)).ranked.map((s) => ({ ...s, id: facts.facts[s.fact]?.id }));

    it('reads "thứ mấy" as a rank: what follows is no thing counted', () => {
      expect(ranked('xếp thứ mấy cả tỉnh').find((s) => s.id === 'thu-hang')?.eligible).toBe(true);
    });

    it('puts the fact whose figure a question asks back before one whose sentence only holds it', () => {
      expect(ranked('2.684 tỷ là con số gì')[0]?.id).toBe('tien');
      expect(ranked('tháng 6 là gì')[0]?.id).toBe('thang');
    });
  });

  describe('totals, units of two words, ranks and roles', () => {
    const facts = smallKnowledge([
      { id: 'them', figure: '34 trường', sentence: 'Trong năm, có thêm 34 trường đạt chuẩn quốc gia, nâng tổng số lên 612 trường.', context: 'Trong năm, có thêm 34 trường đạt chuẩn quốc gia', kind: 'count' },
      { id: 'tong', figure: '612 trường', sentence: 'Trong năm, có thêm 34 trường đạt chuẩn quốc gia, nâng tổng số lên 612 trường.', context: 'nâng tổng số lên 612 trường', kind: 'count' },
      { id: 'them-xa', figure: '3 xã', sentence: 'Huyện có thêm 3 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn nông thôn mới lên 11/19 xã.', context: 'Huyện có thêm 3 xã đạt chuẩn nông thôn mới', kind: 'count' },
      { id: 'tong-xa', figure: '11/19 xã', sentence: 'Huyện có thêm 3 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn nông thôn mới lên 11/19 xã.', context: 'nâng tổng số xã đạt chuẩn nông thôn mới lên 11/19 xã', kind: 'ratio' },
      { id: 'giai', figure: '47 giải', sentence: 'Đội tuyển học sinh giỏi quốc gia đoạt 47 giải, gồm 3 giải Nhất.', context: 'Đội tuyển học sinh giỏi quốc gia đoạt 47 giải', kind: 'count' },
      { id: 'nhat', figure: '3 giải Nhất', sentence: 'Đội tuyển học sinh giỏi quốc gia đoạt 47 giải, gồm 3 giải Nhất.', context: 'gồm 3 giải Nhất', kind: 'count' },
      { id: 'hang', figure: 'thứ 12', sentence: 'Đội tuyển học sinh giỏi quốc gia xếp thứ 12 toàn quốc.', context: 'Đội tuyển học sinh giỏi quốc gia xếp thứ 12 toàn quốc', kind: 'ordinal' },
      { id: 'to-chuc', figure: 'Sở Y tế', sentence: 'Sở Y tế tổ chức hội nghị tổng kết công tác y tế năm 2024.', context: 'Sở Y tế tổ chức hội nghị tổng kết công tác y tế năm 2024', kind: 'name' },
      { id: 'chu-tri', figure: 'Đặng Thị Hà', sentence: 'Bà Đặng Thị Hà, Giám đốc Sở chủ trì hội nghị.', context: 'Bà Đặng Thị Hà, Giám đốc Sở chủ trì hội nghị', kind: 'name' },
    ]);
    const factIndex = buildFactIndex(facts);
    const factResolver = new WordResolver(factIndex);
    const factScorer = new FactScorer(factIndex);
    const ranked = (question: string) => factScorer.score(factResolver.read(question)).ranked.map((s) => ({ ...s, id: facts.facts[s.fact]?.id }));
    const first = (question: string) => ranked(question).find((s) => s.eligible)?.id;

    it('answers how many there are with the total, and how many were added with the increment', () => {
      expect(first('có bao nhiêu trường đạt chuẩn quốc gia')).toBe('tong');
      expect(first('có thêm bao nhiêu trường đạt chuẩn quốc gia')).toBe('them');
    });

    it('hears no increase asked in the "mới" of "nông thôn mới"', () => {
      expect(first('có bao nhiêu xã đạt chuẩn nông thôn mới')).toBe('tong-xa');
      expect(first('có thêm bao nhiêu xã đạt chuẩn nông thôn mới')).toBe('them-xa');
    });

    it('wants a unit of two words the report counts in whole', () => {
      expect(ranked('bao nhiêu giải Nhất học sinh giỏi quốc gia').find((s) => s.id === 'giai')?.eligible).toBe(false);
      expect(first('bao nhiêu giải Nhất học sinh giỏi quốc gia')).toBe('nhat');
      expect(first('đội tuyển học sinh giỏi quốc gia đoạt bao nhiêu giải')).toBe('giai');
    });

    it('answers "thứ mấy" with a rank only', () => {
      expect(first('đội tuyển học sinh giỏi quốc gia xếp thứ mấy')).toBe('hang');
      expect(ranked('đội tuyển học sinh giỏi quốc gia xếp thứ mấy').find((s) => s.id === 'giai')?.eligible).toBe(false);
    });

    it('answers "ai chủ trì" with the name whose own words say so', () => {
      expect(first('ai chủ trì hội nghị tổng kết công tác y tế')).toBe('chu-tri');
      expect(first('cơ quan nào tổ chức hội nghị tổng kết')).toBe('to-chuc');
    });
  });

  describe('titles a "who" names', () => {
    const facts = smallKnowledge([
      { id: 'pho-bi-thu', figure: 'Trần Đình Khải', sentence: 'Ông Trần Đình Khải, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì kỳ họp.', context: 'Ông Trần Đình Khải, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì kỳ họp', kind: 'name' },
      { id: 'hoc-sinh', figure: 'Nguyễn Minh Khôi', sentence: 'Em Nguyễn Minh Khôi, học sinh Trường THPT chuyên, giành Huy chương Bạc.', context: 'Em Nguyễn Minh Khôi, học sinh Trường THPT chuyên, giành Huy chương Bạc', kind: 'name' },
      { id: 'bi-thu', figure: 'Lê Văn Nghĩa', sentence: 'Ông Lê Văn Nghĩa, Bí thư Đảng ủy xã, phát biểu.', context: 'Ông Lê Văn Nghĩa, Bí thư Đảng ủy xã, phát biểu', kind: 'name' },
    ]);
    const factIndex = buildFactIndex(facts);
    const factResolver = new WordResolver(factIndex);
    const factScorer = new FactScorer(factIndex);
    const eligible = (question: string, id: string) => factScorer.score(factResolver.read(question)).ranked.find((s) => facts.facts[s.fact]?.id === id)?.eligible;

    it('answers "ai là Bí thư" with a Bí thư, not with a deputy, unless a deputy is asked', () => {
      expect(eligible('Ai là Bí thư Huyện ủy?', 'pho-bi-thu')).toBe(false);
      expect(eligible('Ai là Phó Bí thư Huyện ủy?', 'pho-bi-thu')).toBe(true);
      expect(eligible('Ai là Chủ tịch HĐND huyện?', 'pho-bi-thu')).toBe(true);
      expect(eligible('Ai là Bí thư Đảng ủy xã?', 'bi-thu')).toBe(true);
    });

    it('tells a title by the body it heads: "Chủ tịch UBND" is not "Chủ tịch HĐND"', () => {
      expect(eligible('Ai là Chủ tịch UBND huyện?', 'pho-bi-thu')).toBe(false);
      expect(eligible('Chủ tịch HĐND huyện là ai?', 'pho-bi-thu')).toBe(true);
      expect(eligible('Ai là Bí thư Huyện ủy?', 'bi-thu')).toBe(false);
    });

    it('does not answer "Hiệu trưởng … là ai" with a pupil of the school', () => {
      expect(eligible('Hiệu trưởng Trường THPT chuyên là ai?', 'hoc-sinh')).toBe(false);
      expect(eligible('Học sinh Trường THPT chuyên nào giành Huy chương Bạc?', 'hoc-sinh')).not.toBe(false);
    });

    it('finds the titles a text gives only as a deputy’s', () => {
      expect([...deputyOnlyTitles('Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện')]).toEqual(['bi thu']);
      expect([...deputyOnlyTitles('Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng')]).toEqual([]);
    });
  });

  describe('frames of totals and multiples', () => {
    const facts = smallKnowledge([
      { id: 'phat', figure: '187,6 tỷ đồng', sentence: 'Lực lượng chức năng phạt tiền hơn 187,6 tỷ đồng.', context: 'phạt tiền hơn 187,6 tỷ đồng', kind: 'money' },
      { id: 'ti-le', figure: '18,7%', sentence: 'Học sinh chiếm 18,7% tổng số vụ.', context: 'Học sinh chiếm 18,7% tổng số vụ', kind: 'percent' },
      { id: 'gap', figure: '1,6 lần', sentence: 'Phát hiện 21.370 trường hợp vi phạm nồng độ cồn, gấp 1,6 lần năm 2023.', context: 'gấp 1,6 lần năm 2023', kind: 'count' },
    ]);
    const factIndex = buildFactIndex(facts);
    const factResolver = new WordResolver(factIndex);
    const factScorer = new FactScorer(factIndex);
    const soft = (question: string, folded: string) => factResolver.read(question).words.find((w) => w.word.folded === folded)?.resolved?.soft;
    const coverage = (question: string, id: string) => factScorer.score(factResolver.read(question)).ranked.find((s) => facts.facts[s.fact]?.id === id)?.coverage ?? 0;

    it('reads "tổng số", "in total" as the frame of a total: the figure itself is the total', () => {
      expect(soft('Tổng số tiền phạt là bao nhiêu?', 'tong')).toBe(true);
      expect(soft('How much were the fines in total?', 'total')).toBe(true);
      expect(coverage('Tổng số tiền phạt là bao nhiêu?', 'phat')).toBeGreaterThan(0.62);
      expect(coverage('Tổng số tiền phạt là bao nhiêu?', 'ti-le')).toBeLessThan(coverage('Tổng số tiền phạt là bao nhiêu?', 'phat'));
      // "tổng mức", "total investment" are other words: only the frames are soft.
      expect(soft('tổng mức đầu tư là bao nhiêu', 'tong')).toBe(false);
    });

    it('reads "this year", "năm nay" as the report’s own year: a tie-break, not a word the figure must hold', () => {
      expect(soft('How much were the fines this year?', 'year')).toBe(true);
      expect(soft('năm nay phạt tiền bao nhiêu', 'nay')).toBe(true);
      expect(coverage('How much were the fines this year?', 'phat')).toBeGreaterThan(0.62);
      // "last year" is as often the year compared with ("gấp 2 lần năm trước"): it stays a subject.
      expect(soft('How much were the fines last year?', 'last')).not.toBe(true);
    });

    it('reads the "more" of "how many times more" as part of the multiple asked', () => {
      expect(soft('how many times more violations than in 2023?', 'more')).toBe(true);
      expect(soft('more violations than in 2023?', 'more')).not.toBe(true);
    });
  });

  describe('when, however asked', () => {
    const facts = smallKnowledge([
      { id: 'khai-mac', figure: '18/12', sentence: 'Ngày 18/12, HĐND huyện khai mạc kỳ họp thứ 14.', context: 'Ngày 18/12, HĐND huyện khai mạc kỳ họp thứ 14', kind: 'date' },
      { id: 'be-mac', figure: '19/12', sentence: 'Kỳ họp bế mạc ngày 19/12.', context: 'Kỳ họp bế mạc ngày 19/12', kind: 'date' },
      { id: 'gio', figure: '17 giờ', sentence: 'Kỳ họp kéo dài đến 17 giờ.', context: 'Kỳ họp kéo dài đến 17 giờ', kind: 'count' },
      { id: 'giai-ngan', figure: '2.684 tỷ đồng', sentence: 'Đến hết tháng 6, toàn tỉnh giải ngân được 2.684 tỷ đồng.', context: 'Đến hết tháng 6, toàn tỉnh giải ngân được 2.684 tỷ đồng', kind: 'money' },
      { id: 'hoi-nghi', figure: '20/12', sentence: 'Ngày 20/12, Tỉnh ủy tổ chức Hội nghị lần thứ 27 đánh giá kết quả năm 2024.', context: 'Ngày 20/12, Tỉnh ủy tổ chức Hội nghị lần thứ 27 đánh giá kết quả năm 2024', kind: 'date' },
    ]);
    const factIndex = buildFactIndex(facts);
    const factResolver = new WordResolver(factIndex);
    const factScorer = new FactScorer(factIndex);
    const best = (question: string) => {
      const top = factScorer.score(factResolver.read(question)).ranked.find((s) => s.eligible);
      return top !== undefined && top.coverage >= 0.62 ? facts.facts[top.fact]?.id : undefined;
    };

    it('reads "bao giờ", "vào lúc nào", "mùng mấy", "what month" as asking when, with no word the date must hold', () => {
      expect(best('khai mạc kỳ họp vào bao giờ')).toBe('khai-mac');
      expect(best('kỳ họp khai mạc mùng mấy')).toBe('khai-mac');
      expect(best('kỳ họp bế mạc vào lúc nào')).toBe('be-mac');
      expect(best('What month did the session open?')).toBe('khai-mac');
    });

    it('hears the session opening and closing in English through the lexicon', () => {
      expect(best('When did the session open?')).toBe('khai-mac');
      expect(best('When did the session close?')).toBe('be-mac');
    });

    it('reads "27th" as the ordinal asked, its suffix no unknown word', () => {
      expect(factResolver.read('When was the 27th conference?').words.find((w) => w.word.folded === 'th')?.resolved?.soft).toBe(true);
      expect(best('When was the 27th conference?')).toBe('hoi-nghi');
    });

    it('hears "đánh giá" as review or assess in English, through the lexicon', () => {
      expect(best('When was the review conference held?')).toBe('hoi-nghi');
    });

    it('asks a month named in English as the report’s "tháng 6"', () => {
      expect(best('How much was disbursed by the end of June?')).toBe('giai-ngan');
      expect(best('How much was disbursed by the end of March?')).toBeUndefined();
    });
  });

  describe('multiples of rates, and words typed without marks', () => {
    const facts = smallKnowledge([
      { id: 'gap', figure: '1,5 lần', sentence: 'Tỷ lệ thanh toán không dùng tiền mặt đạt 72%, gấp 1,5 lần năm trước.', context: 'gấp 1,5 lần năm trước', kind: 'count' },
      { id: 'noi-dia', figure: '7.915 tỷ đồng', sentence: 'Tổng thu đạt 9.874 tỷ đồng, trong đó thu nội địa đạt 7.915 tỷ đồng.', context: 'trong đó thu nội địa đạt 7.915 tỷ đồng', kind: 'money' },
    ]);
    const factIndex = buildFactIndex(facts);
    const factResolver = new WordResolver(factIndex);
    const factScorer = new FactScorer(factIndex);
    const hit = (question: string, id: string) => factScorer.score(factResolver.read(question)).ranked.find((s) => facts.facts[s.fact]?.id === id);

    it('answers "tỷ lệ … gấp bao nhiêu lần" with a multiple: the rate is what is multiplied', () => {
      expect(hit('tỷ lệ thanh toán không dùng tiền mặt tăng gấp bao nhiêu lần năm trước', 'gap')?.eligible).toBe(true);
    });

    it('reads an unmarked "noi" as the "nội" of "thu nội địa", not the question word "nói"', () => {
      expect(factResolver.read('thu noi dia duoc bao nhieu').words[1]?.resolved?.soft).toBe(false);
      expect(hit('thu noi dia duoc bao nhieu', 'noi-dia')?.eligible).toBe(true);
    });
  });

  describe('the headline’s words', () => {
    const facts = smallKnowledge(
      [
        { id: 'giai-ngan', figure: '452 tỷ đồng', sentence: 'Đến ngày 31/12, thành phố đã giải ngân được 452 tỷ đồng.', context: 'thành phố đã giải ngân được 452 tỷ đồng', kind: 'money' },
        { id: 'ke-hoach', figure: '584,6 tỷ đồng', sentence: 'Tổng kế hoạch vốn đầu tư công của thành phố là 584,6 tỷ đồng.', context: 'Tổng kế hoạch vốn đầu tư công của thành phố là 584,6 tỷ đồng', kind: 'money' },
      ],
      { title: 'Thành phố giải ngân 452 tỷ đồng vốn đầu tư công' },
    );
    const factIndex = buildFactIndex(facts);
    const factResolver = new WordResolver(factIndex);
    const factScorer = new FactScorer(factIndex);

    it('lets a figure the headline states be found by the headline’s words, before a plan', () => {
      const ranked = factScorer.score(factResolver.read('thành phố giải ngân được bao nhiêu vốn đầu tư công')).ranked;
      expect(facts.facts[ranked[0]?.fact ?? -1]?.id).toBe('giai-ngan');
    });
  });

  describe('the report’s meeting', () => {
    const facts = smallKnowledge([
      { id: 'to-chuc', figure: 'Sở Giáo dục', sentence: 'Ngày 16/8, Sở Giáo dục tổ chức hội nghị tổng kết năm học 2023-2024.', context: 'Sở Giáo dục tổ chức hội nghị tổng kết năm học 2023-2024', kind: 'name' },
      { id: 'chu-tri', figure: 'Lương Văn Định', sentence: 'Ông Lương Văn Định, Giám đốc Sở chủ trì hội nghị.', context: 'Ông Lương Văn Định, Giám đốc Sở chủ trì hội nghị', kind: 'name' },
      { id: 'giai', figure: 'Nguyễn Minh Khôi', sentence: 'Em Nguyễn Minh Khôi giành Huy chương Bạc.', context: 'Em Nguyễn Minh Khôi giành Huy chương Bạc', kind: 'name' },
    ]);
    const factIndex = buildFactIndex(facts);
    const factResolver = new WordResolver(factIndex);
    const factScorer = new FactScorer(factIndex);
    const coverage = (question: string, id: string) =>
      factScorer.score(factResolver.read(question)).ranked.find((s) => facts.facts[s.fact]?.id === id)?.coverage ?? 0;

    it('lets who chaired "the meeting" be found by what the meeting was', () => {
      expect(coverage('ai chủ trì hội nghị tổng kết năm học', 'chu-tri')).toBeGreaterThan(0.9);
    });

    it('does not give the meeting’s words to names that did nothing at it', () => {
      expect(coverage('ai giành huy chương tổng kết năm học', 'giai')).toBeLessThan(coverage('ai giành huy chương', 'giai'));
    });
  });

  describe('which place', () => {
    const facts = smallKnowledge([
      { id: 'so', figure: '1 xã', sentence: 'Có 1 xã đạt chuẩn nông thôn mới kiểu mẫu là xã Hưng Thủy.', context: 'Có 1 xã đạt chuẩn nông thôn mới kiểu mẫu', kind: 'count' },
      { id: 'ten', figure: 'Hưng Thủy', sentence: 'Có 1 xã đạt chuẩn nông thôn mới kiểu mẫu là xã Hưng Thủy.', context: 'Có 1 xã đạt chuẩn nông thôn mới kiểu mẫu là xã Hưng Thủy', kind: 'name' },
    ]);
    const factIndex = buildFactIndex(facts);
    const factResolver = new WordResolver(factIndex);
    const factScorer = new FactScorer(factIndex);
    const eligible = (question: string, id: string) =>
      factScorer.score(factResolver.read(question)).ranked.find((s) => facts.facts[s.fact]?.id === id)?.eligible;

    it('answers "xã nào" with a name, never with a count of communes', () => {
      expect(eligible('xã nào đạt chuẩn nông thôn mới kiểu mẫu', 'ten')).toBe(true);
      expect(eligible('xã nào đạt chuẩn nông thôn mới kiểu mẫu', 'so')).toBe(false);
      expect(eligible('bao nhiêu xã đạt chuẩn nông thôn mới kiểu mẫu', 'so')).toBe(true);
    });
  });

  describe('English counts and shares', () => {
    const facts = smallKnowledge([
      { id: 'ty-le', figure: '99%', sentence: 'Phấn đấu có thêm trường đạt chuẩn quốc gia và tỷ lệ tốt nghiệp trên 99%.', context: 'đạt chuẩn quốc gia và tỷ lệ tốt nghiệp trên 99%', kind: 'percent' },
      { id: 'vuot', figure: '0,36%', sentence: 'Giá trị sản xuất vượt 0,36% kế hoạch.', context: 'Giá trị sản xuất vượt 0,36% kế hoạch', kind: 'percent' },
    ]);
    const factIndex = buildFactIndex(facts);
    const factResolver = new WordResolver(factIndex);
    const factScorer = new FactScorer(factIndex);
    const eligible = (question: string, id: string) =>
      factScorer.score(factResolver.read(question)).ranked.find((s) => facts.facts[s.fact]?.id === id)?.eligible;

    it('does not answer "how many schools" with a share, but answers "how much above plan" with one', () => {
      expect(eligible('how many schools meet national standards', 'ty-le')).toBe(false);
      expect(eligible('how much above plan was the production value', 'vuot')).toBe(true);
    });
  });

  describe('the number of something asked before "bao nhiêu"', () => {
    const facts = smallKnowledge([
      { id: 'vu', figure: '28 vụ', sentence: 'Số vụ giảm 28 vụ, số người chết giảm 19 người.', context: 'Số vụ giảm 28 vụ', kind: 'count' },
      { id: 'nguoi', figure: '19 người', sentence: 'Số vụ giảm 28 vụ, số người chết giảm 19 người.', context: 'số người chết giảm 19 người', kind: 'count' },
      { id: 'chi-so', figure: '11,2%', sentence: 'Chỉ số sản xuất công nghiệp tăng 11,2%.', context: 'Chỉ số sản xuất công nghiệp tăng 11,2%', kind: 'percent' },
    ]);
    const factIndex = buildFactIndex(facts);
    const factResolver = new WordResolver(factIndex);
    const factScorer = new FactScorer(factIndex);
    const eligible = (question: string, id: string) =>
      factScorer.score(factResolver.read(question)).ranked.find((s) => facts.facts[s.fact]?.id === id)?.eligible;

    it('counts what "số X" names: "số vụ … giảm bao nhiêu" wants cases', () => {
      expect(eligible('số vụ tai nạn giảm bao nhiêu', 'vu')).toBe(true);
      expect(eligible('số vụ tai nạn giảm bao nhiêu', 'nguoi')).toBe(false);
    });

    it('does not read "chỉ số" (an index) as a number of things', () => {
      expect(eligible('chỉ số sản xuất công nghiệp tăng bao nhiêu', 'chi-so')).toBe(true);
    });
  });

  describe('figures asked back by their words, and school years', () => {
    const facts = smallKnowledge([
      { id: 'ngay', figure: '20/12', sentence: 'Ngày 20/12, Ban Chấp hành Đảng bộ tỉnh khóa XX họp.', context: 'Ngày 20/12, Ban Chấp hành Đảng bộ tỉnh khóa XX họp', kind: 'date' },
      { id: 'khoa', figure: 'khóa XX', sentence: 'Ngày 20/12, Ban Chấp hành Đảng bộ tỉnh khóa XX họp.', context: 'Ban Chấp hành Đảng bộ tỉnh khóa XX họp', kind: 'term' },
      { id: 'so', figure: 'Sở Giáo dục', sentence: 'Sở Giáo dục tổ chức hội nghị tổng kết năm học 2023-2024.', context: 'Sở Giáo dục tổ chức hội nghị tổng kết năm học 2023-2024', kind: 'name' },
      { id: 'nam-hoc', figure: '2023-2024', sentence: 'Sở Giáo dục tổ chức hội nghị tổng kết năm học 2023-2024.', context: 'Sở Giáo dục tổ chức hội nghị tổng kết năm học 2023-2024', kind: 'term' },
      { id: 'thu', figure: '398 tỷ đồng', sentence: 'Thu nội địa đạt 398 tỷ đồng.', context: 'Thu nội địa đạt 398 tỷ đồng', kind: 'money' },
    ]);
    const factIndex = buildFactIndex(facts);
    const factResolver = new WordResolver(factIndex);
    const factScorer = new FactScorer(factIndex);
    const ranked = (question: string) => factScorer.score(factResolver.read(question)).ranked.filter((s) => s.eligible).map((s) => ({ ...s, id: facts.facts[s.fact]?.id }));

    it('ranks the fact whose figure a question restates in words first', () => {
      expect(ranked('khóa XX là gì')[0]?.id).toBe('khoa');
    });

    it('answers "năm học nào" with a term, not with the body that held the meeting', () => {
      expect(ranked('đây là tổng kết năm học nào')[0]?.id).toBe('nam-hoc');
    });

    it('takes "khoản" for the frame of a figure asked back', () => {
      expect(factResolver.read('398 tỷ đồng là khoản thu nào').words.find((w) => w.word.folded === 'khoan')?.resolved?.soft).toBe(true);
      expect(ranked('398 tỷ đồng là khoản thu nào')[0]?.id).toBe('thu');
    });
  });
});
