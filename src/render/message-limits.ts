/** Telegram's length limits, applied to formatted text without ever cutting inside a piece. */
import { concat, type FormattedText, type Piece } from './formatted-text.js';

/** Telegram's limit on a message's text, in UTF-16 code units, after entities are taken out. */
export const MAX_MESSAGE_LENGTH = 4096;

/**
 * Shortens plain text to at most `max` characters (code points, so an emoji or
 * a Vietnamese letter is never cut in half), ending with "…" when cut.
 */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, Math.max(0, max - 1)).join('').trimEnd() + '…';
}

/**
 * Joins blocks with `separator`, leaving out trailing blocks that would push the
 * message over `limit` UTF-16 units (and saying so with "…"). Renderers keep each
 * block short by truncating its parts, so only very long lists lose blocks.
 */
export function joinWithinLimit(blocks: readonly Piece[], separator = '\n', limit = MAX_MESSAGE_LENGTH): FormattedText {
  const more = separator + '…';
  const kept: Piece[] = [];
  let length = 0;
  for (const [i, block] of blocks.entries()) {
    const blockLength = typeof block === 'string' ? block.length : block.text.length;
    const next = i === 0 ? blockLength : length + separator.length + blockLength;
    const reserve = i < blocks.length - 1 ? more.length : 0;
    if (next + reserve > limit) return i === 0 ? concat('…') : concat(...kept, more);
    if (i > 0) kept.push(separator);
    kept.push(block);
    length = next;
  }
  return concat(...kept);
}
