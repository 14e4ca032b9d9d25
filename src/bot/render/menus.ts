/** Pure rendering of the command replies: help, /ask usage, /facts, /source. */
import type { InlineKeyboardButton } from 'grammy/types';
import { headlineFacts, type KnowledgeBase, type Language, type Report, type Topic } from '../../engine/index.js';
import { encodeAction } from '../callback-data.js';
import { commandsFor, type Where } from '../command-list.js';
import { texts } from '../texts.js';
import { factLabel, renderFactLine, TITLE_LENGTH } from './answer-message.js';
import { bold, code, concat, type FormattedText, italic, joinPieces, type Piece } from '../../render/formatted-text.js';
import { joinWithinLimit, truncate } from '../../render/message-limits.js';
import { draft, type Draft } from './draft.js';
import { namesReports, reportName, reportTag } from './report-menus.js';

const EXAMPLES = 3;
/** Telegram allows 100 buttons in a keyboard; 100 reports' topics would be far more. */
const MAX_TOPIC_BUTTONS = 100;

function message(blocks: readonly Piece[], reply_markup?: Draft['reply_markup']): Draft {
  return draft(joinWithinLimit(blocks), reply_markup);
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
  const titles = kb.reports.map((r) => concat('«', italic(truncate(r.title, TITLE_LENGTH)), '»'));
  const examples = exampleQuestions(kb, lang).map((q) => (where === 'group' ? concat('• ', code(`/ask ${q}`)) : `• ${q}`));
  const blocks: Piece[] = [t.greeting];
  if (titles.length > 0) blocks.push(concat(`${t.sourceTitle}: `, joinPieces(titles, ', ')));
  blocks.push('', where === 'group' ? t.howToAskGroup(`@${botUsername}`) : t.howToAskPrivate);
  if (examples.length > 0) blocks.push('', t.examplesIntro, ...examples);
  blocks.push('', t.commandsIntro, ...commandsFor(where, lang, kb.reports.length).map((c) => `/${c.command} — ${c.description}`));
  return message(blocks);
}

/** How to put a question after `prefix`, with an example. */
function usage(kb: KnowledgeBase, lang: Language, intro: string, prefix: string): Draft {
  const example = exampleQuestions(kb, lang, 1)[0] ?? '…';
  return message([intro, code(`${prefix} ${example}`)]);
}

/** "/ask" with nothing after it. */
export function renderAskUsage(kb: KnowledgeBase, lang: Language): Draft {
  return usage(kb, lang, texts(lang).askUsage, '/ask');
}

/** "@bot" with nothing after it (or a reply to the bot that only mentions it). */
export function renderMentionUsage(kb: KnowledgeBase, lang: Language, botUsername: string): Draft {
  return usage(kb, lang, texts(lang).mentionUsage, `@${botUsername}`);
}

function topicName(topic: Topic, lang: Language): string {
  return truncate(topic[lang], 60);
}

/**
 * /facts: the topics of every report as buttons; with several reports loaded each
 * button names its report, and the chat's current report (if any) comes first.
 */
export function renderTopics(kb: KnowledgeBase, lang: Language, current?: string): Draft {
  const rows: InlineKeyboardButton[][] = [];
  const several = namesReports(kb);
  const reports = [...kb.reports.filter((r) => r.id === current), ...kb.reports.filter((r) => r.id !== current)];
  for (const report of reports) {
    const tag = several ? ` — ${reportTag(report)}` : '';
    for (const topic of report.topics) {
      const data = encodeAction({ kind: 'topic', report: report.id, topic: topic.id });
      if (data !== undefined) rows.push([{ text: `${topicName(topic, lang)}${tag}`, callback_data: data }]);
    }
  }
  const blocks: Piece[] = [texts(lang).factsIntro];
  if (several) blocks.push(...reports.map((r) => concat('• ', italic(reportName(r)))));
  return message(blocks, rows.length === 0 ? undefined : { inline_keyboard: rows.slice(0, MAX_TOPIC_BUTTONS) });
}

/** The facts of one topic, with a button back to the topic list. */
export function renderTopic(report: Report, topic: Topic, lang: Language, several = false): Draft {
  const facts = report.facts.filter((f) => f.topic === topic.id);
  const heading = several ? concat(bold(topicName(topic, lang)), ' — ', italic(reportName(report))) : bold(topicName(topic, lang));
  const blocks = [heading, ...facts.map((f) => concat('\n• ', renderFactLine(f, lang)))];
  const back = encodeAction({ kind: 'topics', report: report.id });
  return message(blocks, back === undefined ? undefined : { inline_keyboard: [[{ text: texts(lang).topicsBack, callback_data: back }]] });
}

/** /source: title, author, where it was published, date of the events. */
export function renderSource(kb: KnowledgeBase, lang: Language): Draft {
  const t = texts(lang);
  const blocks: FormattedText[] = kb.reports.map((r) =>
    joinPieces(
      [
        bold(truncate(r.title, TITLE_LENGTH)),
        `${t.sourceAuthor}: ${truncate(r.author, 200)}`,
        `${t.sourceOrigin}: ${truncate(r.source, 1000)}`,
        `${t.sourceDate}: ${r.eventDate}`,
      ],
      '\n',
    ),
  );
  return message(blocks.length === 0 ? [t.notAnswered] : blocks);
}
