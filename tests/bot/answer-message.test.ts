import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.js';
import type { Fact, KnowledgeBase } from '../../src/engine/knowledge/types.js';
import { type ButtonAction, decodeAction, encodeAction } from '../../src/bot/callback-data.js';
import { renderAnswer, renderFact } from '../../src/bot/render/answer-message.js';
import type { Draft } from '../../src/bot/render/draft.js';
import { bold, concat, italic } from '../../src/render/formatted-text.js';
import { joinWithinLimit, MAX_MESSAGE_LENGTH, truncate } from '../../src/render/message-limits.js';
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

/** Text and entities Telegram accepts: within 4,096 UTF-16 units, every entity inside the text, none splitting a surrogate pair. */
function expectWellFormed(draft: Draft): void {
  expect(draft.text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  expect(draft.text).toBe(draft.text.trim());
  for (const e of draft.entities) {
    expect(e.length).toBeGreaterThan(0);
    expect(e.offset + e.length).toBeLessThanOrEqual(draft.text.length);
    for (const at of [e.offset, e.offset + e.length]) expect(/[\uDC00-\uDFFF]/.test(draft.text.charAt(at)) && at > 0 && /[\uD800-\uDBFF]/.test(draft.text.charAt(at - 1))).toBe(false);
  }
}

describe('rendering', () => {
  it('builds entities at UTF-16 offsets, outer before inner, and keeps markup-looking text as text', () => {
    const built = concat('😀 ', bold('<b>211%</b>', italic('x')), ' &amp;');
    expect(built.text).toBe('😀 <b>211%</b>x &amp;');
    expect(built.entities).toEqual([{ type: 'bold', offset: 3, length: 12 }, { type: 'italic', offset: 14, length: 1 }]);
  });

  it('truncates by characters, never splitting an emoji or a Vietnamese letter', () => {
    expect(truncate('ngân sách', 20)).toBe('ngân sách');
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
    expect(Array.from(truncate('Thu ngân sách ước đạt', 8))).toHaveLength(8);
    // Decomposed text (a letter, then its marks) is composed first and never cut between a letter and its marks.
    expect(truncate('Việt Nam'.normalize('NFD'), 5)).toBe('Việt…');
    expect(truncate('Việt'.normalize('NFD'), 10)).toBe('Việt');
    // A family emoji is one grapheme of five code points: kept whole or left out.
    expect(truncate('ab👨‍👩‍👧', 6)).toBe('ab…');
  });

  it('drops whole blocks, never half an entity, when a message would be too long', () => {
    const out = joinWithinLimit([bold('a'), italic('x'.repeat(50))], '\n', 30);
    expect(out).toEqual({ text: 'a\n…', entities: [{ type: 'bold', offset: 0, length: 1 }] });
    // Limits count UTF-16 units, as Telegram does: an emoji is two.
    expect(joinWithinLimit(['😀'.repeat(10), 'b'], '\n', 22).text).toBe('😀'.repeat(10) + '\nb');
    expect(joinWithinLimit(['😀'.repeat(10), 'b', 'c'], '\n', 22).text).toBe('😀'.repeat(10) + '\n…');
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
    for (const d of drafts) expectWellFormed(d);
    // The hostile figure is bold as a whole, its markup left as text.
    expect(drafts[0]?.entities[0]).toEqual({ type: 'bold', offset: 0, length: truncate(NASTY.repeat(50), 300).length });
    for (const d of drafts) for (const b of d.reply_markup?.inline_keyboard.flat() ?? []) expect(Array.from(b.text).length).toBeLessThanOrEqual(60);
  });

  it('gives an English reply the figure in English units beside the Vietnamese one, the Vietnamese figure alone in bold', () => {
    const base = kb.facts[0] as Fact;
    const money: Fact = { ...base, figure: '452 tỷ đồng', sentence: 'Thu ngân sách đạt 452 tỷ đồng.', gloss: undefined };
    const english = renderFact(money, kb, 'en');
    expect(english.text).toMatch(/^452 tỷ đồng \(VND 452 billion\) — «Thu ngân sách đạt 452 tỷ đồng\.»/);
    expect(english.entities[0]).toEqual({ type: 'bold', offset: 0, length: '452 tỷ đồng'.length });
    expect(renderFact(money, kb, 'vi').text).not.toContain('VND');
    // A figure English writes the same is not repeated: a name, a whole percentage.
    expect(renderFact({ ...money, figure: 'Vũ  Hà' }, kb, 'en').text).toMatch(/^Vũ {2}Hà — «/);
    for (const figure of ['Vũ Hà', '211%', '2020-2025']) expect(renderFact({ ...money, figure }, kb, 'en').text).toMatch(new RegExp(`^${figure} — «`));
  });

  it('renders every real topic within the limit', () => {
    for (const report of kb.reports) for (const topic of report.topics) expectWellFormed(renderTopic(report, topic, 'en'));
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
    // Every kind goes there and back through the one codec, and refuses data of another kind's shape.
    const actions: ButtonAction[] = [
      { kind: 'topic', report: 'r-1', topic: 'ngan-sach' }, { kind: 'topics', report: 'r-1' },
      { kind: 'pick', ask: 'a1b2', report: 'r-1' }, { kind: 'use', report: 'r-1' },
    ];
    for (const action of actions) expect(decodeAction(encodeAction(action))).toEqual(action);
    expect(encodeAction({ kind: 'pick', ask: 'NOT-A-TOKEN', report: 'r' })).toBeUndefined();
    for (const forged of ['m:a:b', 'u:', 'u:a:b', 'p:a', 'p::b', 't:a', 'f:a:b:']) expect(decodeAction(forged)).toBeUndefined();
    for (const forged of ['', 'f:', 'f:a', 'f:a:b:c', 'x:a:b', 'f:A:b', 'f:a:b\n', 'm:', `t:${'a'.repeat(60)}:b`]) {
      expect(decodeAction(forged)).toBeUndefined();
    }
  });
});
