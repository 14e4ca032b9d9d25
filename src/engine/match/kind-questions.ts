import type { FigureKind } from '../knowledge/types.js';
import type { Asks } from '../text/interrogatives.js';
import { numberGroups } from '../text/numbers.js';

/**
 * What kind of figure a fact holds decides the questions it answers: a date "ngày nào",
 * a percentage "bao nhiêu phần trăm", a name "ai". An imported fact has no hand
 * paraphrases, so its kind's questions stand in for their question words; a hand-written
 * fact gets them too, beside its own.
 */
export const KIND_QUESTIONS: Readonly<Record<FigureKind, readonly string[]>> = {
  percent: ['bao nhiêu phần trăm', 'tỷ lệ bao nhiêu', 'đạt bao nhiêu', 'what percentage', 'what share', 'what rate', 'how much'],
  money: ['bao nhiêu tiền', 'bao nhiêu', 'how much', 'how much money', 'what amount'],
  count: ['bao nhiêu', 'mấy', 'số lượng', 'how many', 'what number'],
  ratio: ['bao nhiêu', 'how many', 'what share', 'what ratio'],
  number: ['bao nhiêu', 'mấy', 'how many', 'how much'],
  date: ['ngày nào', 'khi nào', 'bao giờ', 'when', 'what date', 'which day'],
  year: ['năm nào', 'khi nào', 'when', 'what year', 'which year'],
  ordinal: ['lần thứ mấy', 'thứ mấy', 'how many', 'which'],
  term: ['nhiệm kỳ nào', 'giai đoạn nào', 'khóa mấy', 'which term', 'which period'],
  name: ['ai', 'là ai', 'là gì', 'tên là gì', 'cơ quan nào', 'xã nào', 'địa phương nào', 'who', 'what name', 'which body', 'which commune'],
};

/**
 * Kinds of question a kind answers beyond its questions' own words: a term "2020-2025"
 * answers "từ năm nào", but holding the word "năm" would draw every "… năm nào" to it.
 */
export const KIND_ASKS: Readonly<Partial<Record<FigureKind, readonly Asks[]>>> = {
  term: ['which-year', 'when', 'term'],
  ordinal: ['term', 'rank'],
};

/**
 * The kind of a figure by its form, for facts written before facts had kinds: "211%"
 * percent, "13/12" date, "439/439" ratio, "lần thứ 22" ordinal, "2020-2025" term, "1.195"
 * number, "1.012 trường hợp" count. Null when the form does not say (names, phrases):
 * the fact's hand phrasings then say what it answers.
 */
export function inferKind(figure: string): FigureKind | null {
  const text = figure.normalize('NFC').trim();
  if (/^[\d.,]+\s*%$/.test(text)) return 'percent';
  if (/^(lần\s+)?thứ\s+\S+$/iu.test(text) || /^(khóa|khoá)\s+\S+$/iu.test(text)) return 'ordinal';
  if (/^(ngày\s+)?\d{1,2}\/\d{1,2}(\/\d{4})?$/iu.test(text)) return 'date';
  if (/^(năm\s+)?(19|20)\d\d$/iu.test(text)) return 'year';
  if (/^(19|20)\d\d\s*[-–]\s*(19|20)\d\d$/.test(text)) return 'term';
  if (/^\d[\d.,]*\/\d[\d.,]*(\s+\p{L}+){0,3}$/u.test(text)) return 'ratio';
  if (/^\d[\d.,]*\s*(nghìn tỷ|ngàn tỷ|tỷ|tỉ|triệu|nghìn)?\s*(đồng|USD|VND)$/iu.test(text)) return 'money';
  if (/^\d[\d.,]*$/.test(text)) return 'number';
  if (/^\d[\d.,]*(\s+\p{L}+){1,3}$/u.test(text)) return 'count';
  return null;
}

/**
 * Whether a figure answers "how many times": a percentage over 100 (211% is 2.1 times),
 * or a figure of so many times ("gấp 3 lần").
 */
export function answersTimes(kind: FigureKind, figure: string): boolean {
  if (/\b(gấp|lần)\b/iu.test(figure) && kind !== 'ordinal') return true;
  if (kind !== 'percent') return false;
  const value = Number((numberGroups(figure, 'vi')[0]?.[0] ?? '#0').slice(1));
  return value > 100;
}
