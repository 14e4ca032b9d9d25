import { syllable } from '../text/fold.js';
import { genreTerms, type TermEntry } from './genre-terms.js';

/**
 * A figure as an English reader reads it, to show beside the Vietnamese sentence:
 * "452 tỷ đồng" → "VND 452 billion", "1,8 tỷ USD" → "USD 1.8 billion", "118,6%" → "118.6%",
 * "2.340 đối tượng" → "2,340 suspects" (units the lexicon knows; others stay as written),
 * "0,37 điểm phần trăm" → "0.37 percentage points", "20/12" → "20 December",
 * "tháng 6" → "June", "lần thứ 27" → "the 27th", "kỳ họp thứ 14" → "the 14th session",
 * "khóa XX" → "term XX", "gấp 3 lần" → "3 times". Names and mottos come back as given.
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
/**
 * Units of the figure format itself rather than of a topic, so they live here and not in
 * the lexicon: spans of time and the percentage point. "giờ" is left out on purpose: "17 giờ"
 * is as often a time of day as a duration.
 */
const MEASURES: ReadonlyMap<string, string> = new Map([
  ['điểm phần trăm', 'percentage points'],
  ['năm', 'years'],
  ['tháng', 'months'],
  ['tuần', 'weeks'],
  ['ngày', 'days'],
  ['tuổi', 'years old'],
]);
/** Plurals that dropping the final "s" gets wrong, for "1 người" → "1 person". */
const SINGULARS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'],
  ['children', 'child'],
  ['criteria', 'criterion'],
  ['works', 'works'],
  ['years old', 'years old'],
  ['injured', 'injured'],
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

const ROMAN: ReadonlyMap<string, number> = new Map([['I', 1], ['V', 5], ['X', 10], ['L', 50], ['C', 100]]);

/** "XXI" → 21; "27" → 27. */
function numberOf(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  let total = 0;
  const digits = Array.from(written.toUpperCase(), (c) => ROMAN.get(c) ?? 0);
  digits.forEach((d, i) => (total += d < (digits[i + 1] ?? 0) ? -d : d));
  return total;
}

function singular(unit: string): string {
  const irregular = SINGULARS.get(unit);
  if (irregular !== undefined) return irregular;
  return /[^s]s$/.test(unit) ? unit.slice(0, -1) : unit;
}

const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const DATE = /^(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/iu;
const MONTH = /^tháng\s+(\d{1,2})(?:\/(\d{4})|\s+năm\s+(\d{4}))?$/iu;
const ORDINAL = /^(?:(.+?)\s+)?thứ\s+(\d+|[IVXLC]+)$/u;
const TERM = /^(?:khóa|khoá)\s+([IVXLC]+|\d+)$/iu;
const TIMES = new RegExp(String.raw`^(?:gấp\s+)?(${NUMBER})\s+lần$`, 'iu');
const QUANTITY = new RegExp(String.raw`^(${NUMBER}(?:\/${NUMBER})?)\s*(%?)\s*(.*)$`, 'u');

/**
 * A Vietnamese phrase as the lexicon is looked up: lowercase, tone placement ignored ("hoá"
 * meets "hóa"), but diacritics kept, since "126 cá" (fish) is not "126 ca" (cases).
 */
function key(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .map((word) => {
      const { folded, accent } = syllable(word);
      return accent ?? folded;
    })
    .join(' ');
}

interface Lookup {
  /** English unit by Vietnamese unit word ("đối tượng" → "suspects"). */
  readonly units: ReadonlyMap<string, string>;
  /** First English word of every entry, for what an ordinal counts ("kỳ họp" → "session"). */
  readonly nouns: ReadonlyMap<string, string>;
}

function lookupOf(entries: readonly TermEntry[]): Lookup {
  const units = new Map<string, string>();
  const nouns = new Map<string, string>();
  for (const entry of entries) {
    for (const phrase of entry.vi) {
      const k = key(phrase);
      if (entry.unit !== undefined && !units.has(k)) units.set(k, entry.unit);
      const noun = entry.en[0];
      if (noun !== undefined && !nouns.has(k)) nouns.set(k, noun);
    }
  }
  return { units, nouns };
}

let shared: Lookup | undefined;
/** "lần thứ 27" is just "the 27th": "lần" is the ordinal's own word, not what it counts. */
const TIME_KEY = key('lần');

function dateInEnglish(text: string): string | undefined {
  const date = DATE.exec(text);
  if (date !== null) {
    const month = MONTHS[Number(date[2]) - 1];
    const day = Number(date[1]);
    if (month !== undefined && day >= 1 && day <= 31) return [String(day), month, date[3]].filter(Boolean).join(' ');
  }
  const month = MONTH.exec(text);
  if (month !== null) {
    const name = MONTHS[Number(month[1]) - 1];
    if (name !== undefined) return [name, month[2] ?? month[3]].filter(Boolean).join(' ');
  }
  return undefined;
}

function rankInEnglish(text: string, nouns: Lookup['nouns']): string | undefined {
  const nth = ORDINAL.exec(text);
  if (nth !== null) {
    const n = numberOf(nth[2] ?? '');
    const counted = nth[1];
    if (n === 0) return undefined;
    if (counted === undefined || key(counted) === TIME_KEY) return `the ${ordinal(n)}`;
    // "kỳ họp thứ 14" → "the 14th session"; a noun the lexicon does not know stays as written.
    const noun = nouns.get(key(counted));
    return noun === undefined ? undefined : `the ${ordinal(n)} ${noun}`;
  }
  const term = TERM.exec(text);
  if (term !== null) return `term ${term[1] ?? ''}`;
  const times = TIMES.exec(text);
  if (times !== null) return `${englishNumber(times[1] ?? '')} times`;
  return undefined;
}

function quantityInEnglish(text: string, units: Lookup['units']): string {
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
  const unit = MEASURES.get(tail.toLowerCase()) ?? units.get(key(tail));
  // A unit the lexicon does not know stays as the report wrote it: better Vietnamese than a guess.
  if (unit === undefined) return [number, scale, tail].filter(Boolean).join(' ');
  return [number, scale, number === '1' && scale === '' ? singular(unit) : unit].filter(Boolean).join(' ');
}

export function figureInEnglish(figure: string, entries?: readonly TermEntry[]): string {
  const lookup = entries === undefined ? (shared ??= lookupOf(genreTerms())) : lookupOf(entries);
  const text = figure.normalize('NFC').trim().replace(/\s+/g, ' ');
  return dateInEnglish(text) ?? rankInEnglish(text, lookup.nouns) ?? quantityInEnglish(text, lookup.units);
}
