import { fold } from '../text/fold.js';

/**
 * A year a text only compares with: "so với năm 2023", "so với cùng kỳ năm 2023", "gấp 1,8
 * lần năm 2023", "compared with 2023". Read on folded text, so questions typed without
 * marks are read alike.
 */
/**
 * What stands just before a year it compares with ("so voi nam ", "compared with "): tried only
 * where a year stands, rather than scanning the whole text for its words at every position.
 */
const COMPARED_BEFORE = /(?<=(?:so voi|cung ki|cung ky|lan|nam truoc|compared with|compared to|than|over)\s+(?:nam\s+|in\s+)?)/y;
export const YEAR_TERM = /^#(?:19|20)\d\d$/;
const ANY_YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/g;

/** Years a text names only as what it compares with (never on their own), as number terms ("#2023"). */
export function comparedOnlyYears(text: string): Set<string> {
  return comparedOnlyYearsFolded(fold(text.normalize('NFC')));
}

/**
 * The same, of text already folded. Texts folded one by one and joined by spaces are the
 * whole folded (a space starts and ends every join), so a caller can fold each part once.
 */
export function comparedOnlyYearsFolded(folded: string): Set<string> {
  const only = new Set<string>();
  const free = new Set<string>();
  for (const m of folded.matchAll(ANY_YEAR)) {
    COMPARED_BEFORE.lastIndex = m.index;
    (COMPARED_BEFORE.test(folded) ? only : free).add(`#${m[1] ?? ''}`);
  }
  for (const year of free) only.delete(year);
  return only;
}
