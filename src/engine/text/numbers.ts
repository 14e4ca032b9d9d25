/**
 * Numbers as people type them: "12,37%" (Vietnamese decimal comma), "12.37%",
 * "1.195" (Vietnamese thousands dot), "1,195", "1195", "439/439", "13/12", "2020-2025".
 * Each becomes canonical terms ("#12.37", "#1195") so that any spelling meets the report's own.
 */

/**
 * A number, or a fraction or date (a/b). Ranges ("2020-2025") read as two numbers.
 * A space may group thousands ("1 195"), but only before exactly three digits.
 */
const NUMBER = /\d+(?:[.,]\d+|(?<=(?:^|\D)\d{1,3}) \d{3}(?!\d))*(?:\/\d+(?:[.,]\d+)*)?/g;

/** How to read "1.195" and "12,37": the report's own convention, or any plausible one (a question). */
export type NumberReading = 'vi' | 'en' | 'any';

function term(value: number): string {
  return `#${String(Number(value.toFixed(6)))}`;
}

/**
 * Values of one number without a slash. In a question "1.195" may be 1195 (Vietnamese)
 * or 1.195 (English), so both are kept where the digits after the separator come in
 * threes; "12,37" is never a thousands grouping, so it is only ever 12.37.
 */
function values(spaced: string, reading: NumberReading): number[] {
  const raw = spaced.replace(/ /g, '');
  const parts = raw.split(/[.,]/);
  if (parts.length === 1) return [Number(raw)];
  if (reading !== 'any') {
    const [thousands, decimal] = reading === 'vi' ? ['.', ','] : [',', '.'];
    const sides = raw.split(thousands).join('').split(decimal);
    // "1.195.000" read the English way has no decimal point: only groups.
    return [Number(sides.length > 2 ? sides.join('') : sides.join('.'))];
  }
  const found: number[] = [];
  if (parts.slice(1).every((p) => p.length === 3)) found.push(Number(parts.join('')));
  if (parts.length === 2) found.push(Number(`${parts[0] ?? ''}.${parts[1] ?? ''}`));
  return found;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const VI_DATE = /(\d{1,2})\s*(?:tháng|thang)\s*(\d{1,2})\b/giu;
/** "13-12" is a day and a month; "2020-2025" stays a range, "10.5" a decimal. */
const DASHED_DATE = /\b([012]?\d|3[01])-(0?[1-9]|1[0-2])\b(?![.,]?\d)/g;
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}`, 'gi');
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b`, 'gi');

const month = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
/**
 * A month named alone ("by the end of June", "in March") is the reports' "tháng 6": a
 * number the answer's sentence must hold. Full names only: "may" is mostly the verb.
 */
const MONTH_ALONE = /\b(january|february|march|april|june|july|august|september|october|november|december)\b(?!\s*\d{1,2}(?:st|nd|rd|th)?\b)/gi;

const ROMAN = /\b(thứ|thu)\s+(I{1,3}|IV|VI{0,3}|IX|X)\b/giu;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };
const ROMAN_MARK = '^';
/** Words before a number that make it an ordinal: "lần thứ 22", "lần 22", "khóa 20". */
const ORDINAL_BEFORE = /(?:^|[^\p{L}])(?:thứ|thu|lần|lan|khóa|khoá|khoa)\s*\^?$/u;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/;
/** A minus sign glued to a number, after no letter or digit: "-211%", "(−2,1%)"; never the dash of "2020-2025" or a list's "- 5 vụ". */
const NEGATIVE_BEFORE = /(?:^|[^\p{L}\p{N}.,])[-−]$/u;
/**
 * Sums typed as questions ("2+2", "1 + 1 bằng mấy", "3 x 4"): their numbers are no figure
 * of any report. A dash is never one: "2020 - 2025" is a term.
 */
const OPERATOR = String.raw`(?:\s*[+*×÷=]\s*|\sx\s|x(?=\d)|\s(?:cộng|trừ|nhân|chia|plus|minus|times)\s)`;
const ARITHMETIC = new RegExp(String.raw`\d[\d.,]*(?:${OPERATOR}\d[\d.,]*)+`, 'giu');
/** The term of a number in a sum: no report holds it, so the question is declined. */
const SUM_OPERAND = '#?';

/** "III" → 3: the few numerals an ordinal ("lần thứ II") takes. */
function romanValue(numeral: string): number {
  const digits = Array.from(numeral.toUpperCase(), (c) => ROMAN_VALUES[c] ?? 0);
  return digits.reduce((sum, v, i) => sum + (v < (digits[i + 1] ?? 0) ? -v : v), 0);
}

/**
 * Dates in words become the report's own "13/12" ("13 tháng 12", "13 December", "Dec 13"),
 * and ordinals in Roman numerals become numbers ("lần thứ II" → "lần thứ 2"), so a question
 * about "lần thứ III" does not meet the report's "lần thứ II".
 */
export function datesAsNumbers(text: string): string {
  // The caret marks a number that was a numeral: only an ordinal meets it ("lần thứ 2"), never a bare "2".
  const withOrdinals = text.replace(ROMAN, (_, ordinal: string, numeral: string) => `${ordinal} ${ROMAN_MARK}${romanValue(numeral)}`);
  if (!/\d/.test(withOrdinals)) return withOrdinals.replace(MONTH_ALONE, (name: string) => `tháng ${month(name)}`);
  return withOrdinals
    .replace(VI_DATE, '$1/$2')
    .replace(DASHED_DATE, '$1/$2')
    .replace(DAY_MONTH, (_, d: string, m: string) => `${d}/${month(m)}`)
    .replace(MONTH_DAY, (_, m: string, d: string) => `${d}/${month(m)}`)
    .replace(MONTH_ALONE, (name: string) => `tháng ${month(name)}`);
}

/**
 * One group per number in the text (dates in words already rewritten by datesAsNumbers);
 * a group lists the terms any of which stands for that number ("1.195" in a question is
 * "#1195" or "#1.195").
 *
 * "a/b" is the term "#a/b". The report's own text (a fixed reading) also holds "a" alone,
 * so "439" meets "439/439 chi bộ" and "ngày 13" meets "13/12"; a question never splits,
 * or "13/11" and "12%" would meet "13/12" through a shared side.
 */
export function numberGroups(text: string, reading: NumberReading): string[][] {
  const groups: string[][] = [];
  // No digit, no number (most texts: the ways of asking, the topics).
  if (!/\d/.test(text)) return groups;
  const sums = reading === 'any' ? [...text.matchAll(ARITHMETIC)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0];
    const start = match.index;
    if (sums.some(([from, to]) => start >= from && start < to)) {
      groups.push([SUM_OPERAND]);
      continue;
    }
    const group = new Set<string>();
    const [left = '', right] = raw.split('/');
    const before = text.slice(Math.max(0, start - 8), start);
    const ordinal = right === undefined && (ORDINAL_BEFORE.test(before) || ORDINAL_AFTER.test(text.slice(start + raw.length)));
    const negative = right === undefined && !ordinal && NEGATIVE_BEFORE.test(before);
    // A Roman numeral of the report is an ordinal only; a question's "lần thứ 2" is also a "2".
    if (ordinal) group.add(`^${left}`);
    if (!(ordinal && text[start - 1] === ROMAN_MARK)) {
      if (right !== undefined) group.add(`#${raw.replace(/[.,]/g, '')}`);
      // A question's "-211%" is not the report's "211%"; the report's own "-2,1%" is also a "2,1%" asked without its sign.
      if (negative) for (const v of values(left, reading)) group.add(term(-v));
      if ((right === undefined || reading !== 'any') && !(negative && reading === 'any')) for (const v of values(left, reading)) group.add(term(v));
    }
    groups.push([...group]);
  }
  return groups;
}
