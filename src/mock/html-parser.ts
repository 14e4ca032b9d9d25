import type { MessageEntity } from 'grammy/types';
import { badRequest } from './api-error.js';

/**
 * Telegram's HTML parse mode, ported from TDLib's parser (the one the Bot API
 * runs), so that the mock rejects exactly the markup Telegram rejects, with the
 * same descriptions. One deliberate difference: a bare "&" that starts no entity
 * is rejected (Telegram keeps it literally, but the Bot API docs require "&amp;",
 * and a bot that forgets to escape "&" also garbles user text such as "&lt;").
 */

export interface FormattedText {
  readonly text: string;
  readonly entities: MessageEntity[];
}

const SUPPORTED_TAGS = new Set([
  'a', 'b', 'strong', 'i', 'em', 's', 'strike', 'del', 'u', 'ins',
  'tg-spoiler', 'tg-emoji', 'span', 'pre', 'code', 'blockquote',
]);

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' };

interface OpenTag {
  readonly name: string;
  readonly argument: string;
  readonly utf16Offset: number;
}

function isSpace(c: string): boolean {
  // TDLib treats the string's terminating NUL as a space; at() returns '' there.
  return c === '' || c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\v';
}

function fail(detail: string): never {
  throw badRequest(`can't parse entities: ${detail}`);
}

/** Decodes the entity at `pos` ("&lt;", "&#60;", "&#x3c;", ";" optional); null when there is none. */
function decodeEntity(text: string, pos: number): { char: string; end: number } | null {
  let end = pos + 1;
  let code = 0;
  if (text[end] === '#') {
    end++;
    const hex = text[end] === 'x';
    if (hex) end++;
    const digit = hex ? /[0-9a-fA-F]/ : /[0-9]/;
    while (end < text.length && digit.test(text.charAt(end))) {
      code = code * (hex ? 16 : 10) + parseInt(text.charAt(end), hex ? 16 : 10);
      end++;
      if (code >= 0x10ffff) return null;
    }
    if (code === 0 || (code >= 0xd800 && code <= 0xdfff)) return null;
  } else {
    while (end < text.length && /[a-zA-Z]/.test(text.charAt(end))) end++;
    const named = NAMED_ENTITIES[text.slice(pos + 1, end)];
    if (named === undefined) return null;
    code = named.codePointAt(0) ?? 0;
  }
  if (text[end] === ';') end++;
  return { char: String.fromCodePoint(code), end };
}

/** Decodes entities inside an attribute value; unknown ones stay literal, as in TDLib. */
function decodeAttribute(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; ) {
    const decoded = value[i] === '&' ? decodeEntity(value, i) : null;
    if (decoded) {
      out += decoded.char;
      i = decoded.end;
    } else {
      out += value.charAt(i);
      i++;
    }
  }
  return out;
}

function byteOffset(text: string, index: number): number {
  return Buffer.byteLength(text.slice(0, index), 'utf8');
}

export function parseHtml(html: string, options: { strictAmpersand?: boolean } = {}): FormattedText {
  const strictAmpersand = options.strictAmpersand ?? true;
  const at = (i: number): string => html.charAt(i);
  const open: OpenTag[] = [];
  const entities: MessageEntity[] = [];
  const codeLanguages = new Map<MessageEntity, string>();
  let result = '';

  for (let i = 0; i < html.length; i++) {
    const c = html.charAt(i);
    if (c === '&') {
      const decoded = decodeEntity(html, i);
      if (decoded) {
        result += decoded.char;
        i = decoded.end - 1;
        continue;
      }
      if (strictAmpersand) fail(`Unescaped "&" at byte offset ${byteOffset(html, i)}; use "&amp;"`);
    }
    if (c !== '<') {
      result += c;
      continue;
    }

    const beginPos = i++;
    const begin = byteOffset(html, beginPos);
    if (at(i) !== '/') {
      let tagEnd = i;
      while (!isSpace(at(tagEnd)) && at(tagEnd) !== '>') tagEnd++;
      if (at(tagEnd) === '') fail(`Unclosed start tag at byte offset ${begin}`);
      const tagName = html.slice(i, tagEnd).toLowerCase();
      if (!SUPPORTED_TAGS.has(tagName)) fail(`Unsupported start tag "${tagName}" at byte offset ${begin}`);

      let argument = '';
      while (at(tagEnd) !== '>') {
        while (at(tagEnd) !== '' && isSpace(at(tagEnd))) tagEnd++;
        if (at(tagEnd) === '>') break;
        const attributeBegin = tagEnd;
        while (!isSpace(at(tagEnd)) && at(tagEnd) !== '=') tagEnd++;
        const attributeName = html.slice(attributeBegin, tagEnd);
        if (attributeName === '') fail(`Empty attribute name in the tag "${tagName}" at byte offset ${begin}`);
        while (at(tagEnd) !== '' && isSpace(at(tagEnd))) tagEnd++;
        if (at(tagEnd) !== '=') {
          fail(`Expected equal sign in declaration of an attribute of the tag "${tagName}" at byte offset ${begin}`);
        }
        tagEnd++;
        while (at(tagEnd) !== '' && isSpace(at(tagEnd))) tagEnd++;
        if (at(tagEnd) === '') fail(`Unclosed start tag "${tagName}" at byte offset ${begin}`);

        let value: string;
        if (at(tagEnd) !== "'" && at(tagEnd) !== '"') {
          const tokenBegin = tagEnd;
          while (/[a-zA-Z0-9.-]/.test(at(tagEnd)) && at(tagEnd) !== '') tagEnd++;
          value = html.slice(tokenBegin, tagEnd).toLowerCase();
          if (!isSpace(at(tagEnd)) && at(tagEnd) !== '>') {
            fail(`Unexpected end of name token at byte offset ${byteOffset(html, tokenBegin)}`);
          }
        } else {
          const quote = at(tagEnd++);
          let valueEnd = tagEnd;
          while (at(valueEnd) !== quote && at(valueEnd) !== '') valueEnd++;
          if (at(valueEnd) === '') fail(`Unclosed end tag at byte offset ${byteOffset(html, tagEnd)}`);
          value = decodeAttribute(html.slice(tagEnd, valueEnd));
          tagEnd = valueEnd + 1;
        }

        if (tagName === 'a' && attributeName === 'href') argument = value;
        else if (tagName === 'code' && attributeName === 'class' && value.startsWith('language-')) argument = value.slice(9);
        else if (tagName === 'span' && attributeName === 'class' && value.startsWith('tg-')) argument = value.slice(3);
        else if (tagName === 'tg-emoji' && attributeName === 'emoji-id') argument = value;
        else if (tagName === 'blockquote' && attributeName === 'expandable') argument = '1';
      }
      if (tagName === 'span' && argument !== 'spoiler') {
        fail(`Tag "span" must have class "tg-spoiler" at byte offset ${begin}`);
      }
      open.push({ name: tagName, argument, utf16Offset: result.length });
      i = tagEnd;
      continue;
    }

    const closing = open.pop();
    if (closing === undefined) fail(`Unexpected end tag at byte offset ${begin}`);
    while (!isSpace(at(i)) && at(i) !== '>') i++;
    const endTagName = html.slice(beginPos + 2, i);
    while (isSpace(at(i)) && at(i) !== '') i++;
    if (at(i) !== '>') fail(`Unclosed end tag at byte offset ${begin}`);
    if (endTagName !== '' && endTagName.toLowerCase() !== closing.name) {
      fail(`Unmatched end tag at byte offset ${begin}, expected "</${closing.name}>", found "</${endTagName}>"`);
    }
    const length = result.length - closing.utf16Offset;
    if (length > 0) addEntity(entities, codeLanguages, closing, length, result.slice(closing.utf16Offset));
  }

  const unclosed = open.at(-1);
  if (unclosed !== undefined) fail(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text: result, entities };
}

function addEntity(
  entities: MessageEntity[],
  codeLanguages: Map<MessageEntity, string>,
  tag: OpenTag,
  length: number,
  inner: string,
): void {
  const offset = tag.utf16Offset;
  switch (tag.name) {
    case 'b': case 'strong': entities.push({ type: 'bold', offset, length }); return;
    case 'i': case 'em': entities.push({ type: 'italic', offset, length }); return;
    case 'u': case 'ins': entities.push({ type: 'underline', offset, length }); return;
    case 's': case 'strike': case 'del': entities.push({ type: 'strikethrough', offset, length }); return;
    case 'tg-spoiler': case 'span': entities.push({ type: 'spoiler', offset, length }); return;
    case 'tg-emoji':
      if (/^\d+$/.test(tag.argument)) entities.push({ type: 'custom_emoji', offset, length, custom_emoji_id: tag.argument });
      return;
    case 'blockquote':
      entities.push({ type: tag.argument === '1' ? 'expandable_blockquote' : 'blockquote', offset, length });
      return;
    case 'code': {
      // A language only counts inside <pre>, which absorbs this entity below.
      const code: MessageEntity = { type: 'code', offset, length };
      entities.push(code);
      if (tag.argument) codeLanguages.set(code, tag.argument);
      return;
    }
    case 'pre': {
      const last = entities.at(-1);
      if (last && last.type === 'code' && last.offset === offset && last.length === length) {
        const language = codeLanguages.get(last);
        entities[entities.length - 1] = language ? { type: 'pre', offset, length, language } : { type: 'pre', offset, length };
      } else {
        entities.push({ type: 'pre', offset, length });
      }
      return;
    }
    case 'a': {
      const url = tag.argument || inner;
      const userId = /^tg:\/\/user\?id=(\d+)$/.exec(url)?.[1];
      if (userId !== undefined) {
        entities.push({ type: 'text_mention', offset, length, user: { id: Number(userId), is_bot: false, first_name: '' } });
      } else if (/^(https?|tg|ton):\/\/\S+$/i.test(url) || /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(url)) {
        entities.push({ type: 'text_link', offset, length, url });
      }
      // Telegram drops links it cannot use rather than failing the message.
      return;
    }
  }
}
