import { fold } from '../text/fold.js';
import { GENRE_TERMS, type TermEntry } from './genre-terms.js';

/**
 * A figure as an English reader reads it, to show beside the Vietnamese sentence:
 * "452 tỷ đồng" → "VND 452 billion", "1,8 tỷ USD" → "USD 1.8 billion", "118,6%" → "118.6%",
 * "2.340 đối tượng" → "2,340 suspects" (units the lexicon knows; others stay as written),
 * "20/12" → "20 December", "lần thứ 27" → "the 27th", "khóa XX" → "term XX", "gấp 3 lần" → "3 times".
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Vietnamese number words for scale, longest first so "nghìn tỷ" is not read as "nghìn". */
const SCALES: readonly (readonly [string, string])[] = [
  ['nghìn tỷ', 'trillion'],
  ['ngàn tỷ', 'trillion'],
  ['tỷ', 'billion'],
  ['tỉ', 'billion'],
  ['triệu', 'million'],
  ['nghìn', 'thousand'],
  ['ngàn', 'thousand'],
];
const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['đồng', 'VND'],
  ['vnd', 'VND'],
  ['usd', 'USD'],
  ['đô la', 'USD'],
]);

/** A number as printed in a Vietnamese report ("2.340", "1,8") in English notation ("2,340", "1.8"). */
export function englishNumber(vietnamese: string): string {
  const [whole = '', fraction] = vietnamese.split(',');
  // Only a number the report grouped is grouped: a bare "2024" is a year.
  const grouped = whole.replace(/\./g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const DATE = /^(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/iu;
const ORDINAL = /^(?:lần\s+)?thứ\s+(\d+)$/iu;
const TERM = /^(?:khóa|khoá)\s+([IVXLC]+|\d+)$/iu;
const TIMES = new RegExp(String.raw`^(?:gấp\s+)?(${NUMBER})\s+lần$`, 'iu');
const QUANTITY = new RegExp(String.raw`^(${NUMBER}(?:\/${NUMBER})?)\s*(%?)\s*(.*)$`, 'u');

/** Units by their folded Vietnamese form, from the lexicon's entries that give one. */
function unitsOf(entries: readonly TermEntry[]): ReadonlyMap<string, string> {
  const units = new Map<string, string>();
  for (const entry of entries) {
    if (entry.unit === undefined) continue;
    for (const phrase of entry.vi) if (!units.has(fold(phrase))) units.set(fold(phrase), entry.unit);
  }
  return units;
}

let shared: ReadonlyMap<string, string> | undefined;

export function figureInEnglish(figure: string, entries: readonly TermEntry[] = GENRE_TERMS): string {
  const units = entries === GENRE_TERMS ? (shared ??= unitsOf(GENRE_TERMS)) : unitsOf(entries);
  const text = figure.normalize('NFC').trim().replace(/\s+/g, ' ');
  const date = DATE.exec(text);
  if (date !== null) {
    const month = MONTHS[Number(date[2]) - 1];
    if (month !== undefined && Number(date[1]) >= 1 && Number(date[1]) <= 31) return [date[1], month, date[3]].filter(Boolean).join(' ');
  }
  const nth = ORDINAL.exec(text);
  if (nth !== null) return `the ${ordinal(Number(nth[1]))}`;
  const term = TERM.exec(text);
  if (term !== null) return `term ${term[1] ?? ''}`;
  const times = TIMES.exec(text);
  if (times !== null) return `${englishNumber(times[1] ?? '')} times`;
  const quantity = QUANTITY.exec(text);
  if (quantity === null) return text;
  const [, raw = '', percent = '', rest = ''] = quantity;
  // "2020-2025", "Covid-19": not a quantity.
  if (/^[^\p{L}]/u.test(rest)) return text;
  const number = raw.split('/').map(englishNumber).join('/');
  if (percent !== '') return rest === '' ? `${number}%` : text;
  let tail = rest;
  let scale = '';
  for (const [vi, en] of SCALES) {
    if (tail === vi || tail.startsWith(`${vi} `)) {
      scale = en;
      tail = tail.slice(vi.length).trim();
      break;
    }
  }
  const currency = CURRENCIES.get(tail.toLowerCase());
  if (currency !== undefined) return [currency, number, scale].filter(Boolean).join(' ');
  if (tail === '') return [number, scale].filter(Boolean).join(' ');
  const unit = units.get(fold(tail));
  // A unit the lexicon does not know stays as the report wrote it: better Vietnamese than a guess.
  return [number, scale, unit ?? tail].filter(Boolean).join(' ');
}
