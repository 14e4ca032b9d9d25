import { canonicalSpelling, syllable } from './fold.js';
import { datesAsNumbers, numberGroups, type NumberReading } from './numbers.js';
import { COUNTED_SHORTHAND, SHORTHAND } from './shorthand.js';
import { stem } from './stem.js';
import { hasSyllableShape } from './syllable-shape.js';
import { isStopWord } from './stopwords.js';

/** One word of a text, in the forms matching needs. */
export interface Word {
  /** The word as typed (lowercased); shorthand expansions all carry the shorthand typed. */
  readonly typed: string;
  /** Folded, with canonical spelling ("ky" → "ki"), and English endings stemmed unless a stop word: the form terms are made of. */
  readonly folded: string;
  /** Tone-aware form, or null when the word was typed without diacritics. */
  readonly accent: string | null;
  /** A question word or filler rather than a subject. */
  readonly stop: boolean;
  /** Typed with a capital: runs of such words are names ("Cầu Giấy"). */
  readonly capitalized: boolean;
  /** Typed in capitals ("HÀ ĐÔNG"): a name only where something else says so (after "quận"). */
  readonly upper: boolean;
  /** A number stands between this word and the one before ("năm 2025 bao nhiêu"): no phrase runs across it. */
  readonly afterNumber?: boolean;
}

export interface Analysis {
  readonly words: readonly Word[];
  /** One group per number; any term of a group stands for that number. */
  readonly numbers: readonly (readonly string[])[];
}

/** English ordinal suffixes: glued to a number ("27th") they are part of it, which numbers.ts reads as an ordinal. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
// Letters only: numbers are read separately, with their own separators.
const WORD = /[\p{L}\p{M}]+/gu;

/** What a word typed (lowercased) reads as, whatever its neighbours. */
interface WordReading {
  readonly folded: string;
  readonly accent: string | null;
  /** Chat shorthand may stand for it: typed without marks, or no syllable ("đc", "gsát"). */
  readonly shorthand: boolean;
  readonly stop: boolean;
  /** The form terms are made of: stemmed, unless a question word ("was" would become "wa"). */
  readonly stemmed: string;
}

// Reports of a genre, and their questions, use the same few thousand words: each is read
// once, not once per text (a hundred reports analyse thousands of sentences). Bounded, since
// questions bring words of their own.
const readings = new Map<string, WordReading>();
const MAX_READINGS = 50_000;

function readWord(typed: string): WordReading {
  let reading = readings.get(typed);
  if (reading === undefined) {
    const { folded, accent } = syllable(typed);
    // A real syllable typed with marks is itself: "Hồng" is a name, not "hong" (không);
    // "đc" or "gsát" is no syllable, so still shorthand.
    const shorthand = accent === null || !hasSyllableShape(folded);
    const stop = isStopWord(typed, folded, accent !== null);
    reading = { folded, accent, shorthand, stop, stemmed: stop ? folded : stem(folded) };
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(typed, reading);
  }
  return reading;
}

/** Splits text into words and numbers; expands chat shorthand ("bn" → "bao nhiêu"). */
export function analyze(text: string, reading: NumberReading): Analysis {
  // "13 tháng 12" is one number, not two numbers and a word.
  // A "%" after no number is the word: "tăng bn %" asks for a percentage.
  // An English possessive is its noun: "Ky Phong's GRDP" asks about Ky Phong, not about an "s".
  // (Each rewrite is tried only on a text that holds its character: most hold neither.)
  let cased = datesAsNumbers(text.normalize('NFC'));
  if (cased.includes("'") || cased.includes('’')) cased = cased.replace(/(\p{L})['’]s(?![\p{L}])/gu, '$1');
  if (cased.includes('%')) cased = cased.replace(/(^|[^\d\s])(\s*)%/gu, '$1$2 phần trăm ');
  const normalized = cased.toLowerCase();
  const words: Word[] = [];
  let end = 0;
  // exec, not matchAll: no iterator and no match array per word. WORD is only used here, and
  // analyze runs to the end before it is used again.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(cased); match !== null; match = WORD.exec(cased)) {
    const found = match[0];
    const gap = cased.slice(end, match.index);
    // Most gaps are a space: the tests on digits before the word are only made where there is one.
    const digitBefore = /\d/.test(gap);
    const afterNumber = words.length > 0 && digitBefore;
    end = match.index + found.length;
    // Title case only: a question typed in capitals ("THU NGÂN SÁCH") names nothing.
    const firstLength = (found.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
    const first = found.slice(0, firstLength);
    const rest = found.slice(firstLength);
    const capitalized = first !== first.toLowerCase() && rest === rest.toLowerCase();
    const typed = found.toLowerCase();
    const { folded, accent, shorthand, stop, stemmed } = readWord(typed);
    const last = words[words.length - 1]?.folded;
    // Right after a number a shorthand is its unit: "14,7 kg" weighs, "bn kg" asks a weight.
    // The suffix of an English ordinal glued to it ("27th") is none: the number reads it as an ordinal.
    const ordinalSuffix = digitBefore && /\d$/.test(gap) && ORDINAL_SUFFIXES.has(typed);
    const counting = (digitBefore && /\d\s*$/.test(gap) && !ordinalSuffix) || last === 'may' || (last === 'nhieu' && words[words.length - 2]?.folded === 'bao');
    const expansion = shorthand ? ((counting ? COUNTED_SHORTHAND.get(folded) : undefined) ?? SHORTHAND.get(folded)) : undefined;
    if (expansion) {
      expansion.forEach((part, k) => {
        const stop = isStopWord(part, part, false);
        const word = { typed, folded: stop ? canonicalSpelling(part) : stem(canonicalSpelling(part)), accent: null, stop, capitalized: false, upper: false };
        words.push(afterNumber && k === 0 ? { ...word, afterNumber } : word);
      });
      continue;
    }
    const upper = found.length > 1 && found === found.toUpperCase();
    words.push(afterNumber ? { typed, folded: stemmed, accent, stop, capitalized, upper, afterNumber } : { typed, folded: stemmed, accent, stop, capitalized, upper });
  }
  return { words, numbers: numberGroups(normalized, reading) };
}
