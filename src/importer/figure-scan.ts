import type { FigureKind } from '../engine/knowledge/types.js';
import { CURRENCIES, GRADED_UNITS, GRADES, MEASURES, MONEY_SCALES, NOT_UNITS, SCALE_WORDS, TWO_SYLLABLE_UNITS } from './figure-units.js';

/**
 * The figures of one sentence: numbers with their units, dates, ratios, ordinals and
 * terms, each as the verbatim slice of the sentence that a person would quote back.
 * Names and mottos are found elsewhere (named-figures.ts); this module reads digits.
 */
export interface FigureSpan {
  readonly figure: string;
  readonly kind: FigureKind;
  /** Offsets in the sentence. */
  readonly start: number;
  readonly end: number;
}

const alternatives = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.$]/g, '\\$&')).join('|');

// A number starts where no letter, digit or digit-group separator is before it,
// and "Covid-19" or "F0-1" are names, not numbers.
const B = String.raw`(?<![\p{L}\p{N}_/])(?<!\d[.,])(?<!\p{L}[-–])`;
const NUM = String.raw`\d+(?:[.,]\d+)*`;
const END = String.raw`(?![\p{L}\p{N}])`;
const ROMAN = String.raw`(?=[IVXLC])(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})`;
const SCALE = `(?:${alternatives(SCALE_WORDS)})`;
// "2 đồng chí" is two comrades, not two dong.
const CURRENCY = `(?:${alternatives(CURRENCIES)})(?! (?:chí|bào|hương|thời|ý|tình|nghiệp|đội|ruộng|hành|loạt|lòng|phục))`;
const MONTHS_EN = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)`;

interface Pattern {
  readonly re: RegExp;
  /** Lower runs first: where two patterns claim the same words, the earlier wins. */
  readonly priority: number;
  readonly kind: (match: RegExpExecArray, sentence: string) => FigureKind | null;
}

const re = (source: string): RegExp => new RegExp(source, 'gu');
const always =
  (kind: FigureKind) =>
  (): FigureKind =>
    kind;

const validDay = (d: string, m: string): boolean => Number(d) >= 1 && Number(d) <= 31 && Number(m) >= 1 && Number(m) <= 12;

/** Words right before a day/month that make it a date: "ngày 9/1", "sáng 20/12", "đến 30/11". */
const DATE_CUE = /(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|từ|đến|tới|trước|sau|vào|đầu|cuối|giữa|on|by|until|since|from|to)[\s(]*$/iu;
/** Words after a day/month that keep it a date rather than a ratio of things. */
const AFTER_DATE = /^\s*(?:năm|vừa|qua|tới|này|nay|hằng|hàng|[,.;:)]|$)/u;
const NEXT_WORD = /^\s+([\p{Ll}]+)/u;

/** "13/12" is a date, "10/12 xã" a ratio: the words around it decide. */
function dayMonth(match: RegExpExecArray, sentence: string): FigureKind | null {
  const [, d = '', m = ''] = match;
  if (!validDay(d, m)) return null;
  const before = sentence.slice(0, match.index);
  const after = sentence.slice(match.index + match[0].length);
  if (DATE_CUE.test(before) || AFTER_DATE.test(after)) return 'date';
  const next = NEXT_WORD.exec(after)?.[1];
  return next !== undefined && !NOT_UNITS.has(next) ? null : 'date';
}

const PATTERNS: readonly Pattern[] = [
  // Dates with a year, in digits or words: "13/12/2022", "ngày 13 tháng 12 năm 2022", "December 13, 2022".
  { re: re(String.raw`${B}(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?![\d/])`), priority: 0, kind: (m) => (validDay(m[1] ?? '', m[2] ?? '') ? 'date' : null) },
  { re: re(String.raw`${B}(\d{1,2})-(\d{1,2})(?![\d/-]|[.,]\d)`), priority: 0, kind: (m, s) => (validDay(m[1] ?? '', m[2] ?? '') && DATE_CUE.test(s.slice(0, m.index)) ? 'date' : null) },
  { re: re(String.raw`${B}(\d{1,2}) tháng (\d{1,2})(?: năm \d{4})?${END}`), priority: 0, kind: (m) => (validDay(m[1] ?? '', m[2] ?? '') ? 'date' : null) },
  { re: re(String.raw`${B}(?:${MONTHS_EN} \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?|\d{1,2}(?:st|nd|rd|th)? ${MONTHS_EN}(?: \d{4})?)${END}`), priority: 0, kind: always('date') },
  { re: re(String.raw`(?<![\p{L}])[Tt]háng (?:\d{1,2}/\d{4}|1[0-2]|[1-9])${END}(?![/.,]\d)`), priority: 0, kind: always('date') },
  // Terms of office and plan periods: "2020-2025", "2020- 2025", "2021 – 2025".
  { re: re(String.raw`${B}(?:19|20)\d{2} ?[-–] ?(?:19|20)\d{2}${END}`), priority: 1, kind: always('term') },
  // Ordinals: "lần thứ 22", "lần thứ II", "kỳ họp thứ 5"; English "22nd".
  { re: re(String.raw`(?<![\p{L}])(?:(?:[Ll]ần|[Kk]ỳ họp|[Pp]hiên họp|[Pp]hiên|[Đđ]ợt|[Kk]hóa|[Kk]hoá) )?thứ (?:\d+(?:\/\d+)?|${ROMAN})${END}`), priority: 1, kind: always('ordinal') },
  { re: re(String.raw`${B}\d+(?:st|nd|rd|th)${END}`), priority: 1, kind: always('ordinal') },
  // In words, only after a cue ("thứ năm" alone is Thursday): "lần thứ hai", "kỳ họp thứ mười".
  { re: re(String.raw`(?<![\p{L}])(?:[Ll]ần|[Kk]ỳ họp|[Pp]hiên họp|[Đđ]ợt) thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?: (?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?)${END}`), priority: 1, kind: always('ordinal') },
  // Terms named by a numeral: "khóa XX", "khoá 15", "Đại hội XIII".
  { re: re(String.raw`(?<![\p{L}])(?:[Kk]hóa|[Kk]hoá|Đại hội) (?:${ROMAN}|\d{1,2})${END}`), priority: 1, kind: always('term') },
  // Money: "452 tỷ đồng", "1,8 tỷ USD", "thu 452 tỷ", "VND 452 billion", "$1.8 billion".
  { re: re(String.raw`${B}${NUM} ?(?:${SCALE} )?${CURRENCY}${END}`), priority: 2, kind: always('money') },
  { re: re(String.raw`${B}${NUM} (?:${alternatives(MONEY_SCALES)})${END}`), priority: 2, kind: always('money') },
  { re: re(String.raw`(?<![\p{L}])(?:VND|USD|US\$|\$|€) ?${NUM}(?: ?(?:trillion|billion|million|thousand|bn))?${END}`), priority: 2, kind: always('money') },
  // Percentages: "211%", "12,37 %", "1,2 điểm phần trăm", "12.5 percent".
  { re: re(String.raw`${B}${NUM} ?(?:%|điểm phần trăm|phần trăm|percentage points?|percent|per cent)(?![\p{L}\p{N}])`), priority: 2, kind: always('percent') },
  // Day/month or a ratio of things: "13/12", "41/43 vụ", "439/439 chi bộ".
  { re: re(String.raw`${B}(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)`), priority: 3, kind: dayMonth },
  { re: re(String.raw`${B}${NUM}/${NUM}(?![\d/]|[-/]\p{L})`), priority: 4, kind: always('ratio') },
  // Quantities with a scale word but no unit: "2 triệu".
  { re: re(String.raw`${B}${NUM} ${SCALE}${END}`), priority: 5, kind: always('number') },
  // Years and plain numbers; a count when a unit follows (added by unitAfter).
  { re: re(String.raw`${B}(?:19|20)\d{2}${END}(?![.,/-]\d)`), priority: 6, kind: always('year') },
  { re: re(String.raw`${B}${NUM}${END}(?![-/]\p{L})`), priority: 7, kind: always('number') },
];

/**
 * Numbers that are names or addresses, not figures: "Quận 3", "Nghị quyết 57",
 * "Quốc lộ 5", "Điều 12". They sit right after one of these words.
 */
const NAME_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:Quận|quận|Phường|phường|Q\.|P\.|Tổ|tổ|[Kk]hu phố|Điều|điều|Khoản|khoản|Chương|chương|[Qq]uốc lộ|QL|[Tt]ỉnh lộ|ĐT|Km|[Đđ]ường tỉnh|[Đđ]ường huyện|[Đđ]ường|Covid|COVID|[Nn]ghị định|[Nn]ghị quyết|[Qq]uyết định|[Cc]hỉ thị|[Tt]hông tư|[Kk]ế hoạch|[Cc]ông văn|[Kk]ết luận|[Ll]uật|Trung ương|[Hh]otline|[Nn]gõ|[Nn]gách|[Hh]ẻm|[Ll]ô|[Tt]òa|[Tt]ầng|[Pp]hòng|[Ss]ố nhà|[Qq]uý|[Ll]ớp|[Kk]hối|[Hh]ạng|[Mm]ục|[Pp]hần|[Bb]ước|[Vv]òng|[Bb]ảng|[Mm]ẫu)(?: số)? ?\.?$`,
  'u',
);
/** "6 tháng đầu năm" and "9 tháng qua" name the period a report covers, not a figure. */
const PERIOD_AFTER = /^ (?:tháng|năm) (?:đầu|cuối|qua|gần|trở lại|năm)/u;
/** A quarter's count of months ("xuất khẩu 6 tháng ước đạt", "trong 9 tháng") is the period reported on, whatever follows. */
const REPORTING_PERIOD = /^(?:3|6|9) tháng$/u;
/** "11,8 bác sĩ trên 1 vạn dân": the "per" of a rate, not a figure of its own. */
const PER_BEFORE = /(?:trên|\/|mỗi|per) ?$/u;
const PER_AFTER = /^ (?:(?:vạn|nghìn|ngàn|triệu) )?(?:dân|người dân|dân số|population|people|inhabitants)(?![\p{L}])/u;
const GRADE_AFTER = new RegExp(String.raw`^ (?:${GRADES.join('|')})(?![\p{L}])`, 'u');
const AGE_QUALIFIER = /(?:dưới|trên|từ|đủ|đến|ngoài|under|over|aged) $/u;
const MEASURE_AFTER = new RegExp(String.raw`^ ?(?:${alternatives(MEASURES)})(?![\p{L}\p{N}])`, 'u');
const TWO_SYLLABLES = new Set(TWO_SYLLABLE_UNITS);

/** The unit after a bare number or ratio ("vụ", "trường hợp", "ha"), or "" when none. */
function unitAfter(rest: string): string {
  const measure = MEASURE_AFTER.exec(rest);
  if (measure) return measure[0];
  const words = /^ ([\p{Ll}]+)(?: ([\p{Ll}]+))?(?: ([\p{Ll}]+))?/u.exec(rest);
  const first = words?.[1];
  if (words === null || first === undefined || NOT_UNITS.has(first)) return '';
  const [, , second, third] = words;
  // English puts adjectives before the noun: "214 criminal cases", "1.1 million international visitors".
  if (second !== undefined && /^[a-z]+(?:al|ic|ive|ous|ary|ese|ish)$/.test(first) && !NOT_UNITS.has(second)) return ` ${first} ${second}`;
  if (second !== undefined && third !== undefined && TWO_SYLLABLES.has(`${first} ${second} ${third}`)) return ` ${first} ${second} ${third}`;
  if (second !== undefined && TWO_SYLLABLES.has(`${first} ${second}`)) return ` ${first} ${second}`;
  return ` ${first}`;
}

/** Every figure in the sentence, in order, none overlapping another. */
export function scanFigures(sentence: string): FigureSpan[] {
  const found: (FigureSpan & { priority: number })[] = [];
  for (const pattern of PATTERNS) {
    for (const match of sentence.matchAll(pattern.re)) {
      const kind = pattern.kind(match, sentence);
      if (kind === null) continue;
      const start = match.index;
      if (/^\d/.test(match[0]) && NAME_BEFORE.test(sentence.slice(0, start))) continue;
      let end = start + match[0].length;
      const rest = sentence.slice(end);
      let finalKind = kind;
      if ((kind === 'number' || kind === 'ratio') && PERIOD_AFTER.test(rest)) continue;
      if ((kind === 'number' || kind === 'count') && PER_BEFORE.test(sentence.slice(0, start)) && PER_AFTER.test(rest)) continue;
      if (kind === 'number' || kind === 'ratio') {
        const unit = unitAfter(rest);
        // "trẻ em dưới 1 tuổi": an age that says who is counted, not a figure.
        if (unit === ' tuổi' && AGE_QUALIFIER.test(sentence.slice(0, start))) continue;
        end += unit.length;
        if (kind === 'number' && unit !== '') finalKind = 'count';
        if (REPORTING_PERIOD.test(sentence.slice(start, end))) continue;
        const grade = GRADED_UNITS.includes(unit.trim()) ? GRADE_AFTER.exec(sentence.slice(end)) : null;
        if (grade) end += grade[0].length;
      }
      found.push({ figure: sentence.slice(start, end), kind: finalKind, start, end, priority: pattern.priority });
    }
  }
  found.sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: FigureSpan[] = [];
  for (const { figure, kind, start, end } of found) {
    if (kept.some((k) => start < k.end && k.start < end)) continue;
    kept.push({ figure, kind, start, end });
  }
  return kept.sort((a, b) => a.start - b.start);
}
