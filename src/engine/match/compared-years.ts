import { fold } from '../text/fold.js';

/**
 * A year a text only compares with: "so với năm 2023", "so với cùng kỳ năm 2023", "gấp 1,8
 * lần năm 2023", "compared with 2023". Read on folded text, so questions typed without
 * marks are read alike.
 */
const COMPARED_YEAR = /(?:so voi|cung ki|cung ky|lan|nam truoc|compared with|compared to|than|over)\s+(?:nam\s+|in\s+)?((?:19|20)\d\d)(?!\d)/g;
export const YEAR_TERM = /^#(?:19|20)\d\d$/;
const ANY_YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/g;

/** Years a text names only as what it compares with (never on their own), as number terms ("#2023"). */
export function comparedOnlyYears(text: string): Set<string> {
  const folded = fold(text.normalize('NFC'));
  const compared = new Set([...folded.matchAll(COMPARED_YEAR)].map((m) => m.index + m[0].length - 4));
  const only = new Set<string>();
  const free = new Set<string>();
  for (const m of folded.matchAll(ANY_YEAR)) (compared.has(m.index) ? only : free).add(`#${m[1] ?? ''}`);
  for (const year of free) only.delete(year);
  return only;
}
