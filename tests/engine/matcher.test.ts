/**
 * The matcher on the real knowledge, with questions typed the way people type them.
 * Each row is a question and the fact it must reach, or null when the report does not
 * say and the engine must decline rather than guess.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, loadKnowledge } from '../../src/engine/index.js';

const kb = loadKnowledge('knowledge');
const matcher = createMatcher(kb);

type Row = readonly [question: string, factId: string | null];

function expectAnswer(question: string, factId: string | null): void {
  const answer = matcher.ask(question);
  const got = answer.best?.fact.id ?? null;
  const detail = `${JSON.stringify(question)} → ${got ?? 'declined'} (${answer.best?.score.toFixed(3) ?? '-'})`;
  expect(got, detail).toBe(factId);
  expect(answer.answered, detail).toBe(factId !== null);
  expect(answer.question).toBe(question);
}

const cases: Record<string, readonly Row[]> = {
  'with diacritics': [
    ['Năm rồi quận thu ngân sách được bao nhiêu vậy?', 'thu-ngan-sach'],
    ['Bí thư Quận ủy là ai vậy', 'bi-thu-quan-uy'],
    ['Chủ đề công tác năm tới của quận là gì thế', 'chu-de-2023'],
    ['Hội nghị Ban Chấp hành lần này là lần thứ mấy?', 'hoi-nghi-lan-thu'],
    ['ai là người viết bài báo này', 'tac-gia'],
    ['Quận phục vụ Đại hội thể thao Đông Nam Á lần thứ mấy?', 'sea-games'],
    ['quy hoạch cán bộ do cấp nào phê duyệt', 'phe-duyet-quy-hoach'],
    ['năm 2022 quận gặp khó khăn lớn nhất là gì', 'kho-khan-covid'],
  ],
  'without diacritics': [
    ['thu ngan sach quan dat bao nhieu %', 'thu-ngan-sach'],
    ['hoi nghi bch lan nay la lan thu may', 'hoi-nghi-lan-thu'],
    ['bi thu quan uy ten gi', 'bi-thu-quan-uy'],
    ['gtsx vuot ke hoach may phan tram', 'vuot-ke-hoach-san-xuat'],
    ['so truong hop quy hoach nhiem ky ke tiep', 'quy-hoach-ke-tiep'],
  ],
  'old and new tone placement': [
    ['ai đang làm Bí thư Quận uỷ', 'bi-thu-quan-uy'],
    ['ai đang làm Bí thư Quận ủy', 'bi-thu-quan-uy'],
    ['tỉ lệ chi bộ đại hội thành công', 'ty-le-dai-hoi-chi-bo'],
    ['tỷ lệ chi bộ đại hội thành công', 'ty-le-dai-hoi-chi-bo'],
    ['quy hoạch nhiệm kì kế tiếp được mấy trường hợp', 'quy-hoach-ke-tiep'],
  ],
  'all capitals': [
    ['TỔNG THU NGÂN SÁCH CỦA QUẬN LÀ BAO NHIÊU', 'thu-ngan-sach'],
    ['THU NGAN SACH NAM 2022 DUOC BAO NHIEU', 'thu-ngan-sach'],
    ['CHI NGÂN SÁCH SO VỚI DỰ TOÁN QUẬN GIAO', 'chi-ngan-sach-quan'],
    ['AI VIẾT BÀI NÀY', 'tac-gia'],
  ],
  'extra spaces and punctuation': [
    ['   thu    ngân   sách ???!!!   ', 'thu-ngan-sach'],
    ['Thu   ngân  sách,  đạt... bao nhiêu???', 'thu-ngan-sach'],
    ['bí thư quận ủy...là ai???', 'bi-thu-quan-uy'],
    ['"chủ đề năm 2023" là gì?', 'chu-de-2023'],
  ],
  'markup around the question': [
    ['<b>thu ngân sách</b>', 'thu-ngan-sach'],
    ['**thu ngân sách** đạt bao nhiêu', 'thu-ngan-sach'],
    ['<p>Chi ngân sách so với <i>dự toán quận giao</i>?</p>', 'chi-ngan-sach-quan'],
    ['`bí thư quận ủy` là ai', 'bi-thu-quan-uy'],
    ['_tác giả_ bài báo', 'tac-gia'],
  ],
  'typos': [
    ['thu ngân sác đạt bao nhiêu', 'thu-ngan-sach'], // letter missing
    ['thu ngân sáchh đạt bao nhiêu', 'thu-ngan-sach'], // letter doubled
    ['thu ngan sahc dat bao nhieu', 'thu-ngan-sach'], // letters swapped
    ['thu ngna sách đạt bao nhiêu', 'thu-ngan-sach'],
    ['thu ngaan sach', 'thu-ngan-sach'],
    ['chi ngân sahc quận giao', 'chi-ngan-sach-quan'],
    ['gía trị sản xuất tăng bao nhiêu', 'gia-tri-san-xuat'], // tone on the wrong vowel
  ],
  'chat shorthand': [
    ['thu ns dc bn', 'thu-ngan-sach'],
    ['chi ns so vs dt tp giao dc bn', 'chi-ngan-sach-thanh-pho'],
    ['chi ns so vs dt quan giao dc bn', 'chi-ngan-sach-quan'],
    ['quy hoach nk hien tai bn truong hop', 'quy-hoach-hien-tai'],
    ['bt quận ủy btl là ai z', 'bi-thu-quan-uy'],
  ],
  'English': [
    ['How much revenue did the district collect?', 'thu-ngan-sach'],
    ['what share of the city estimate was spent', 'chi-ngan-sach-thanh-pho'],
    ['How much did the district spend against its own estimate?', 'chi-ngan-sach-quan'],
    ['Who is the party secretary of the district?', 'bi-thu-quan-uy'],
    ['What was the theme for 2023?', 'chu-de-2023'],
    ['what date did the party conference take place', 'ngay-hoi-nghi'],
    ['who organised the meeting', 'don-vi-to-chuc'],
    ['how far above plan was output value', 'vuot-ke-hoach-san-xuat'],
    ['who is the author of this piece', 'tac-gia'],
  ],
  'a figure in another format': [
    ['12.37%', 'gia-tri-san-xuat'],
    ['12,37%', 'gia-tri-san-xuat'],
    ['1195', 'quy-hoach-hien-tai'],
    ['1012 trường hợp', 'quy-hoach-ke-tiep'],
    ['97.4', 'chi-ngan-sach-quan'],
    ['0.36%', 'vuot-ke-hoach-san-xuat'],
    ['con số 439/439 nói về gì', 'dai-hoi-chi-bo'],
    ['1195 trường hợp là gì', 'quy-hoach-hien-tai'],
    ['conference on 13 December', 'ngay-hoi-nghi'],
  ],
  'questions one word apart': [
    ['thu ngân sách so với dự toán', 'thu-ngan-sach'],
    ['chi ngân sách đạt mấy phần trăm dự toán Thành phố giao', 'chi-ngan-sach-thanh-pho'],
    ['chi ngân sách so với dự toán quận giao', 'chi-ngan-sach-quan'],
    ['chi ns tp giao', 'chi-ngan-sach-thanh-pho'],
    ['chi ns quận giao', 'chi-ngan-sach-quan'],
    ['quy hoạch nhiệm kỳ hiện tại bao nhiêu người', 'quy-hoach-hien-tai'],
    ['quy hoạch nhiệm kỳ kế tiếp bao nhiêu người', 'quy-hoach-ke-tiep'],
    ['giá trị sản xuất các ngành tăng mấy % so với năm trước', 'gia-tri-san-xuat'],
    ['giá trị sản xuất vượt kế hoạch mấy %', 'vuot-ke-hoach-san-xuat'],
    ['bao nhiêu phần trăm chi bộ đã tổ chức xong đại hội', 'ty-le-dai-hoi-chi-bo'],
  ],
  'off-topic: declined': [
    ['hôm nay thời tiết thế nào', null],
    ['thời tiết Hà Nội mai ra sao', null],
    ['giá vàng hôm nay', null],
    ['giá xăng bao nhiêu', null],
    ["what's the weather like today", null],
    ['what is the price of gold', null],
    ['xin chào bot', null],
    ['chào bạn', null],
    ['hello', null],
    ['hi there', null],
    ['cảm ơn bạn nhiều', null],
    ['oke', null],
    ['😀😀😀', null],
    ['👍👍', null],
    ['???', null],
    ['asdkjhasd qwpoeiru zxmcnv', null],
    ['lorem ipsum dolor', null],
    ['2 + 2 bằng mấy', null],
    ['bây giờ là mấy giờ', null],
    ['ai là chủ tịch nước', null],
    ['', null],
    ['   ', null],
    ['\n\t', null],
  ],
  'on-topic but the report is silent: declined': [
    ['dân số quận', null],
    ['dân số quận bao nhiêu người', null],
    ['What is the population of the district?', null],
    ['diện tích quận là bao nhiêu', null],
    ['ai làm chủ tịch UBND quận', null],
    ['quận có bao nhiêu đảng viên', null],
    ['thu ngân sách năm 2021', null],
    ['thu ngân sách quận Cầu Giấy', null],
    ['thu ngân sách Hà Nội', null],
    ['bao nhiêu tỷ đồng', null],
    ['thu ngân sách bao nhiêu tỷ đồng', null],
    ['hội nghị diễn ra ở đâu', null],
    ['Hà Nội có bao nhiêu quận', null],
    // The other half of the old Từ Liêm district, with or without marks and capitals.
    ['nam tu liem thu ngan sach dat bn', null],
    ['Nam Từ Liêm chi ngân sách bao nhiêu', null],
    ['kết quả bóng đá tối qua', null],
  ],
  'a real word is not taken for a typo of another': [
    ['giá vàng hôm nay', null],
    ['gia vang hom nay', null],
    ['hôm nay trời thế nào', null],
    ['lol', null],
    ['bạn tên gì', null],
  ],
  'a question for a day is not answered by a term of years': [
    ['Ban Chấp hành Đảng bộ quận họp hội nghị tổng kết vào ngày nào', 'ngay-hoi-nghi'],
    ['Ban Chấp hành Đảng bộ quận nhiệm kỳ từ năm nào', 'nhiem-ky-ban-chap-hanh'],
    ['hội nghị diễn ra vào ngày nào', 'ngay-hoi-nghi'],
    // English question words go through the same stemming as the rest ("where", "date").
    ['Where was the conference held?', null],
    ['Hội nghị tổ chức năm nào?', null],
    ['what date was the conference', 'ngay-hoi-nghi'],
  ],
  'slips of the keyboard are still read': [
    ['bi thuu quan uy la ai', 'bi-thu-quan-uy'],
    ['thu ngân sáchh đạt bao nhiêu', 'thu-ngan-sach'],
    ['chi ngâ sách dự toán quận giao', 'chi-ngan-sach-quan'],
  ],
  'the subject, in full or in part, is no other place': [
    ['quận Bắc Từ Liêm thu ngân sách đạt bao nhiêu', 'thu-ngan-sach'],
    ['tu liem thu ngan sach', 'thu-ngan-sach'],
    // "BTL" is one of the report's own names for its subject (report.json), not engine code.
    ['btl thu ngan sach bn', 'thu-ngan-sach'],
    ['spending vs the district estimate', 'chi-ngan-sach-quan'],
    ['ad ơi cho e hỏi chi ngân sách so với dự toán quận giao', 'chi-ngan-sach-quan'],
  ],
};

describe('ask', () => {
  for (const [category, rows] of Object.entries(cases)) {
    describe(category, () => {
      it.each(rows)('%j → %s', (question, factId) => {
        expectAnswer(question, factId);
      });
    });
  }

  it('answers a question the same way whatever its tone placement, case or diacritics', () => {
    const forms = ['bí thư quận uỷ tên là gì', 'bí thư quận ủy tên là gì', 'BÍ THƯ QUẬN ỦY TÊN LÀ GÌ'];
    const answers = forms.map((q) => matcher.ask(q));
    for (const a of answers) expect(a.best?.fact.id).toBe('bi-thu-quan-uy');
    expect(answers[0]?.best?.score).toBe(answers[1]?.best?.score);
  });

  it('reads a date in words, typed in lower case', () => {
    expectAnswer('hội nghị ngày 13 tháng 12 lần thứ mấy', 'hoi-nghi-lan-thu');
  });

  it('reads a date in words, typed in capitals', () => {
    expectAnswer('HỘI NGHỊ NGÀY 13 THÁNG 12 LẦN THỨ MẤY', 'hoi-nghi-lan-thu');
  });

  it('declines 5000 characters of junk without a guess', () => {
    let junk = '';
    for (let i = 0; junk.length < 5000; i++) junk += 'qwxzjkvbpfgh'.slice(i % 7, (i % 7) + 5) + (i % 3 === 0 ? ' ' : '');
    const answer = matcher.ask(junk.slice(0, 5000));
    expect(answer.answered).toBe(false);
    expect(answer.best).toBeNull();
  });

  it('reports the question’s language', () => {
    expect(matcher.ask('How much revenue did the district collect?').language).toBe('en');
    expect(matcher.ask('who is the author of this piece').language).toBe('en');
    expect(matcher.ask('thu ngân sách đạt bao nhiêu').language).toBe('vi');
    expect(matcher.ask('thu ngan sach dat bao nhieu').language).toBe('vi');
  });

  it('offers the other spending figure as "did you mean" when the question does not say whose estimate', () => {
    const phrasings = ['chi ngân sách', '**chi ngân sách**', 'chi ngân sách đạt bao nhiêu', 'Chi ngân sách đạt bao nhiêu phần trăm dự toán?'];
    for (const q of phrasings) {
      const answer = matcher.ask(q);
      expect(answer.answered, q).toBe(true);
      const offered = [answer.best?.fact.id, ...answer.alternatives.map((m) => m.fact.id)];
      expect(offered.slice(0, 2).sort(), q).toEqual(['chi-ngan-sach-quan', 'chi-ngan-sach-thanh-pho']);
      expect(offered, q).not.toContain('thu-ngan-sach');
    }
  });

  it('offers no alternative when the question says which figure it wants', () => {
    for (const q of ['thu ngân sách đạt bao nhiêu', 'chi ngân sách so với dự toán Thành phố giao', 'Bí thư Quận ủy là ai']) {
      expect(matcher.ask(q).alternatives, q).toEqual([]);
    }
  });

  it('never gives a best match when it declines, but may point to near facts', () => {
    const silent = matcher.ask('thu ngân sách năm 2021');
    expect(silent.answered).toBe(false);
    expect(silent.best).toBeNull();
    expect(silent.alternatives[0]?.fact.id).toBe('thu-ngan-sach');

    for (const q of ['', '😀', 'xin chào', 'giá vàng hôm nay', 'dân số quận']) {
      const answer = matcher.ask(q);
      expect(answer.answered, q).toBe(false);
      expect(answer.best, q).toBeNull();
    }
  });
});

describe('search', () => {
  it('gives the report’s headline facts, in order, for an empty query', () => {
    const headline = kb.report('bac-tu-liem-2022')?.headline ?? [];
    expect(headline.length).toBeGreaterThanOrEqual(5);
    expect(matcher.search('', 5).map((m) => m.fact.id)).toEqual(headline.slice(0, 5));
    expect(matcher.search('   ', 50).map((m) => m.fact.id)).toEqual(headline);
  });

  it('finds the three budget facts for "ngân sách"', () => {
    const found = matcher.search('ngân sách', 10).map((m) => m.fact.id);
    expect(found).toEqual(expect.arrayContaining(['thu-ngan-sach', 'chi-ngan-sach-thanh-pho', 'chi-ngan-sach-quan']));
    expect(found.slice(0, 3).sort()).toEqual(['chi-ngan-sach-quan', 'chi-ngan-sach-thanh-pho', 'thu-ngan-sach']);
  });

  it('respects the limit and ranks the best first', () => {
    const found = matcher.search('ngân sách', 2);
    expect(found).toHaveLength(2);
    expect(matcher.search('thu ngân sách', 10)[0]?.fact.id).toBe('thu-ngan-sach');
  });

  it('finds nothing for junk', () => {
    expect(matcher.search('qwpoeiru zxmcnv', 10)).toEqual([]);
  });
});

describe('words inside other words', () => {
  const matcher = createMatcher(kb);

  it('does not take the "dân" of "dân số" for the "dân" of "tiếp công dân"', () => {
    for (const q of ['dân số quận', 'dan so quan', 'dân số Bắc Từ Liêm là bao nhiêu']) {
      expect(matcher.ask(q).answered, q).toBe(false);
    }
  });

  it('still reads a word that stands alone in a fact, or in the same pair as the question', () => {
    expect(matcher.ask('tiếp công dân có tốt không').best?.fact.id).toBe('cai-cach-hanh-chinh');
    expect(matcher.ask('chi ngân sách quận giao').best?.fact.id).toBe('chi-ngan-sach-quan');
  });
});

describe('questions that share a number, a name or a year with a fact but ask something else', () => {
  const matcher = createMatcher(kb);

  it.each([
    ['Hội nghị ngày 13/11 bàn về gì?'],
    ['Tổ chức hội nghị lần thứ 12?'],
    ['12%'],
    ['Nghị quyết Đại hội Đảng bộ quận lần thứ III'],
    ['Đại hội thể dục thể thao lần thứ III'],
    ['thu ngân sách quận Hồng Bàng đạt bao nhiêu'],
    ['Chủ đề năm 2022 là gì?'],
    ['What is the slogan for 2022?'],
    ['What was the budget revenue of Hanoi?'],
  ])('declines %j', (question) => {
    const answer = matcher.ask(question);
    expect(answer.answered, `${question} → ${answer.best?.fact.id ?? ''}`).toBe(false);
  });

  it.each([
    ['Đại hội TDTT lần thứ 2', 'dai-hoi-the-thao-quan'],
    ['hội nghị ngày 13-12', 'ngay-hoi-nghi'],
    ['chủ đề năm 2023', 'chu-de-2023'],
    ['gsát 2023 kế hoạch ktra', 'ke-hoach-kiem-tra-2023'],
  ])('still answers %j', (question, factId) => {
    expect(matcher.ask(question).best?.fact.id).toBe(factId);
  });
});


describe('explain', () => {
  it('gives the same decision as ask, with the threshold and the candidates behind it', () => {
    const question = 'thu ngan sach dat bn';
    const why = matcher.explain(question);
    expect(why.answer).toEqual(matcher.ask(question));
    expect(why.candidates[0]?.fact.id).toBe(why.answer.best?.fact.id);
    expect(why.candidates[0]?.coverage).toBeGreaterThanOrEqual(why.threshold);
  });

  it('shows how each word was read: shorthand and typos resolved, unknown words kept', () => {
    const why = matcher.explain('thu ngân sáchh đạt bn ở Cầu Giấy');
    const how = new Map(why.words.map((w) => [w.typed, w.how]));
    expect(how.get('sáchh')).toBe('corrected');
    expect(why.words.find((w) => w.typed === 'sáchh')?.terms).toEqual(['sach']);
    expect(how.get('bn')).toBe('question-word');
    expect(how.get('thu')).toBe('known');
    expect(['name', 'unknown']).toContain(how.get('cầu'));
  });
});
