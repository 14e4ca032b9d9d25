/** A sentence with several figures gives each its own words. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/importer/fact-extract.js';
import { splitSentences } from '../../src/importer/sentence-split.js';

function contexts(article: string): Record<string, string> {
  const facts = extractFacts(splitSentences(article), article.split('\n')[0] ?? '');
  return Object.fromEntries(facts.map((f) => [f.figure, f.context]));
}

describe('figure contexts', () => {
  it('cuts at commas and semicolons, keeping the lead-in with the first figure', () => {
    expect(contexts('Tiêu đề\n\nVề an ninh, toàn tỉnh xảy ra 512 vụ phạm pháp hình sự, giảm 37 vụ so với cùng kỳ; điều tra làm rõ 41/43 vụ.')).toEqual({
      '512 vụ': 'Về an ninh, toàn tỉnh xảy ra 512 vụ phạm pháp hình sự',
      '37 vụ': 'giảm 37 vụ so với cùng kỳ',
      '41/43 vụ': 'điều tra làm rõ 41/43 vụ',
    });
  });

  it('cuts a clause with two figures at the comparison word between them', () => {
    expect(contexts('Tiêu đề\n\nHuyện giải ngân 315 tỷ đồng đạt 97% kế hoạch.')).toEqual({ '315 tỷ đồng': 'Huyện giải ngân 315 tỷ đồng', '97%': 'đạt 97% kế hoạch' });
    expect(contexts('Tiêu đề\n\nChi ngân sách ước đạt 102% dự toán Thành phố giao, 97,4% dự toán quận giao.')).toEqual({
      '102%': 'Chi ngân sách ước đạt 102% dự toán Thành phố giao',
      '97,4%': '97,4% dự toán quận giao',
    });
  });

  it('lets a bare date frame the clause after it, and a bare list item join the one before', () => {
    const found = contexts('Tiêu đề\n\nNgày 13/12, Ban Chấp hành tổ chức Hội nghị, rà soát quy hoạch nhiệm kỳ 2020-2025, 2021-2026.');
    expect(found['13/12']).toBe('Ngày 13/12, Ban Chấp hành tổ chức Hội nghị');
    expect(found['2021-2026']).toBe('rà soát quy hoạch nhiệm kỳ 2020-2025, 2021-2026');
  });

  it('gives a figure restated in other terms the words of the one it restates', () => {
    expect(contexts('Tiêu đề\n\nSố vụ giảm 28 vụ (tương đương 8,2%), số người chết giảm 19 người (11,4%).')).toMatchObject({
      '8,2%': 'Số vụ giảm 28 vụ (tương đương 8,2%',
      '11,4%': 'số người chết giảm 19 người (11,4%',
    });
    expect(contexts('Tiêu đề\n\nThu ngân sách đạt 452 tỷ đồng, tăng 12% so với cùng kỳ.')).toMatchObject({ '12%': 'tăng 12% so với cùng kỳ' });
  });

  it('lets a count that opens a list of what it counts take the list and its verb', () => {
    expect(contexts('Tiêu đề\n\nCó 96,8% trạm y tế có bác sĩ; 138/142 xã, phường, thị trấn đạt Bộ tiêu chí quốc gia về y tế.')).toMatchObject({
      '138/142 xã': '138/142 xã, phường, thị trấn đạt Bộ tiêu chí quốc gia về y tế',
    });
  });

  it('gives a parenthesis its own context and a name the words up to its verb', () => {
    const found = contexts('Tiêu đề\n\nĐại hội 439/439 chi bộ (đạt tỷ lệ 100%). Hội nghị do đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì.');
    expect(found['100%']).toBe('đạt tỷ lệ 100%');
    expect(found['Nguyễn Văn An']).toBe('Hội nghị do đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì');
  });

  it('keeps the report’s own years as frames, not facts, and a year said once as a fact', () => {
    const facts = extractFacts(splitSentences('Năm 2024 tốt\n\nNăm 2024 thu 5 tỷ đồng. Năm 2024 chi 4 tỷ đồng. Trường thành lập năm 1997.'), 'Năm 2024 tốt');
    expect(facts.map((f) => f.figure)).toEqual(['5 tỷ đồng', '4 tỷ đồng', '1997']);
  });

  it('makes a figure the title restates one fact with the body’s sentence', () => {
    const facts = extractFacts(splitSentences('Huyện X: thu 452 tỷ đồng\n\nTheo báo cáo, tổng thu ngân sách trên địa bàn đạt 452 tỷ đồng.'), 'Huyện X: thu 452 tỷ đồng');
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ figure: '452 tỷ đồng', inTitle: true, sentence: 'Theo báo cáo, tổng thu ngân sách trên địa bàn đạt 452 tỷ đồng.' });
  });
});
