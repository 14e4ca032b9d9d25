/** The event date from the article's dates, the year from its text. */
import { describe, expect, it } from 'vitest';
import { eventDate, readDate } from '../../src/importer/event-date.js';

const today = new Date('2026-03-01T00:00:00Z');

describe('eventDate', () => {
  it('takes the lead’s meeting date and the year that meeting sums up', () => {
    const sentence = 'Ngày 20/12, Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.';
    const article = `Tiêu đề\n\n${sentence}\n\nNăm 2025 phấn đấu. Năm 2025 tăng. Năm 2025 nữa.`;
    expect(eventDate(article, [{ figure: '20/12', sentence, paragraph: 1 }], today)).toBe('2024-12-20');
  });

  it('moves a January meeting into the year after the one it sums up', () => {
    const sentence = 'Sáng 9/1, huyện tổng kết năm 2024.';
    expect(eventDate(`Tiêu đề\n${sentence}\nKế hoạch năm 2025.`, [{ figure: '9/1', sentence, paragraph: 1 }], today)).toBe('2025-01-09');
  });

  it('takes a date’s own year, else the latest date, else the year’s end', () => {
    const withYear = 'Hội nghị họp ngày 13/12/2022.';
    expect(eventDate(withYear, [{ figure: '13/12/2022', sentence: withYear, paragraph: 0 }], today)).toBe('2022-12-13');
    const period = 'Tính đến 30/11, thu 5 tỷ đồng; từ 1/1 đến 15/10 chi 2 tỷ.';
    const article = `Tiêu đề\n\nA.\n\nB.\n\nC.\n\nD năm 2023.\n\n${period}`;
    const dates = ['30/11', '1/1', '15/10'].map((figure) => ({ figure, sentence: period, paragraph: 6 }));
    expect(eventDate(article, dates, today)).toBe('2023-11-30');
    expect(eventDate('Báo cáo năm 2023 về thu chi.', [], today)).toBe('2023-12-31');
    expect(eventDate('Báo cáo 6 tháng đầu năm 2024.', [], today)).toBe('2024-06-30');
    expect(eventDate('Không có năm nào.', [], today)).toBe('2026-03-01');
  });

  it('gives a date with no year the year of the article’s full dates when no year stands alone', () => {
    const sentence = 'Ngày 20/12, Hội đồng nhân dân họp.';
    const later = 'Ngày 13/12/2022, Ủy ban khai mạc hội nghị.';
    const dates = [
      { figure: '20/12', sentence, paragraph: 1 },
      { figure: '13/12/2022', sentence: later, paragraph: 2 },
    ];
    expect(eventDate(`Lịch họp tháng 12\n${sentence}\n${later}`, dates, today)).toBe('2022-12-20');
  });

  it('takes a school year’s second year for a July meeting when no single year is named', () => {
    const sentence = 'Chiều ngày 12/7, Phòng Giáo dục tổng kết năm học 2023-2024.';
    expect(eventDate(`Tiêu đề\n${sentence}`, [{ figure: '12/7', sentence, paragraph: 1 }], today)).toBe('2024-07-12');
    expect(eventDate(`Tiêu đề\n${sentence.replace('12/7', '5/9')}`, [{ figure: '5/9', sentence, paragraph: 1 }], today)).toBe('2023-09-05');
  });

  it('reads dates in words and in English', () => {
    expect(readDate('ngày 13 tháng 12 năm 2022')).toEqual({ day: 13, month: 12, year: 2022 });
    expect(readDate('December 13, 2022')).toEqual({ day: 13, month: 12, year: 2022 });
    expect(readDate('9/1')).toEqual({ day: 9, month: 1, year: null });
    // A typo is not a day: the report's date comes from the article's other dates instead.
    expect(readDate('31/2')).toBeNull();
    expect(readDate('12/13/2024')).toBeNull();
    expect(readDate('29/2/2023')).toBeNull();
    expect(readDate('29/2')).toEqual({ day: 29, month: 2, year: null });
  });
});
