import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/mock/html-parser.js';
import { badRequest } from './bad-request.js';

function parseError(html: string, options?: { strictAmpersand?: boolean }): string {
  return badRequest(() => parseHtml(html, options));
}

describe('parseHtml (Telegram HTML parse mode)', () => {
  it('turns tags into entities with UTF-16 offsets', () => {
    expect(parseHtml('<b>211%</b> — «Thu <i>ngân sách</i>»')).toEqual({
      text: '211% — «Thu ngân sách»',
      entities: [
        { type: 'bold', offset: 0, length: 4 },
        { type: 'italic', offset: 12, length: 9 },
      ],
    });
    // An emoji outside the BMP counts two UTF-16 units, as in the Bot API.
    expect(parseHtml('😀<b>x</b>').entities).toEqual([{ type: 'bold', offset: 2, length: 1 }]);
  });

  it('decodes the four named entities and numeric ones', () => {
    expect(parseHtml('&lt;b&gt; &amp; &quot;q&quot; &#60; &#x3C;').text).toBe('<b> & "q" < <');
  });

  it('maps every supported tag', () => {
    const { entities } = parseHtml(
      '<strong>a</strong><em>b</em><u>c</u><s>d</s><tg-spoiler>e</tg-spoiler><span class="tg-spoiler">f</span>' +
        '<code>g</code><pre><code class="language-ts">h</code></pre><blockquote>i</blockquote><a href="https://example.org">j</a>',
    );
    expect(entities.map((entity) => entity.type)).toEqual([
      'bold', 'italic', 'underline', 'strikethrough', 'spoiler', 'spoiler', 'code', 'pre', 'blockquote', 'text_link',
    ]);
    expect(entities[7]).toEqual({ type: 'pre', offset: 7, length: 1, language: 'ts' });
    expect(entities[9]).toEqual({ type: 'text_link', offset: 9, length: 1, url: 'https://example.org' });
  });

  it("rejects markup Telegram rejects, with Telegram's descriptions", () => {
    expect(parseError('a < b')).toBe('Bad Request: can\'t parse entities: Unsupported start tag "" at byte offset 2');
    expect(parseError('<b>bold')).toBe('Bad Request: can\'t parse entities: Can\'t find end tag corresponding to start tag "b"');
    expect(parseError('<foo>x</foo>')).toBe('Bad Request: can\'t parse entities: Unsupported start tag "foo" at byte offset 0');
    expect(parseError('x</b>')).toBe("Bad Request: can't parse entities: Unexpected end tag at byte offset 1");
    expect(parseError('<b>x</i>')).toBe(
      'Bad Request: can\'t parse entities: Unmatched end tag at byte offset 4, expected "</b>", found "</i>"',
    );
    expect(parseError('<b')).toBe("Bad Request: can't parse entities: Unclosed start tag at byte offset 0");
    expect(parseError('<span>x</span>')).toBe(
      'Bad Request: can\'t parse entities: Tag "span" must have class "tg-spoiler" at byte offset 0',
    );
  });

  it('counts byte offsets in UTF-8, as TDLib does', () => {
    expect(parseError('ngân <x>')).toBe('Bad Request: can\'t parse entities: Unsupported start tag "x" at byte offset 6');
  });

  it('rejects a bare "&" unless told to be as lax as Telegram', () => {
    expect(parseError('A & B')).toMatch(/^Bad Request: can't parse entities: Unescaped "&" at byte offset 2/);
    expect(parseHtml('A & B', { strictAmpersand: false }).text).toBe('A & B');
  });

  it('keeps text that only looks like markup when it is escaped', () => {
    const escaped = '&lt;b&gt;&amp;_*[';
    expect(parseHtml(escaped)).toEqual({ text: '<b>&_*[', entities: [] });
  });
});
