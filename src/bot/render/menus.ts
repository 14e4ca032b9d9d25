/** Pure rendering of the command replies: help, /ask usage, /facts, /source. */
import type { InlineKeyboardButton } from 'grammy/types';
import { headlineFacts, type KnowledgeBase, type Language, type Report, type Topic } from '../../engine/index.js';
import { encodeAction } from '../callback-data.js';
import { commandsFor, type Where } from '../command-list.js';
import { texts } from '../texts.js';
import { factLabel, renderFactLine, TITLE_LENGTH } from './answer-message.js';
import { type Draft, escapeHtml, joinWithinLimit, truncate } from './escape-html.js';

const EXAMPLES = 3;

function html(blocks: readonly string[], reply_markup?: Draft['reply_markup']): Draft {
  const text = joinWithinLimit(blocks);
  return reply_markup === undefined ? { text, parse_mode: 'HTML' } : { text, parse_mode: 'HTML', reply_markup };
}

/** Example questions from the headline facts (so they are answerable), one per topic first. */
function exampleQuestions(kb: KnowledgeBase, lang: Language, count = EXAMPLES): string[] {
  const headline = headlineFacts(kb);
  const firstOfTopic = headline.filter((fact, i) => headline.findIndex((f) => f.topic === fact.topic) === i);
  const ordered = [...firstOfTopic, ...headline.filter((fact) => !firstOfTopic.includes(fact))];
  return ordered.slice(0, count).map((fact) => factLabel(fact, lang));
}

/** /start and /help. In groups the text explains how to address the bot. */
export function renderHelp(kb: KnowledgeBase, lang: Language, where: Where, botUsername: string): Draft {
  const t = texts(lang);
  const titles = kb.reports.map((r) => `«<i>${escapeHtml(truncate(r.title, TITLE_LENGTH))}</i>»`).join(', ');
  const examples = exampleQuestions(kb, lang).map((q) =>
    where === 'group' ? `• <code>/ask ${escapeHtml(q)}</code>` : `• ${escapeHtml(q)}`,
  );
  const blocks = [t.greeting];
  if (titles !== '') blocks.push(`${t.sourceTitle}: ${titles}`);
  blocks.push('', where === 'group' ? t.howToAskGroup(`@${escapeHtml(botUsername)}`) : t.howToAskPrivate);
  if (examples.length > 0) blocks.push('', t.examplesIntro, ...examples);
  blocks.push('', t.commandsIntro, ...commandsFor(where, lang).map((c) => `/${c.command} — ${escapeHtml(c.description)}`));
  return html(blocks);
}

/** How to put a question after `prefix` (already HTML), with an example. */
function usage(kb: KnowledgeBase, lang: Language, intro: string, prefix: string): Draft {
  const example = exampleQuestions(kb, lang, 1)[0] ?? '…';
  return html([intro, `<code>${prefix} ${escapeHtml(example)}</code>`]);
}

/** "/ask" with nothing after it. */
export function renderAskUsage(kb: KnowledgeBase, lang: Language): Draft {
  return usage(kb, lang, texts(lang).askUsage, '/ask');
}

/** "@bot" with nothing after it (or a reply to the bot that only mentions it). */
export function renderMentionUsage(kb: KnowledgeBase, lang: Language, botUsername: string): Draft {
  return usage(kb, lang, texts(lang).mentionUsage, `@${escapeHtml(botUsername)}`);
}

function topicName(topic: Topic, lang: Language): string {
  return truncate(topic[lang], 60);
}

/** /facts: the topics of every report as buttons. */
export function renderTopics(kb: KnowledgeBase, lang: Language): Draft {
  const rows: InlineKeyboardButton[][] = [];
  for (const report of kb.reports) {
    for (const topic of report.topics) {
      const data = encodeAction({ kind: 'topic', report: report.id, topic: topic.id });
      if (data !== undefined) rows.push([{ text: topicName(topic, lang), callback_data: data }]);
    }
  }
  return html([texts(lang).factsIntro], rows.length === 0 ? undefined : { inline_keyboard: rows });
}

/** The facts of one topic, with a button back to the topic list. */
export function renderTopic(report: Report, topic: Topic, lang: Language): Draft {
  const facts = report.facts.filter((f) => f.topic === topic.id);
  const blocks = [`<b>${escapeHtml(topicName(topic, lang))}</b>`, ...facts.map((f) => `\n• ${renderFactLine(f, lang)}`)];
  const back = encodeAction({ kind: 'topics', report: report.id });
  return html(blocks, back === undefined ? undefined : { inline_keyboard: [[{ text: texts(lang).topicsBack, callback_data: back }]] });
}

/** /source: title, author, where it was published, date of the events. */
export function renderSource(kb: KnowledgeBase, lang: Language): Draft {
  const t = texts(lang);
  const blocks = kb.reports.map((r) =>
    [
      `<b>${escapeHtml(truncate(r.title, TITLE_LENGTH))}</b>`,
      `${t.sourceAuthor}: ${escapeHtml(truncate(r.author, 200))}`,
      `${t.sourceOrigin}: ${escapeHtml(truncate(r.source, 1000))}`,
      `${t.sourceDate}: ${escapeHtml(r.eventDate)}`,
    ].join('\n'),
  );
  return html(blocks.length === 0 ? [t.notAnswered] : blocks, undefined);
}
