import type { MessageEntity } from 'grammy/types';
import { badRequest } from './api-error.js';
import type { FormattedText } from './html-parser.js';

/**
 * Telegram's MarkdownV2 and legacy Markdown parse modes, following TDLib's
 * parsers closely enough to reject what Telegram rejects (reserved characters
 * left unescaped, entities left open) with the same descriptions.
 */

type V2Kind = 'Bold' | 'Italic' | 'Underline' | 'Strikethrough' | 'Spoiler' | 'Code' | 'Pre' | 'TextUrl' | 'CustomEmoji';

interface OpenEntity {
  readonly kind: V2Kind;
  readonly utf16Offset: number;
  readonly byteOffset: number;
  readonly language?: string;
}

const RESERVED = '_*[]()~`>#+-=|{}.!';

function fail(detail: string): never {
  throw badRequest(`can't parse entities: ${detail}`);
}

function bytes(text: string, index: number): number {
  return Buffer.byteLength(text.slice(0, index), 'utf8');
}

function endsEntity(kind: V2Kind, text: string, i: number): boolean {
  const c = text.charAt(i);
  switch (kind) {
    case 'Bold': return c === '*';
    case 'Italic': return c === '_' && text[i + 1] !== '_';
    case 'Underline': return c === '_' && text[i + 1] === '_';
    case 'Strikethrough': return c === '~';
    case 'Spoiler': return c === '|' && text[i + 1] === '|';
    case 'Code': return c === '`';
    case 'Pre': return text.startsWith('```', i);
    case 'TextUrl': case 'CustomEmoji': return c === ']';
  }
}

export function parseMarkdownV2(source: string): FormattedText {
  const entities: MessageEntity[] = [];
  const open: OpenEntity[] = [];
  let text = '';
  let quoteStart = -1;

  const closeQuote = (): void => {
    if (quoteStart >= 0 && text.length > quoteStart) entities.push({ type: 'blockquote', offset: quoteStart, length: text.length - quoteStart });
    quoteStart = -1;
  };

  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    const top = open.at(-1);
    const inCode = top?.kind === 'Code' || top?.kind === 'Pre';

    if (c === '\\' && i + 1 < source.length && source.charCodeAt(i + 1) <= 126) {
      text += source.charAt(i + 1);
      i++;
      continue;
    }
    const atLineStart = i === 0 || source[i - 1] === '\n';
    if (atLineStart && !inCode) {
      if (c === '>') {
        if (quoteStart < 0) quoteStart = text.length;
        continue;
      }
      if (quoteStart >= 0) {
        // The quote ended on the previous line; its trailing newline stays outside.
        const end = text.endsWith('\n') ? text.length - 1 : text.length;
        if (end > quoteStart) entities.push({ type: 'blockquote', offset: quoteStart, length: end - quoteStart });
        quoteStart = -1;
      }
    }
    const reserved = inCode ? '`' : RESERVED;
    if (!reserved.includes(c)) {
      text += c;
      continue;
    }

    if (top && endsEntity(top.kind, source, i)) {
      open.pop();
      const offset = top.utf16Offset;
      const length = text.length - offset;
      if (top.kind === 'TextUrl' || top.kind === 'CustomEmoji') {
        let url = '';
        if (source[i + 1] === '(') {
          let j = i + 2;
          while (j < source.length && source[j] !== ')') {
            if (source[j] === '\\' && j + 1 < source.length) j++;
            url += source.charAt(j);
            j++;
          }
          if (source[j] !== ')') fail(`Can't find end of a url at byte offset ${bytes(source, i + 1)}`);
          i = j;
        }
        if (length > 0 && top.kind === 'TextUrl' && url) entities.push({ type: 'text_link', offset, length, url });
        if (length > 0 && top.kind === 'CustomEmoji') {
          const id = /^tg:\/\/emoji\?id=(\d+)$/.exec(url)?.[1];
          if (id === undefined) fail(`Custom emoji URL must have an emoji identifier`);
          entities.push({ type: 'custom_emoji', offset, length, custom_emoji_id: id });
        }
        continue;
      }
      if (top.kind === 'Pre') i += 2;
      if (top.kind === 'Underline' || top.kind === 'Spoiler') i += 1;
      if (length > 0) entities.push(v2Entity(top, offset, length));
      continue;
    }

    const byteOffset = bytes(source, i);
    let kind: V2Kind;
    let language: string | undefined;
    switch (c) {
      case '_':
        kind = source[i + 1] === '_' ? 'Underline' : 'Italic';
        if (kind === 'Underline') i++;
        break;
      case '*': kind = 'Bold'; break;
      case '~': kind = 'Strikethrough'; break;
      case '[': kind = 'TextUrl'; break;
      case '|':
        if (source[i + 1] !== '|') fail(`Character '|' is reserved and must be escaped with the preceding '\\'`);
        kind = 'Spoiler';
        i++;
        break;
      case '!':
        if (source[i + 1] !== '[') fail(`Character '!' is reserved and must be escaped with the preceding '\\'`);
        kind = 'CustomEmoji';
        i++;
        break;
      case '`':
        if (source.startsWith('```', i)) {
          kind = 'Pre';
          i += 3;
          const newline = source.indexOf('\n', i);
          const header = newline < 0 ? '' : source.slice(i, newline);
          if (newline >= 0 && /^[^\s`]+$/.test(header)) {
            language = header;
            i = newline;
          } else {
            i -= 1;
          }
        } else {
          kind = 'Code';
        }
        break;
      default:
        fail(`Character '${c}' is reserved and must be escaped with the preceding '\\'`);
    }
    if (open.some((entity) => entity.kind === kind)) fail(`Can't use the same entity type twice at byte offset ${byteOffset}`);
    open.push(language === undefined ? { kind, utf16Offset: text.length, byteOffset } : { kind, utf16Offset: text.length, byteOffset, language });
  }

  const unclosed = open.at(-1);
  if (unclosed) fail(`Can't find end of ${unclosed.kind} entity at byte offset ${unclosed.byteOffset}`);
  closeQuote();
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text, entities };
}

function v2Entity(open: OpenEntity, offset: number, length: number): MessageEntity {
  switch (open.kind) {
    case 'Bold': return { type: 'bold', offset, length };
    case 'Italic': return { type: 'italic', offset, length };
    case 'Underline': return { type: 'underline', offset, length };
    case 'Strikethrough': return { type: 'strikethrough', offset, length };
    case 'Spoiler': return { type: 'spoiler', offset, length };
    case 'Code': return { type: 'code', offset, length };
    case 'Pre':
      return open.language === undefined ? { type: 'pre', offset, length } : { type: 'pre', offset, length, language: open.language };
    case 'TextUrl': case 'CustomEmoji':
      return { type: 'text_link', offset, length, url: '' };
  }
}

/** Legacy Markdown: no nesting, no escaping rules beyond "\", entities must close. */
export function parseMarkdown(source: string): FormattedText {
  const entities: MessageEntity[] = [];
  let text = '';
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\' && '_*`['.includes(source.charAt(i + 1)) && i + 1 < source.length) {
      text += source.charAt(i + 1);
      i++;
      continue;
    }
    if (!'_*`['.includes(c)) {
      text += c;
      continue;
    }
    const begin = bytes(source, i);
    const pre = source.startsWith('```', i);
    const closer = c === '[' ? ']' : pre ? '```' : c;
    const start = i + (pre ? 3 : 1);
    const end = source.indexOf(closer, start);
    if (end < 0) fail(`Can't find end of the entity starting at byte offset ${begin}`);
    const inner = source.slice(start, end);
    const offset = text.length;
    text += inner;
    i = end + closer.length - 1;
    if (c === '[') {
      if (source[i + 1] === '(') {
        const close = source.indexOf(')', i + 2);
        if (close < 0) fail(`Can't find end of the entity starting at byte offset ${begin}`);
        const url = source.slice(i + 2, close);
        if (inner) entities.push({ type: 'text_link', offset, length: inner.length, url });
        i = close;
      }
      continue;
    }
    if (!inner) continue;
    const type = pre ? 'pre' : c === '`' ? 'code' : c === '*' ? 'bold' : 'italic';
    entities.push({ type, offset, length: inner.length });
  }
  return { text, entities };
}
