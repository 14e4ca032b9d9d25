/**
 * Vietnamese-aware folding. Users type with full diacritics, with none, or with the
 * old tone-mark placement ("uỷ" for "ủy"); all three must meet the same word.
 */

// The five tone marks as combining characters, in NFD. Vowel-quality marks
// (circumflex, breve, horn) are not tones: they stay with their letter.
const TONE_MARKS: ReadonlyMap<string, string> = new Map([
  ['\u0300', '2'], // huyền
  ['\u0301', '1'], // sắc
  ['\u0303', '4'], // ngã
  ['\u0309', '3'], // hỏi
  ['\u0323', '5'], // nặng
]);
const COMBINING = /[\u0300-\u036f]/g;

/** Lowercase, no diacritics, đ as d: the form every comparison starts from. */
export function fold(text: string): string {
  return text.normalize('NFD').toLowerCase().replace(COMBINING, '').replace(/đ/g, 'd');
}

/**
 * Folded form and accent key of one lowercase syllable, in one pass over its letters.
 * The accent key holds the letters with their vowel marks and the tone as a trailing
 * digit, so where the tone sits ("uỷ" or "ủy") no longer matters: both give "uy3".
 * It is null when the syllable carries no diacritic at all, so a user who typed
 * without marks is never told that a word "has the wrong accent".
 */
export function syllable(lowercase: string): { folded: string; accent: string | null } {
  let tone = '';
  let letters = '';
  let bare = '';
  for (const ch of lowercase.normalize('NFD')) {
    const mark = TONE_MARKS.get(ch);
    if (mark !== undefined) {
      tone = mark;
      continue;
    }
    letters += ch;
    if (ch === 'đ') bare += 'd';
    else if (ch < '\u0300' || ch > '\u036f') bare += ch;
  }
  const folded = canonicalSpelling(bare);
  if (tone === '' && letters === bare) return { folded, accent: null };
  return { folded, accent: canonicalSpelling(letters.normalize('NFC')) + tone };
}

/** Accent key of one syllable (see `syllable`). */
export function accentKey(word: string): string | null {
  return syllable(word.toLowerCase()).accent;
}

/**
 * Spelling variants of the same syllable: "kỳ"/"kì", "tỷ"/"tỉ", "quy"/"qui".
 * A final y after a consonant is written i either way; "uy" (as in "ủy") keeps its y.
 */
export function canonicalSpelling(syllable: string): string {
  return syllable.replace(/^(qu|[bcdđghklmnprstvx]+)y$/u, '$1i');
}
