/**
 * The shipped lexicon keeps apart what reports of the genre count apart. Every phrase of
 * an entry is a synonym of the others, so one entry holding a part and its whole, a target
 * and its result or a count and its rate makes the bot answer one with the other.
 */
import { describe, expect, it } from 'vitest';
import { genreTermFinder } from '../../src/engine/lexicon/term-finder.js';
import { analyze } from '../../src/engine/text/analyze.js';

/** Every phrasing a fact with this text is indexed with, through the entries found in it. */
const equivalents = (text: string): string[] => {
  const finder = genreTermFinder();
  const { words, numbers } = analyze(text, 'vi');
  return finder.find(words, numbers).flatMap((entry) => (finder.forms[entry] ?? []).map((form) => form.text));
};

describe('shipped lexicon: figures a report gives apart stay apart', () => {
  it.each([
    ['bị tạm giữ hình sự', 'tạm giam'],
    ['bị tạm giam', 'tạm giữ hình sự'],
    ['liệt sĩ', 'thân nhân liệt sĩ'],
    ['lương cơ sở', 'lương tối thiểu vùng'],
    ['đình công', 'tranh chấp lao động'],
    ['cướp giật tài sản', 'cướp tài sản'],
    ['dâm ô', 'hiếp dâm'],
    ['điện thương phẩm', 'sản lượng điện'],
    ['nộp thuế', 'người nộp thuế'],
    ['gia hạn thuế', 'miễn giảm thuế'],
    ['điện thoại và linh kiện', 'linh kiện điện tử'],
    ['vận tải', 'vận tải hàng hóa'],
    ['viễn thông', 'bưu chính'],
    ['tiền gửi', 'huy động vốn'],
    ['đàn trâu', 'đàn bò'],
    ['sắn', 'khoai lang'],
    ['vụ thu đông', 'vụ hè thu'],
    ['GlobalGAP', 'VietGAP'],
    ['tàu thuyền', 'tàu cá'],
    ['quỹ đất', 'đất công'],
    ['lò đốt rác', 'bãi rác'],
    ['khai thác cát', 'khai thác cát trái phép'],
    ['biên chế', 'tinh giản biên chế'],
    ['xuất cảnh', 'xuất cảnh trái phép'],
    ['tạm trú', 'thường trú'],
    ['điểm tiềm ẩn tai nạn', 'điểm đen'],
    ['sim rác', 'thuê bao'],
    ['kiến nghị thu hồi', 'thu hồi về ngân sách'],
    ['trường cao đẳng', 'trường đại học'],
    ['ngoại ngữ', 'tiếng Anh'],
    ['giáo viên trên chuẩn', 'giáo viên đạt chuẩn'],
    ['đơn vị máu', 'hiến máu'],
    ['cử tri đi bầu', 'tỷ lệ cử tri đi bầu'],
    ['kỳ họp bất thường', 'kỳ họp chuyên đề'],
    ['nhà thờ', 'chùa'],
    ['truyền hình', 'truyền thanh'],
    ['cờ tướng', 'cờ vua'],
    ['tổ dân phố văn hóa', 'thôn văn hóa'],
    ['chỉ dẫn địa lý', 'nhãn hiệu'],
    ['hàng nhập lậu', 'hàng cấm'],
    ['5 dự án chậm tiến độ', 'chậm giải ngân'],
    ['hỗ trợ 15 tấn gạo', 'xuất khẩu gạo'],
  ])('"%s" is not read as "%s"', (text, other) => {
    expect(equivalents(text)).not.toContain(other);
  });

  it.each([
    ['tỷ lệ sinh', 'births'],
    ['thuế thu nhập cá nhân', 'income tax'],
    ['tuyển quân', 'draft'],
    ['tạm ứng', 'advanced'],
    ['mua bán trái phép chất ma túy', 'trafficking'],
  ])('"%s" does not answer an English "%s": the word means more than the entry', (text, english) => {
    expect(equivalents(text)).not.toContain(english);
  });

  it.each([
    ['hạch toán', 'môn Toán'],
    ['di tích lịch sử', 'môn Lịch sử'],
    ['đơn vị sự nghiệp công lập', 'trường công lập'],
    ['kênh truyền hình', 'kênh mương'],
    ['cấp giấy chứng nhận đăng ký đầu tư', 'sổ đỏ'],
    ['trường phổ thông dân tộc nội trú', 'bệnh nhân nội trú'],
    ['cổ phiếu', 'phiếu bầu'],
  ])('"%s" holds no "%s": a short phrase inside another word is not the entry', (text, other) => {
    expect(equivalents(text)).not.toContain(other);
  });

  it('still finds the split entries where they stand', () => {
    expect(equivalents('đàn trâu, bò')).toEqual(expect.arrayContaining(['đàn trâu', 'đàn bò']));
    expect(equivalents('tỷ lệ cử tri đi bầu')).toEqual(expect.arrayContaining(['turnout', 'voted']));
    expect(equivalents('bị tạm giam')).toContain('remanded');
    expect(equivalents('sổ đỏ')).toContain('land use right certificates');
    expect(equivalents('điều trị nội trú 186.300 lượt')).toContain('inpatients');
    expect(equivalents('sắp xếp đơn vị hành chính cấp xã')).toContain('merged');
  });
});
