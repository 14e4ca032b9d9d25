/** Vietnamese text as people type it: folding, tone placement, spelling variants, numbers, shorthand. */
import { describe, expect, it } from 'vitest';
import { interrogatives } from '../../src/engine/text/interrogatives.js';
import { stem } from '../../src/engine/text/stem.js';
import { hasSyllableShape } from '../../src/engine/text/syllable-shape.js';
import { analyze } from '../../src/engine/text/analyze.js';
import { accentKey, canonicalSpelling, fold } from '../../src/engine/text/fold.js';
import { numberGroups } from '../../src/engine/text/numbers.js';

const folded = (text: string): string[] => analyze(text, 'any').words.map((w) => w.folded);
const stops = (text: string): boolean[] => analyze(text, 'any').words.map((w) => w.stop);

describe('fold', () => {
  it.each([
    ['Ủy', 'uy'],
    ['Uỷ', 'uy'],
    ['Đảng', 'dang'],
    ['ĐẠI HỘI', 'dai hoi'],
    ['Thu ngân sách', 'thu ngan sach'],
    ['Bắc Từ Liêm', 'bac tu liem'],
  ])('folds %s to %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('folds the NFC and NFD spellings of a word alike', () => {
    expect(fold('quận'.normalize('NFD'))).toBe(fold('quận'.normalize('NFC')));
  });
});

describe('accentKey', () => {
  it.each([
    ['uỷ', 'ủy'],
    ['hoà', 'hòa'],
    ['Thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
  ])('gives the old placement %s and the new %s the same key', (oldStyle, newStyle) => {
    expect(accentKey(oldStyle)).not.toBeNull();
    expect(accentKey(oldStyle)).toBe(accentKey(newStyle));
  });

  it('tells tones apart', () => {
    expect(accentKey('số')).not.toBe(accentKey('sở'));
    expect(accentKey('dân')).not.toBe(accentKey('dẫn'));
    expect(accentKey('chi')).toBeNull();
    expect(accentKey('chị')).not.toBe(accentKey('chì'));
  });

  it('keeps vowel marks and đ without a tone', () => {
    expect(accentKey('ngân')).not.toBeNull();
    expect(accentKey('ngân')).not.toBe(accentKey('ngan'));
    expect(accentKey('đi')).not.toBeNull();
  });

  it('is null for a word typed without any mark', () => {
    expect(accentKey('uy')).toBeNull();
    expect(accentKey('ngan')).toBeNull();
    expect(accentKey('revenue')).toBeNull();
  });

  it('is the same for NFD input', () => {
    expect(accentKey('ủy'.normalize('NFD'))).toBe(accentKey('ủy'));
  });
});

describe('canonicalSpelling', () => {
  it.each([
    ['ky', 'ki'],
    ['ty', 'ti'],
    ['ly', 'li'],
    ['quy', 'qui'],
    ['my', 'mi'],
  ])('writes the final y of %s as i', (input, expected) => {
    expect(canonicalSpelling(input)).toBe(expected);
  });

  it.each(['uy', 'huy', 'thuy', 'y', 'ki', 'yen'])('keeps %s', (input) => {
    expect(canonicalSpelling(input)).toBe(input);
  });

  it('makes "nhiệm kỳ" and "nhiệm kì" the same words', () => {
    expect(folded('nhiệm kỳ')).toEqual(folded('nhiệm kì'));
    expect(folded('tỷ lệ')).toEqual(folded('tỉ lệ'));
  });
});

describe('numberGroups (a question may use either convention)', () => {
  it.each([
    ['12.37%', [['#12.37']]],
    ['12,37', [['#12.37']]],
    ['0,36%', [['#0.36']]],
    ['97.4', [['#97.4']]],
    ['1195', [['#1195']]],
    ['439/439', [['#439/439']]],
    ['13/12', [['#13/12']]],
    ['2020-2025', [['#2020'], ['#2025']]],
  ])('reads %s', (input, expected) => {
    expect(numberGroups(input, 'any')).toEqual(expected);
  });

  it('lets the report hold the first part of "a/b" alone, never a question', () => {
    expect(numberGroups('439/439 chi bộ', 'vi')).toEqual([['#439/439', '#439']]);
    expect(numberGroups('Ngày 13/12', 'vi')).toEqual([['#13/12', '#13']]);
    // A question's "13/11" or "12" must not meet "13/12" through a shared side.
    const report = new Set(numberGroups('Ngày 13/12', 'vi').flat());
    for (const question of ['13/11', '12/12', '12%', '12']) {
      expect(numberGroups(question, 'any').flat().some((t) => report.has(t)), question).toBe(false);
    }
    expect(numberGroups('439', 'any').flat().some((t) => numberGroups('439/439', 'vi').flat().includes(t))).toBe(true);
  });

  it.each([
    ['lần thứ II', [['^2']]],
    ['lan thu iii', [['^3']]],
    ['Đại hội lần thứ IV', [['^4']]],
    ['lần thứ 22', [['^22', '#22']]],
    ['the 22nd conference', [['^22', '#22']]],
    ['13-12', [['#13/12']]],
  ])('reads %s as a number', (input, expected) => {
    expect(analyze(input, 'any').numbers).toEqual(expected);
  });

  it('reads a Roman numeral as an ordinal only: a bare "2" never meets "lần thứ II"', () => {
    const report = new Set(analyze('Đại hội lần thứ II', 'vi').numbers.flat());
    expect(analyze('2', 'any').numbers.flat().some((t) => report.has(t))).toBe(false);
    expect(analyze('lần thứ 2', 'any').numbers.flat().some((t) => report.has(t))).toBe(true);
  });

  it.each([["what's 2+2?"], ['1+1 bằng mấy'], ['2 + 2 = ?'], ['12 x 3'], ['5 cộng 7 bằng mấy'], ['100*3']])(
    'reads the numbers of a sum (%j) as no figure at all',
    (input) => {
      expect(analyze(input, 'any').numbers.flat().every((t) => t === '#?')).toBe(true);
    },
  );

  it('still reads a range with spaces as two numbers, not a sum', () => {
    expect(analyze('2026 - 2031', 'any').numbers).toEqual([['#2026'], ['#2031']]);
  });

  it.each([
    ['1 195', [['#1195']]],
    ['1 012 trường hợp', [['#1012']]],
    ['12 37', [['#12'], ['#37']]],
    ['2020 2025', [['#2020'], ['#2025']]],
  ])('takes a space as a thousands separator only before three digits: %s', (input, expected) => {
    expect(numberGroups(input, 'any')).toEqual(expected);
  });

  it.each(['1.195', '1,195'])('reads %s as either 1195 or 1.195', (input) => {
    expect([...(numberGroups(input, 'any')[0] ?? [])].sort()).toEqual(['#1.195', '#1195']);
  });

  it('reads the report by its own Vietnamese convention', () => {
    expect(numberGroups('1.195 trường hợp', 'vi')).toEqual([['#1195']]);
    expect(numberGroups('12,37%', 'vi')).toEqual([['#12.37']]);
  });

  it('reads English text by the English convention', () => {
    expect(numberGroups('1,195 cases', 'en')).toEqual([['#1195']]);
    expect(numberGroups('12.37%', 'en')).toEqual([['#12.37']]);
  });

  it('meets the report’s spelling whatever spelling the question uses', () => {
    const report = new Set(numberGroups('1.195 và 12,37%', 'vi').flat());
    for (const question of ['1195', '1.195', '1,195', '12.37', '12,37']) {
      const [group = []] = numberGroups(question, 'any');
      expect(group.some((t) => report.has(t)), question).toBe(true);
    }
  });

  it('finds no number in words', () => {
    expect(numberGroups('thu ngân sách', 'any')).toEqual([]);
  });

  it('keeps a minus sign glued to a number: a question’s "-211%" is not "211%", a report’s "−2,1%" is both', () => {
    const report = new Set(numberGroups('GRDP (−2,1%) và thu ngân sách 211%', 'vi').flat());
    expect(numberGroups('-211%', 'any').flat().some((t) => report.has(t))).toBe(false);
    for (const question of ['-2,1%', '−2.1%', '2,1%']) expect(numberGroups(question, 'any').flat().some((t) => report.has(t)), question).toBe(true);
    // A range's dash and a list's dash are no sign.
    expect(numberGroups('2020-2025', 'any')).toEqual([['#2020'], ['#2025']]);
    expect(numberGroups('- 5 vụ', 'vi')).toEqual([['#5']]);
  });
});

describe('dates in words become the report’s "13/12"', () => {
  const date = [['#13/12']];

  it.each(['ngày 13 tháng 12', 'ngay 13 thang 12', '13/12', 'Dec 13', 'dec 13', '13 December', 'December 13th', 'the 13th of December'])(
    'reads %s',
    (input) => {
      expect(analyze(input, 'any').numbers).toEqual(date);
    },
  );

  it('reads a month named alone as the reports’ "tháng N", with or without other numbers', () => {
    expect(analyze('disbursed by the end of June', 'any').numbers).toEqual([['#6']]);
    expect(folded('disbursed by the end of June')).toContain('thang');
    expect(analyze('revenue in March 2024', 'any').numbers).toEqual([['#3'], ['#2024']]);
    // "may" is mostly the verb; a month with its day is a date.
    expect(analyze('what may the district do', 'any').numbers).toEqual([]);
    expect(analyze('June 13', 'any').numbers).toEqual([['#13/6']]);
  });

  it('does not take the words of a date for subject words', () => {
    expect(folded('ngày 13 tháng 12')).toEqual(['ngay']);
  });

  it('reads a capitalised or all-caps Vietnamese date', () => {
    expect(analyze('Ngày 13 Tháng 12', 'any').numbers).toEqual(date);
    expect(analyze('NGÀY 13 THÁNG 12', 'any').numbers).toEqual(date);
  });
});

describe('analyze', () => {
  it.each([
    ['bn', ['bao', 'nhieu']],
    ['dc', ['duoc']],
    ['ko', ['khong']],
    ['ns', ['ngan', 'sach']],
    ['tp', ['thanh', 'pho']],
    ['nk', ['nhiem', 'ki']],
    ['ktra', ['kiem', 'tra']],
    ['sl', ['so', 'luong']],
    ['kq', ['ket', 'qua']],
    ['sp', ['san', 'pham']],
    ['gv', ['giao', 'vien']],
    ['bv', ['benh', 'vien']],
  ])('expands the shorthand %s', (input, expected) => {
    expect(folded(input)).toEqual(expected);
  });

  it('reads a shorthand counted after "bao nhiêu" as the unit it counts, elsewhere as usual', () => {
    expect(folded('thu ns dat bn % dt')).toEqual(['thu', 'ngan', 'sach', 'dat', 'bao', 'nhieu', 'phan', 'tram', 'du', 'toan']);
    expect(folded('bat bn dt')).toEqual(['bat', 'bao', 'nhieu', 'doi', 'tuong']);
    expect(folded('tuoc gplx may th')).toEqual(['tuoc', 'gplx', 'may', 'truong', 'hop']);
    expect(folded('thieu bn bs')).toEqual(['thieu', 'bao', 'nhieu', 'bac', 'si']);
  });

  it('reads a shorthand right after a number as its unit: "14,7 kg" weighs, "kg" alone is "không"', () => {
    expect(folded('thu giữ 14,7 kg ma túy')).toEqual(['thu', 'giu', 'kg', 'ma', 'tuy']);
    expect(folded('14,7 kg')).toEqual(['kg']);
    expect(folded('12 th vi phạm')).toEqual(['truong', 'hop', 'vi', 'pham']);
    expect(folded('đúng kg')).toEqual(['dung', 'khong']);
    // Glued to its number, "th" is an English ordinal's suffix, not "trường hợp".
    expect(folded('the 27th conference')).toEqual(['the', 'th', 'conferenc']);
  });

  it('marks a word that follows a number, so no question phrase runs across it', () => {
    expect(analyze('năm 2025 bao nhiêu', 'any').words.map((w) => w.afterNumber === true)).toEqual([false, true, false]);
    expect([...interrogatives(analyze('thu ngân sách năm 2025 bao nhiêu tỷ', 'any').words).kinds]).toEqual(['money']);
    expect([...interrogatives(analyze('năm bao nhiêu', 'any').words).kinds]).toEqual(['which-year']);
  });

  it('reads an English possessive as its noun, with no stray "s"', () => {
    expect(folded("What was Ky Phong's GRDP growth")).toEqual(folded('What was Ky Phong GRDP growth'));
    expect(folded('the district’s poverty rate')).not.toContain('s');
  });

  it('takes "now" for a question word, but not "last year" (which may be "năm trước")', () => {
    expect(stops('fines now')).toEqual([false, true]);
    expect(stops('budget spending last year')).toEqual([false, false, false, false]);
  });

  it('expands shorthand in a whole question, whatever its case', () => {
    expect(folded('Thu NS dc BN ko')).toEqual(['thu', 'ngan', 'sach', 'duoc', 'bao', 'nhieu', 'khong']);
  });

  it('marks question words as stop words and subjects as content', () => {
    expect(stops('thu ngân sách là bao nhiêu')).toEqual([false, false, false, true, true, true]);
    expect(stops('thu ns bn')).toEqual([false, false, false, true, true]);
  });

  it('takes "chị" as a stop word only when typed with its mark', () => {
    const [sister, spending] = analyze('chị chi', 'any').words;
    expect(sister?.folded).toBe('chi');
    expect(sister?.stop).toBe(true);
    expect(spending?.folded).toBe('chi');
    expect(spending?.stop).toBe(false);
    expect(stops('chi ngan sach')).toEqual([false, false, false]);
  });

  it('keeps the tone of each word, and none for words typed bare', () => {
    const [ngan, sach] = analyze('ngân sach', 'any').words;
    expect(ngan?.accent).toBe(accentKey('ngân'));
    expect(sach?.accent).toBeNull();
  });

  it('marks title-case words as a possible name, not words typed in capitals', () => {
    expect(analyze('quận Cầu Giấy', 'any').words.map((w) => w.capitalized)).toEqual([false, true, true]);
    expect(analyze('THU NGÂN SÁCH', 'any').words.map((w) => w.capitalized)).toEqual([false, false, false]);
  });

  it('reads words out of markup and punctuation', () => {
    expect(folded('<b>thu ngân sách</b>??!')).toEqual(['b', 'thu', 'ngan', 'sach', 'b']);
    expect(folded('**chi   ngân...sách**')).toEqual(['chi', 'ngan', 'sach']);
  });

  it('finds nothing to read in emoji or punctuation', () => {
    expect(analyze('😀👍 ?!…', 'any')).toEqual({ words: [], numbers: [] });
  });
});

describe('stem', () => {
  it.each([
    ['spending', 'spend'],
    ['spends', 'spend'],
    ['estimated', 'estimat'],
    ['estimate', 'estimat'],
    ['exceeded', 'exceed'],
    ['exceed', 'exceed'],
    ['difficulties', 'difficulty'],
    ['organized', 'organis'],
    ['organised', 'organis'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each(['ngan', 'sach', 'thuong', 'nghi', 'chinh', 'truong'])('leaves the Vietnamese syllable %s alone', (word) => {
    expect(stem(word)).toBe(word);
  });

  it('keeps question words whole, so "was" does not become "wa"', () => {
    const was = analyze('what was it', 'any').words.find((w) => w.folded.startsWith('wa'));
    expect(was?.folded).toBe('was');
    expect(was?.stop).toBe(true);
  });
});

describe('hasSyllableShape', () => {
  it.each(['vang', 'trang', 'nghieng', 'thuong', 'khuyen', 'ngan', 'quy', 'gi', 'oan', 'uyen'])('takes %s for a Vietnamese syllable', (word) => {
    expect(hasSyllableShape(word)).toBe(true);
  });

  it.each(['ngaan', 'sachh', 'nsach', 'lol', 'bithu', 'revenue', 'xyz'])('takes %s for no syllable (a typo, a word run together, English)', (word) => {
    expect(hasSyllableShape(word)).toBe(false);
  });
});

