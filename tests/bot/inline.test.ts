import { describe, expect, it } from 'vitest';
import type { InlineQueryResultArticle } from 'grammy/types';
import { MAX_INLINE_RESULTS, renderInlineResults } from '../../src/bot/render/inline-results.js';
import { alice, kb, makeBot, update } from './bot-harness.js';

const inline = (query: string) => update({ inline_query: { id: 'q1', from: alice, query, offset: '' } });

describe('inline mode', () => {
  it('lists matching facts as articles: title = figure, description = sentence, posting both', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(inline('chi ngân sách'));
    const [call] = sent('answerInlineQuery');
    const results = call?.results as InlineQueryResultArticle[];
    expect(results[0]).toMatchObject({ type: 'article', title: '102%', description: expect.stringContaining('Chi ngân sách ước đạt 102%') as unknown });
    const content = results[0]?.input_message_content as { message_text: string; entities: unknown[]; parse_mode?: string };
    expect(content.message_text).toMatch(/^102% — «Chi ngân sách/);
    expect(content.entities).toContainEqual({ type: 'bold', offset: 0, length: 4 });
    expect(content.parse_mode).toBeUndefined();
    expect(call?.cache_time).toBeGreaterThan(0);
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    for (const r of results) expect(Buffer.byteLength(r.id)).toBeLessThanOrEqual(64);
  });

  it('gives a person whose Telegram is in English the figure in English units too', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(update({ inline_query: { id: 'q1', from: { ...alice, language_code: 'en' }, query: 'production value growth', offset: '' } }));
    const results = sent('answerInlineQuery')[0]?.results as InlineQueryResultArticle[];
    const growth = results.find((r) => r.title.startsWith('12,37%'));
    expect(growth?.title).toBe('12,37% (12.37%)');
    expect((growth?.input_message_content as { message_text: string }).message_text).toMatch(/^12,37% \(12\.37%\) — «/);
  });

  it('shows the headline facts for an empty query', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(inline(''));
    const results = sent('answerInlineQuery')[0]?.results as InlineQueryResultArticle[];
    const headline = kb.reports[0]?.headline ?? [];
    expect(results.map((r) => r.id.split(':')[1])).toEqual([...headline]);
  });

  it('answers a query that matches nothing with an empty list, not an error', async () => {
    const { bot, sent, errors } = makeBot();
    await bot.handleUpdate(inline('<b>&_*['.repeat(30)));
    expect(sent('answerInlineQuery')).toHaveLength(1);
    expect(errors()).toEqual([]);
  });

  it('never returns more than 50 results, even if the engine offers more', () => {
    const [first] = kb.facts;
    if (first === undefined) throw new Error('no facts');
    const many = Array.from({ length: 60 }, (_, i) => ({ fact: { ...first, id: `fact-${i}` }, score: 1 }));
    expect(renderInlineResults(many, kb, 'vi')).toHaveLength(MAX_INLINE_RESULTS);
  });

  it('is not rate limited while someone types', async () => {
    const { bot, sent } = makeBot({ rateLimit: { limit: 1, windowMs: 60_000 } });
    for (const q of ['c', 'ch', 'chi', 'chi n']) await bot.handleUpdate(inline(q));
    expect(sent('answerInlineQuery')).toHaveLength(4);
  });
});
