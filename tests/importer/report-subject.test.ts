/** Places and bodies a report is about, with the short forms people type. */
import { describe, expect, it } from 'vitest';
import { reportSubject } from '../../src/importer/report-subject.js';

describe('reportSubject', () => {
  it('names the title’s and lead’s places with their bare names and initials', () => {
    expect(reportSubject({ title: 'Quận Bắc Từ Liêm: Thu ngân sách đạt 211%', paragraphs: ['Năm 2022 quận Bắc Từ Liêm hoàn thành.'] })).toEqual(['Quận Bắc Từ Liêm', 'Bắc Từ Liêm', 'BTL']);
    expect(reportSubject({ title: 'Huyện Cẩm Giàng tổng kết', paragraphs: ['Tại tỉnh Thái Bình và Quận 3.'] })).toEqual([
      'Huyện Cẩm Giàng',
      'Cẩm Giàng',
      'tỉnh Thái Bình',
      'Thái Bình',
      'Quận 3',
      'Q3',
      'Q.3',
    ]);
  });

  it('names the police as people shorten them', () => {
    const subject = reportSubject({ title: 'Công an thành phố: 512 vụ phạm pháp', paragraphs: ['Công an thành phố Hải Phòng tổng kết.'] });
    expect(subject).toEqual(expect.arrayContaining(['Công an thành phố', 'CATP', 'Công an thành phố Hải Phòng']));
  });

  it('reads English place names', () => {
    expect(reportSubject({ title: 'Cam Giang district revenue hits VND 452 billion', paragraphs: ['Thai Binh province and District 3 met.'] })).toEqual([
      'Cam Giang district',
      'Cam Giang',
      'Thai Binh province',
      'Thai Binh',
      'District 3',
      'D3',
    ]);
  });

  it('takes bodies from the opening sentences only: who holds the meeting, not who attended', () => {
    const subject = reportSubject({
      title: 'Quận 3 tổng kết năm học',
      paragraphs: ['Chiều 12/7, Phòng Giáo dục và Đào tạo Quận 3 tổ chức hội nghị. Đến dự có lãnh đạo Sở Giáo dục và Đào tạo TP.HCM.'],
    });
    expect(subject).toContain('Phòng Giáo dục và Đào tạo Quận 3');
    expect(subject).not.toContain('Sở Giáo dục và Đào tạo');
  });

  it('leaves out places named in passing, keeps one named three times', () => {
    const body = ['Huyện A Lưới họp.', 'Đoàn đi tỉnh Nghệ An.', 'Huyện A Lưới đạt.', 'Ở huyện A Lưới.'];
    const subject = reportSubject({ title: 'Tổng kết năm', paragraphs: ['Hội nghị tổng kết.', ...body] });
    expect(subject).toContain('A Lưới');
    expect(subject).not.toContain('Nghệ An');
  });

  it('ends a place where the name of the one holding a title there begins', () => {
    const subject = reportSubject({
      title: 'Tỉnh Hà Giang tổng kết năm 2024',
      paragraphs: ['Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn chủ trì hội nghị. Bí thư Huyện ủy Bắc Quang Lê Thị Hoa phát biểu.', 'Huyện Thạch Sơn Lê Văn Nghĩa báo cáo.'],
    });
    expect(subject).toEqual(expect.arrayContaining(['Tỉnh Hà Giang', 'Hà Giang', 'UBND tỉnh Hà Giang', 'Thạch Sơn']));
    expect(subject.filter((form) => /Nguyễn|Lê|HGNV|TSLV/u.test(form))).toEqual([]);
    // A place whose own name holds a family name keeps it: the name is the title's.
    expect(reportSubject({ title: 'Huyện Trần Văn Thời tổng kết', paragraphs: ['Huyện Trần Văn Thời đạt.'] })).toContain('Trần Văn Thời');
    expect(reportSubject({ title: 'Quận Hoàng Mai tổng kết', paragraphs: ['Quận Hoàng Mai đạt.'] })).toContain('Hoàng Mai');
  });
});
