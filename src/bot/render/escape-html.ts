/** HTML helpers for Telegram's HTML parse mode, and the message limits. */
import type { InlineKeyboardMarkup } from 'grammy/types';

/** Telegram's limit on a message's text after entity parsing. */
export const MAX_MESSAGE_LENGTH = 4096;

/** A message ready to send: text in Telegram HTML, optional buttons. */
export interface Draft {
  readonly text: string;
  readonly parse_mode: 'HTML';
  readonly reply_markup?: InlineKeyboardMarkup;
}

/** Telegram's HTML mode needs exactly these three escaped, everywhere. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

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
 * Joins HTML blocks, leaving out trailing blocks that would push the message
 * over the limit (and saying so with "…"). Each block is well formed on its
 * own, so cutting between blocks never breaks a tag; renderers keep each block
 * short by truncating its parts. The HTML source is at least as long as the
 * text Telegram counts, so fitting the source is safe.
 */
export function joinWithinLimit(blocks: readonly string[], separator = '\n', limit = MAX_MESSAGE_LENGTH): string {
  const more = separator + '…';
  let out = '';
  for (const [i, block] of blocks.entries()) {
    const next = i === 0 ? block : out + separator + block;
    const reserve = i < blocks.length - 1 ? more.length : 0;
    if (next.length + reserve > limit) return i === 0 ? '…' : out + more;
    out = next;
  }
  return out;
}
