import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.js';
import type { Fact, KnowledgeBase } from '../../src/engine/knowledge/types.js';
import { decodeAction, encodeAction } from '../../src/bot/callback-data.js';
import { renderAnswer, renderFact } from '../../src/bot/render/answer-message.js';
import { escapeHtml, joinWithinLimit, MAX_MESSAGE_LENGTH, truncate } from '../../src/bot/render/escape-html.js';
import { renderHelp, renderSource, renderTopic, renderTopics } from '../../src/bot/render/menus.js';
import { kb } from './bot-harness.js';

const NASTY = '<b>&_*[`]</b> </i> &amp; ';

/** A knowledge base whose every text is hostile and huge. */
function hostileKb(): KnowledgeBase {
  const report = kb.reports[0];
  if (report === undefined) throw new Error('no report');
  const facts: Fact[] = Array.from({ length: 40 }, (_, i) => ({
    id: `f${i}`, report: report.id, topic: 'ngan-sach', figure: NASTY.repeat(50), sentence: NASTY.repeat(400),
    gloss: NASTY.repeat(400), questions: { vi: [NASTY.repeat(20)], en: [] }, keywords: [],
  }));
  const hostile = { ...report, title: NASTY.repeat(100), author: NASTY.repeat(100), source: NASTY.repeat(300), facts, headline: ['f0', 'f1', 'f2'] };
  return { reports: [hostile], facts, fact: (_r, id) => facts.find((f) => f.id === id), report: () => hostile };
}

/** Well-formed Telegram HTML: only our tags, balanced; every & starts an entity. */
function expectWellFormed(html: string): void {
  expect(html.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  expect(html).not.toMatch(/&(?!(amp|lt|gt);)/);
  const tags = [...html.matchAll(/<(\/?)([a-z]+)>/g)];
  expect(html.replace(/<\/?(b|i|code)>/g, '')).not.toMatch(/[<>]/);
  const stack: string[] = [];
  for (const [, close, name] of tags) {
    if (close === '') stack.push(name ?? '');
    else expect(stack.pop()).toBe(name);
  }
  expect(stack).toEqual([]);
}

describe('rendering', () => {
  it('escapes exactly what Telegram HTML needs', () => {
    expect(escapeHtml('<b>&_*[')).toBe('&lt;b&gt;&amp;_*[');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('truncates by characters, never splitting an emoji or a Vietnamese letter', () => {
    expect(truncate('ngân sách', 20)).toBe('ngân sách');
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
    expect(Array.from(truncate('Thu ngân sách ước đạt', 8))).toHaveLength(8);
  });

  it('drops whole blocks, never half a tag, when a message would be too long', () => {
    const out = joinWithinLimit(['<b>a</b>', '<i>' + 'x'.repeat(50) + '</i>'], '\n', 30);
    expect(out).toBe('<b>a</b>\n…');
  });

  it('keeps every message well formed and within 4,096 characters, whatever the knowledge holds', () => {
    const bad = hostileKb();
    const fact = bad.facts[0] as Fact;
    const answered: Answer = { question: NASTY, answered: true, best: { fact, score: 1 }, alternatives: bad.facts.slice(1, 5).map((f) => ({ fact: f, score: 0.9 })), language: 'en' };
    const unanswered: Answer = { question: NASTY.repeat(500), answered: false, best: null, alternatives: [], language: 'vi' };
    const report = bad.reports[0];
    const topic = report?.topics[0];
    if (report === undefined || topic === undefined) throw new Error('no topic');
    const drafts = [
      renderAnswer(answered, bad, 'en'), renderAnswer(unanswered, bad, 'vi'), renderFact(fact, bad, 'vi'),
      renderHelp(bad, 'vi', 'group', 'ReportBot'), renderSource(bad, 'en'), renderTopics(bad, 'vi'), renderTopic(report, topic, 'vi'),
    ];
    for (const d of drafts) expectWellFormed(d.text);
    for (const d of drafts) for (const b of d.reply_markup?.inline_keyboard.flat() ?? []) expect(Array.from(b.text).length).toBeLessThanOrEqual(60);
  });

  it('renders every real topic within the limit', () => {
    for (const report of kb.reports) for (const topic of report.topics) expectWellFormed(renderTopic(report, topic, 'en').text);
  });

  it('encodes callback data within 64 bytes and refuses anything else on the way back', () => {
    for (const fact of kb.facts) {
      const data = encodeAction({ kind: 'fact', report: fact.report, fact: fact.id });
      expect(data).toBeDefined();
      expect(Buffer.byteLength(data ?? '')).toBeLessThanOrEqual(64);
      expect(decodeAction(data)).toEqual({ kind: 'fact', report: fact.report, fact: fact.id });
    }
    expect(encodeAction({ kind: 'fact', report: 'r', fact: 'x'.repeat(70) })).toBeUndefined();
    expect(encodeAction({ kind: 'fact', report: 'r', fact: 'Bad Id' })).toBeUndefined();
    for (const forged of ['', 'f:', 'f:a', 'f:a:b:c', 'x:a:b', 'f:A:b', 'f:a:b\n', 'm:', `t:${'a'.repeat(60)}:b`]) {
      expect(decodeAction(forged)).toBeUndefined();
    }
  });
});
