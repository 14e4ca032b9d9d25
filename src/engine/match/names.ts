import type { Word } from '../text/analyze.js';
import type { FactIndex } from './fact-index.js';

/**
 * Names in a question that the report does not know: they count against an answer
 * instead of lending their syllables to facts that share them.
 */

/**
 * Positions of words in names the report does not know. "Hà Nội" is one name, not
 * "Hà" (as in Vũ Hà) and "Nội" (as in nội chính): a run of capitalised words is a
 * name, known only if the report has its neighbouring words side by side.
 */
export function unknownNames(words: readonly Word[], index: FactIndex, reportNames: ReadonlySet<number> = new Set()): Set<number> {
  const strangers = new Set<number>();
  let start = 0;
  for (let end = 0; end <= words.length; end++) {
    // A loaded report's name ends a run: "Huyện Lý Nhân: Cho mình hỏi" has no name "Cho".
    if (end < words.length && words[end]?.capitalized === true && !reportNames.has(end)) continue;
    if (end - start >= 2) {
      const run = words.slice(start, end);
      const known = run.every((w, k) => k === 0 || index.postings.has(`${run[k - 1]?.folded ?? ''} ${w.folded}`));
      if (!known) for (let k = start; k < end; k++) strangers.add(k);
    }
    start = end + 1;
  }
  for (const position of otherPlaces(words, index, reportNames)) strangers.add(position);
  return strangers;
}

/**
 * "Nam Từ Liêm" is not "Bắc Từ Liêm", however it is typed: the tail of a subject
 * ("từ liêm") after a word other than the subject's own names another place.
 */
function otherPlaces(words: readonly Word[], index: FactIndex, reportNames: ReadonlySet<number>): number[] {
  const positions: number[] = [];
  for (const subject of index.subjects) {
    for (let k = 1; k <= subject.length - 2; k++) {
      const tail = subject.slice(k);
      for (let i = 1; i + tail.length <= words.length; i++) {
        const before = words[i - 1];
        // A loaded report's name, typed whole ("Cẩm Giàng" of "huyện Cẩm Giàng"), is no other place.
        if (before === undefined || before.stop || before.folded === subject[k - 1] || reportNames.has(i)) continue;
        if (tail.every((folded, j) => words[i + j]?.folded === folded)) {
          for (let j = i - 1; j < i + tail.length; j++) positions.push(j);
        }
      }
    }
  }
  return positions;
}
