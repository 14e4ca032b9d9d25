/** Telegram's length limits, applied to formatted text without ever cutting inside a piece. */
import { concat, type FormattedText, type Piece } from './formatted-text.js';

/** Telegram's limit on a message's text, in UTF-16 code units, after entities are taken out. */
export const MAX_MESSAGE_LENGTH = 4096;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Shortens plain text to at most `max` code points, ending with "…" when cut. The text
 * is put in NFC first (some keyboards send "ệ" as e and two marks), and it is cut only
 * between graphemes, so a letter never loses its marks and an emoji is never split.
 */
export function truncate(text: string, max: number): string {
  const composed = text.normalize('NFC');
  if (Array.from(composed).length <= max) return composed;
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(composed)) {
    const size = Array.from(segment).length;
    if (used + size > max - 1) break;
    kept += segment;
    used += size;
  }
  return kept.trimEnd() + '…';
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
