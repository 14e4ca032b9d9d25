import { describe, expect, it } from 'vitest';
import { styledRuns } from '../../src/render/styled-runs.js';

describe('styledRuns', () => {
  it('cuts the text at every entity boundary, nested styles together', () => {
    const runs = styledRuns('ab cd', [{ type: 'bold', offset: 0, length: 5 }, { type: 'italic', offset: 3, length: 2 }]);
    expect(runs.map((r) => [r.text, r.styles])).toEqual([['ab ', ['bold']], ['cd', ['bold', 'italic']]]);
  });

  it('counts offsets in UTF-16 units, as Telegram does', () => {
    const runs = styledRuns('😀 211%', [{ type: 'bold', offset: 3, length: 4 }]);
    expect(runs.map((r) => r.text)).toEqual(['😀 ', '211%']);
  });

  it('gives links their address and marks where a text link ends', () => {
    const runs = styledRuns('see báo x', [{ type: 'text_link', offset: 4, length: 3, url: 'https://e.org' }]);
    expect(runs[1]).toMatchObject({ text: 'báo', styles: ['link'], href: 'https://e.org', linkEnd: 'https://e.org' });
    expect(styledRuns('https://e.org', [{ type: 'url', offset: 0, length: 13 }])[0]).toMatchObject({ href: 'https://e.org' });
    expect(styledRuns('https://e.org', [{ type: 'url', offset: 0, length: 13 }])[0]?.linkEnd).toBeUndefined();
  });

  it('marks quotes and their first run', () => {
    const runs = styledRuns('a\nb', [{ type: 'blockquote', offset: 2, length: 1 }]);
    expect(runs.map((r) => [r.quote, r.quoteStart])).toEqual([[false, false], [true, true]]);
  });

  it('ignores entities outside the text instead of throwing', () => {
    expect(styledRuns('ab', [{ type: 'bold', offset: 5, length: 2 }, { type: 'bold', offset: -1, length: 1 }])).toEqual([
      { text: 'ab', styles: [], quote: false, quoteStart: false },
    ]);
    expect(styledRuns('', [])).toEqual([]);
  });
});
