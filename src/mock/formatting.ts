import type { MessageEntity } from 'grammy/types';
import { badRequest } from './api-error.js';
import { parseHtml, type FormattedText } from './html-parser.js';
import { parseMarkdown, parseMarkdownV2 } from './markdown.js';
import { isRecord } from './params.js';

export const MAX_MESSAGE_LENGTH = 4096;

export interface FormatOptions {
  /** See html.ts: reject a bare "&" (default true). */
  readonly strictAmpersand?: boolean;
}

/** Applies parse_mode (or explicit entities) the way Telegram does before storing a text. */
export function parseFormatted(
  raw: string,
  parseMode: string | undefined,
  entities: unknown,
  options: FormatOptions = {},
): FormattedText {
  if (parseMode !== undefined && parseMode !== '') {
    switch (parseMode.toLowerCase()) {
      case 'html': return trimFormatted(parseHtml(raw, options));
      case 'markdownv2': return trimFormatted(parseMarkdownV2(raw));
      case 'markdown': return trimFormatted(parseMarkdown(raw));
      default: throw badRequest('unsupported parse_mode');
    }
  }
  return trimFormatted({ text: raw, entities: explicitEntities(entities, raw.length) });
}

/** Message text: non-empty and within 4096 characters after parsing, or Telegram's 400s. */
export function formatMessageText(
  raw: string | undefined,
  parseMode: string | undefined,
  entities: unknown,
  options: FormatOptions = {},
): FormattedText {
  if (raw === undefined || raw === '') throw badRequest('message text is empty');
  const formatted = parseFormatted(raw, parseMode, entities, options);
  if (formatted.text === '') throw badRequest('message text is empty');
  if (formatted.text.length > MAX_MESSAGE_LENGTH) throw badRequest('message is too long');
  return formatted;
}

function explicitEntities(value: unknown, textLength: number): MessageEntity[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw badRequest("can't parse entities JSON object");
  const entities: MessageEntity[] = [];
  for (const item of value as unknown[]) {
    if (!isRecord(item) || typeof item.type !== 'string') throw badRequest("can't parse MessageEntity: type is not specified");
    const { offset, length } = item;
    if (typeof offset !== 'number' || typeof length !== 'number' || !Number.isInteger(offset) || !Number.isInteger(length)) {
      throw badRequest("can't parse MessageEntity: offset and length must be integers");
    }
    // Telegram silently drops entities that fall outside the text.
    if (offset < 0 || length <= 0 || offset + length > textLength) continue;
    entities.push(item as unknown as MessageEntity);
  }
  return entities;
}

/** Telegram strips leading and trailing whitespace and clips entities to what remains. */
function trimFormatted({ text, entities }: FormattedText): FormattedText {
  const start = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const end = start + trimmed.length;
  const clipped: MessageEntity[] = [];
  for (const entity of entities) {
    const from = Math.max(entity.offset, start);
    const to = Math.min(entity.offset + entity.length, end);
    if (to > from) clipped.push({ ...entity, offset: from - start, length: to - from });
  }
  return { text: trimmed, entities: clipped };
}
