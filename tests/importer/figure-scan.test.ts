/** Figures of one sentence in every format the genre writes them. */
import { describe, expect, it } from 'vitest';
import { scanFigures } from '../../src/importer/figure-scan.js';
import { scanNamedFigures } from '../../src/importer/named-figures.js';

const figures = (sentence: string): string[] => scanFigures(sentence).map((f) => `${f.kind}:${f.figure}`);

describe('scanFigures', () => {
  it('reads money, percentages and counts with their units', () => {
    expect(figures('Thu ngân sách đạt 452 tỷ đồng, bằng 118,6% dự toán; bắt 2.340 đối tượng.')).toEqual(['money:452 tỷ đồng', 'percent:118,6%', 'count:2.340 đối tượng']);
    expect(figures('Kim ngạch xuất khẩu đạt 1,8 tỷ USD, thu 3.450 tỷ.')).toEqual(['money:1,8 tỷ USD', 'money:3.450 tỷ']);
    expect(figures('Cấp phép 1.200 ha đất và đón 2 triệu lượt khách.')).toEqual(['count:1.200 ha', 'count:2 triệu lượt khách']);
  });

  it('tells a ratio of things from a day and month', () => {
    expect(figures('Điều tra làm rõ 41/43 vụ, 10/12 xã đạt chuẩn.')).toEqual(['ratio:41/43 vụ', 'ratio:10/12 xã']);
    expect(figures('Ngày 9/1, hội nghị họp; đến 20/12 xong.')).toEqual(['date:9/1', 'date:20/12']);
    expect(figures('Hạn chót là 13/12/2022.')).toEqual(['date:13/12/2022']);
    expect(figures('Ngày 20-12 họp, ngày 9 tháng 1 năm 2025 bế mạc.')).toEqual(['date:20-12', 'date:9 tháng 1 năm 2025']);
  });

  it('reads ordinals and terms, roman numerals only after their cue words', () => {
    expect(figures('Hội nghị lần thứ 27 Ban Chấp hành khóa XX, nhiệm kỳ 2020-2025.')).toEqual(['ordinal:lần thứ 27', 'term:khóa XX', 'term:2020-2025']);
    expect(figures('Đại hội lần thứ II; nhiệm kỳ 2020- 2025; kỳ họp thứ 5.')).toEqual(['ordinal:lần thứ II', 'term:2020- 2025', 'ordinal:kỳ họp thứ 5']);
    expect(figures('Chương trình MIX của Công ty VI.')).toEqual([]);
    expect(figures('Đây là lần thứ hai tổ chức, kỳ họp thứ mười một; họp vào thứ năm.')).toEqual(['ordinal:lần thứ hai', 'ordinal:kỳ họp thứ mười một']);
  });

  it('leaves out numbers that are names: places, documents, diseases, periods', () => {
    expect(figures('Do Covid-19, Nghị quyết 57-NQ/TW và Quyết định số 123/QĐ-UBND, Quận 3 họp.')).toEqual([]);
    expect(figures('Trong 6 tháng đầu năm, Quốc lộ 5 được sửa cho học sinh lớp 9.')).toEqual([]);
    expect(figures('Có 2 đồng chí được khen.')).toEqual(['count:2 đồng chí']);
    expect(figures('Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đạt 96,2%; 300 cụ 90 tuổi.')).toEqual(['percent:96,2%', 'count:300 cụ', 'count:90 tuổi']);
  });

  it('takes a quarter’s months for the period reported on, and a rate’s "per" for no figure', () => {
    expect(figures('Kim ngạch xuất khẩu 6 tháng ước đạt 4,26 tỷ USD; trong 9 tháng có 12 dự án.')).toEqual(['money:4,26 tỷ USD', 'count:12 dự án']);
    expect(figures('Toàn tỉnh đạt 11,8 bác sĩ trên 1 vạn dân.')).toEqual(['count:11,8 bác sĩ']);
    expect(figures('Thời gian thi công kéo dài 18 tháng.')).toEqual(['count:18 tháng']);
  });

  it('keeps a rank out of a ratio: "xếp thứ 2/10" is one rank', () => {
    expect(figures('Thành phố xếp thứ 2/10 huyện và đạt 9/10 chỉ tiêu.')).toEqual(['ordinal:thứ 2/10', 'ratio:9/10 chỉ tiêu']);
  });

  it('keeps a prize’s grade with it, and a provincial road’s number out', () => {
    expect(figures('Đoạt 3 giải Nhất, 9 giải Nhì và 20 giải Khuyến khích.')).toEqual(['count:3 giải Nhất', 'count:9 giải Nhì', 'count:20 giải Khuyến khích']);
    expect(figures('Xe chạy trên đường tỉnh 642 và có 5 giải thưởng.')).toEqual(['count:5 giải thưởng']);
  });

  it('keeps an English adjective with its noun', () => {
    expect(figures('Police handled 214 criminal cases and 1.1 million international visitors came.')).toEqual(['count:214 criminal cases', 'count:1.1 million international visitors']);
  });

  it('reads English figures too', () => {
    expect(figures('Revenue reached VND 452 billion, up 12.5 percent, on December 13, 2022, with 1,195 cases at the 22nd meeting.')).toEqual([
      'money:VND 452 billion',
      'percent:12.5 percent',
      'date:December 13, 2022',
      'count:1,195 cases',
      'ordinal:22nd',
    ]);
  });
});

describe('scanNamedFigures', () => {
  const named = (sentence: string): string[] => scanNamedFigures(sentence).map((f) => f.figure);

  it('finds the chair, across the comma of a title', () => {
    expect(named('Hội nghị do đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì.')).toEqual(['Nguyễn Văn An']);
    expect(named('Chủ trì hội nghị có đồng chí Lê Minh Châu, Giám đốc Sở Y tế.')).toEqual(['Lê Minh Châu']);
    expect(named('Thiếu tướng Trần Văn Nam, Giám đốc Công an thành phố chủ trì hội nghị.')).toEqual(['Trần Văn Nam']);
    expect(named('The session was chaired by Mr. Vu Quyet Tien, Secretary of the City Party Committee.')).toEqual(['Vu Quyet Tien']);
  });

  it('finds a speaker after a title and a place name', () => {
    expect(named('Bí thư Quận ủy Bắc Từ Liêm Vũ Hà phát biểu tại Hội nghị.')).toEqual(['Vũ Hà']);
    expect(named('Ban Thường vụ Quận ủy chỉ đạo quyết liệt.')).toEqual([]);
  });

  it('finds who won, led or was elected, and the body whose report gives the figures', () => {
    expect(named('Em Trần Thu Hà, học sinh lớp 11, giành Huy chương Vàng.')).toEqual(['Trần Thu Hà']);
    expect(named('Triệt phá đường dây do Lê Văn Bình cầm đầu.')).toEqual(['Lê Văn Bình']);
    expect(named('Hội nghị bầu bổ sung đồng chí Phạm Thị Mai vào Ban Thường vụ.')).toEqual(['Phạm Thị Mai']);
    expect(named('Theo báo cáo của Sở Tài chính, thu ngân sách tăng.')).toEqual(['Sở Tài chính']);
    expect(named('Theo báo cáo, thu ngân sách tăng.')).toEqual([]);
  });

  it('finds the places a count names, never one capitalised word', () => {
    expect(named('Có 1 xã đạt chuẩn nông thôn mới kiểu mẫu là xã Hưng Thủy.')).toEqual(['Hưng Thủy']);
    expect(named('Có thêm 3 xã đạt chuẩn là Thạch Lâm, Đồng Lạc và Yên Phú.')).toEqual(['Thạch Lâm, Đồng Lạc và Yên Phú']);
    expect(named('Mục tiêu là Xây dựng nông thôn mới.')).toEqual([]);
  });

  it('finds the body that holds the meeting, a name at its clause’s head', () => {
    expect(named('Ngày 13/12, Ban Chấp hành Đảng bộ quận Bắc Từ Liêm tổ chức Hội nghị lần thứ 22.')).toEqual(['Ban Chấp hành Đảng bộ quận Bắc Từ Liêm']);
    expect(named('Trong năm, các xã đã tổ chức hội nghị.')).toEqual([]);
  });

  it('finds a body that did something, its name ending at "đã"', () => {
    expect(named('Ngày 14/8, Phòng Cảnh sát điều tra tội phạm về ma túy đã triệt phá đường dây liên tỉnh.')).toEqual(['Phòng Cảnh sát điều tra tội phạm về ma túy']);
    expect(named('Ban Chấp hành Đảng bộ tỉnh cũng đã tiến hành quy trình giới thiệu nhân sự.')).toEqual(['Ban Chấp hành Đảng bộ tỉnh']);
    // No body word at the clause's head: the people "đã" did nothing a body did.
    expect(named('Các xã đã triển khai kế hoạch.')).toEqual([]);
  });

  it('takes the motto inside its quotes', () => {
    expect(named('Năm 2025, tỉnh xác định chủ đề là “Kỷ cương, đột phá, về đích”.')).toEqual(['Kỷ cương, đột phá, về đích']);
  });
});
