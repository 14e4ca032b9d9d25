/**
 * The author of a plain-text article: a short last line of capitalised words with no
 * figure and no sentence stop ("Lê Thắm", "Nhóm PV", "Bài và ảnh: Trần B").
 */
const PREFIX = /^(?:bài(?: và ảnh)?|tác giả|by|theo)\s*:?\s*/iu;
const SHORT_NAME = /^(?:\p{Lu}[\p{L}\p{M}.]*)(?: \p{Lu}[\p{L}\p{M}.]*){0,5}$/u;

/** The byline line of the article, if its last non-empty line is one, else null. */
export function findByline(lines: readonly string[]): { line: string; author: string } | null {
  const last = [...lines].reverse().find((l) => l.trim() !== '')?.trim();
  if (last === undefined || lines.filter((l) => l.trim() !== '').length < 2) return null;
  const author = last.replace(PREFIX, '').replace(/^\(|\)$/g, '').trim();
  if (author === '' || /\d/.test(author) || !SHORT_NAME.test(author)) return null;
  return { line: last, author };
}
