/** Pure rendering of engine answers and facts into messages: text plus entities. */
import type { InlineKeyboardButton } from 'grammy/types';
import { headlineFacts, type Answer, type Fact, type KnowledgeBase, type Language, type Report } from '../../engine/index.js';
import { encodeAction } from '../callback-data.js';
import { texts } from '../texts.js';
import { bold, concat, type FormattedText, italic } from '../../render/formatted-text.js';
import { joinWithinLimit, truncate } from '../../render/message-limits.js';
import { draft, type Draft } from './draft.js';

/** Longest slice of a person's question we quote back. */
const QUOTED_QUESTION_LENGTH = 200;
/** Button labels are cut here; Telegram clips long ones on phones anyway. */
const BUTTON_LABEL_LENGTH = 60;
const MAX_SUGGESTIONS = 3;
// Bounds for knowledge text, so a very long fact cannot overflow a message.
const FIGURE_LENGTH = 300;
const SENTENCE_LENGTH = 1500;
/** A report's title, wherever it is shown. */
export const TITLE_LENGTH = 300;

/** "**211%** — «Thu ngân sách ước đạt 211% dự toán giao.»", plus the gloss in italics in English. */
export function renderFactLine(fact: Fact, lang: Language): FormattedText {
  const line = concat(bold(truncate(fact.figure, FIGURE_LENGTH)), ` — «${truncate(fact.sentence, SENTENCE_LENGTH)}»`);
  if (lang === 'en' && fact.gloss !== undefined) return concat(line, '\n', italic(truncate(fact.gloss, SENTENCE_LENGTH)));
  return line;
}

function reportLine(report: Report | undefined, lang: Language): FormattedText | undefined {
  if (report === undefined) return undefined;
  return concat(`${texts(lang).fromReport}: `, italic(truncate(report.title, TITLE_LENGTH)));
}

/** A fact as a whole message: figure, sentence, and the report it comes from. */
export function renderFact(fact: Fact, kb: KnowledgeBase, lang: Language): Draft {
  const blocks = [renderFactLine(fact, lang)];
  const source = reportLine(kb.report(fact.report), lang);
  if (source !== undefined) blocks.push(source);
  return joinWithinLimit(blocks);
}

/** How a fact is offered on a button: as a question people would ask. */
export function factLabel(fact: Fact, lang: Language): string {
  const question = (lang === 'en' ? fact.questions.en[0] : undefined) ?? fact.questions.vi[0];
  return truncate(question ?? fact.figure, BUTTON_LABEL_LENGTH);
}

function factButton(fact: Fact, lang: Language): InlineKeyboardButton | undefined {
  const data = encodeAction({ kind: 'fact', report: fact.report, fact: fact.id });
  return data === undefined ? undefined : { text: factLabel(fact, lang), callback_data: data };
}

/** One button per row: labels are questions, too long to sit side by side. */
function keyboard(facts: readonly Fact[], lang: Language): Draft['reply_markup'] {
  const rows = facts.flatMap((fact) => {
    const button = factButton(fact, lang);
    return button === undefined ? [] : [[button]];
  });
  return rows.length === 0 ? undefined : { inline_keyboard: rows };
}

/** What to offer when the report has no answer: the nearest facts, then headline facts. */
function suggestions(answer: Answer, kb: KnowledgeBase, count = MAX_SUGGESTIONS): Fact[] {
  const picked: Fact[] = [];
  const seen = new Set<string>();
  for (const fact of [...answer.alternatives.map((m) => m.fact), ...headlineFacts(kb)]) {
    const key = `${fact.report}:${fact.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    picked.push(fact);
    if (picked.length === count) break;
  }
  return picked;
}

/**
 * The reply to a question. Answered: the fact, plus "did you mean" buttons for
 * close alternatives. Not answered: says so, quotes the question back (as plain
 * text) and offers a few things the report does answer.
 */
export function renderAnswer(answer: Answer, kb: KnowledgeBase, lang: Language): Draft {
  const t = texts(lang);
  if (answer.answered && answer.best !== null) {
    const fact = renderFact(answer.best.fact, kb, lang);
    const alternatives = answer.alternatives.map((m) => m.fact).slice(0, MAX_SUGGESTIONS);
    const markup = keyboard(alternatives, lang);
    if (markup === undefined) return fact;
    return draft(joinWithinLimit([fact, '', t.didYouMean]), markup);
  }
  const quoted = truncate(answer.question.trim(), QUOTED_QUESTION_LENGTH);
  const blocks = [t.notAnswered];
  if (quoted !== '') blocks.push(`${t.notAnsweredAbout}: «${quoted}»`);
  const offered = suggestions(answer, kb);
  const markup = keyboard(offered, lang);
  if (markup === undefined) return joinWithinLimit(blocks);
  blocks.push('', t.suggestionsIntro);
  return draft(joinWithinLimit(blocks), markup);
}
