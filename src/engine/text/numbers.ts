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
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}`, 'gi');
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b`, 'gi');

const month = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** Dates in words become the report's own "13/12": "13 tháng 12", "13 December", "Dec 13". */
export function datesAsNumbers(text: string): string {
  if (!/\d/.test(text)) return text;
  return text
    .replace(VI_DATE, '$1/$2')
    .replace(DAY_MONTH, (_, d: string, m: string) => `${d}/${month(m)}`)
    .replace(MONTH_DAY, (_, m: string, d: string) => `${d}/${month(m)}`);
}

/**
 * One group per number in the text (dates in words already rewritten by datesAsNumbers); a group lists the terms any of which stands for
 * that number ("439/439" is "#439/439" or "#439"; "1.195" in a question "#1195" or "#1.195").
 */
export function numberGroups(text: string, reading: NumberReading): string[][] {
  const groups: string[][] = [];
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0];
    const group = new Set<string>();
    if (raw.includes('/')) group.add(`#${raw.replace(/[.,]/g, '')}`);
    for (const side of raw.split('/')) for (const v of values(side, reading)) group.add(term(v));
    groups.push([...group]);
  }
  return groups;
}
