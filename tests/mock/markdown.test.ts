import { describe, expect, it } from 'vitest';
import { parseFormatted } from '../../src/mock/formatting.js';
import { parseMarkdownV2 } from '../../src/mock/markdown.js';
import { badRequest } from './bad-request.js';

describe('parseMarkdownV2', () => {
  it('parses entities and escapes', () => {
    expect(parseMarkdownV2('*211%* — _Thu_ __ngân__ ~x~ ||y|| `z` [link](https://e.org) 1\\.5')).toEqual({
      text: '211% — Thu ngân x y z link 1.5',
      entities: [
        { type: 'bold', offset: 0, length: 4 },
        { type: 'italic', offset: 7, length: 3 },
        { type: 'underline', offset: 11, length: 4 },
        { type: 'strikethrough', offset: 16, length: 1 },
        { type: 'spoiler', offset: 18, length: 1 },
        { type: 'code', offset: 20, length: 1 },
        { type: 'text_link', offset: 22, length: 4, url: 'https://e.org' },
      ],
    });
  });

  it('rejects unescaped reserved characters and unclosed entities', () => {
    expect(badRequest(() => parseMarkdownV2('97.4%'))).toBe(
      "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'",
    );
    expect(badRequest(() => parseMarkdownV2('*bold'))).toBe(
      "Bad Request: can't parse entities: Can't find end of Bold entity at byte offset 0",
    );
  });
});

describe('parseFormatted', () => {
  it('strips surrounding whitespace and clips entities, as Telegram does', () => {
    expect(parseFormatted('  <b> hi </b>\n', 'HTML', undefined)).toEqual({ text: 'hi', entities: [{ type: 'bold', offset: 0, length: 2 }] });
  });

  it('rejects an unknown parse mode', () => {
    expect(badRequest(() => parseFormatted('x', 'Textile', undefined))).toBe('Bad Request: unsupported parse_mode');
  });

  it('keeps explicit entities that fit the text and drops the rest', () => {
    const entities = [
      { type: 'bold', offset: 0, length: 2 },
      { type: 'italic', offset: 1, length: 99 },
    ];
    expect(parseFormatted('hi', undefined, entities).entities).toEqual([{ type: 'bold', offset: 0, length: 2 }]);
  });
});
