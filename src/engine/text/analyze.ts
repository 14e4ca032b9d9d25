import { accentKey, canonicalSpelling, fold } from './fold.js';
import { numberGroups, type NumberReading } from './numbers.js';
import { SHORTHAND } from './shorthand.js';
import { isStopWord } from './stopwords.js';

/** One word of a text, in the forms matching needs. */
export interface Word {
  /** Folded, with canonical spelling ("ky" → "ki"): the form terms are made of. */
  readonly folded: string;
  /** Tone-aware form, or null when the word was typed without diacritics. */
  readonly accent: string | null;
  /** A question word or filler rather than a subject. */
  readonly stop: boolean;
}

export interface Analysis {
  readonly words: readonly Word[];
  /** One group per number; any term of a group stands for that number. */
  readonly numbers: readonly (readonly string[])[];
}

// Letters only: numbers are read separately, with their own separators.
const WORD = /[\p{L}\p{M}]+/gu;

/** Splits text into words and numbers; expands chat shorthand ("bn" → "bao nhiêu"). */
export function analyze(text: string, reading: NumberReading): Analysis {
  const normalized = text.normalize('NFC').toLowerCase();
  const words: Word[] = [];
  for (const match of normalized.matchAll(WORD)) {
    const typed = match[0];
    const folded = fold(typed);
    const expansion = SHORTHAND.get(folded);
    if (expansion) {
      for (const part of expansion) {
        words.push({ folded: canonicalSpelling(part), accent: null, stop: isStopWord(part, part, false) });
      }
      continue;
    }
    const accent = accentKey(typed);
    words.push({ folded: canonicalSpelling(folded), accent, stop: isStopWord(typed, folded, accent !== null) });
  }
  return { words, numbers: numberGroups(normalized, reading) };
}
