import type { Language } from '../answer.js';
import type { Word } from '../text/analyze.js';
import type { FactIndex } from './fact-index.js';

/** English when the words read as English and none carries a Vietnamese mark. */
export function questionLanguage(words: readonly Word[], index: FactIndex): Language {
  if (words.some((w) => w.accent !== null)) return 'vi';
  let english = 0;
  let vietnamese = 0;
  for (const w of words) {
    const en = index.englishWords.has(w.folded);
    const vi = index.vietnameseWords.has(w.folded);
    if (en && !vi) english++;
    if (vi && !en) vietnamese++;
  }
  return english > vietnamese ? 'en' : 'vi';
}
