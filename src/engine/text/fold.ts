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
 * Accent key of one syllable: the letters with their vowel marks, and the tone as a
 * trailing digit. Where the tone sits ("uỷ" or "ủy") no longer matters: both give "uy3".
 * Returns null when the syllable carries no diacritic at all, so that a user who
 * typed without marks is never told that a word "has the wrong accent".
 */
export function accentKey(syllable: string): string | null {
  const decomposed = syllable.normalize('NFD').toLowerCase();
  let tone = '';
  let letters = '';
  for (const ch of decomposed) {
    const mark = TONE_MARKS.get(ch);
    if (mark !== undefined) tone = mark;
    else letters += ch;
  }
  const hasMark = tone !== '' || letters !== fold(letters) || /đ/.test(letters);
  if (!hasMark) return null;
  return canonicalSpelling(letters.normalize('NFC')) + tone;
}

/**
 * Spelling variants of the same syllable: "kỳ"/"kì", "tỷ"/"tỉ", "quy"/"qui".
 * A final y after a consonant is written i either way; "uy" (as in "ủy") keeps its y.
 */
export function canonicalSpelling(syllable: string): string {
  return syllable.replace(/^(qu|[bcdđghklmnprstvx]+)y$/u, '$1i');
}
