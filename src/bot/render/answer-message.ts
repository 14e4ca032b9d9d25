/** Pure rendering of engine answers and facts into messages: text plus entities. */
import type { InlineKeyboardButton } from 'grammy/types';
import { figureInEnglish, headlineFacts, type Answer, type Fact, type KnowledgeBase, type Language, type Report } from '../../engine/index.js';
import { encodeAction } from '../callback-data.js';
import { texts } from '../texts.js';
import { bold, concat, type FormattedText, italic } from '../../render/formatted-text.js';
import { joinWithinLimit, truncate } from '../../render/message-limits.js';
import { draft, type Draft } from './draft.js';
import { namesReports, renderClarify, reportName, reportTag } from './report-menus.js';

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

/**
 * The figure as an English reader reads it ("VND 452 billion" for "452 tỷ đồng"), for a reply
 * in English; undefined in Vietnamese, or when English writes it the same ("211%", a name).
 */
export function englishFigure(figure: string, lang: Language): string | undefined {
  if (lang !== 'en') return undefined;
  const english = figureInEnglish(figure);
  // Compared as figureInEnglish tidies text, so a stray double space is not shown as a translation.
  return english === figure.normalize('NFC').trim().replace(/\s+/g, ' ') ? undefined : english;
}

/**
 * "**211%** — «Thu ngân sách ước đạt 211% dự toán giao.»"; in English the figure in English
 * units beside it ("**452 tỷ đồng** (VND 452 billion) — «…»") and the gloss in italics.
 */
export function renderFactLine(fact: Fact, lang: Language): FormattedText {
  const english = englishFigure(fact.figure, lang);
  const figure = bold(truncate(fact.figure, FIGURE_LENGTH));
  const shown = english === undefined ? figure : concat(figure, ` (${truncate(english, FIGURE_LENGTH)})`);
  const line = concat(shown, ` — «${truncate(fact.sentence, SENTENCE_LENGTH)}»`);
  if (lang === 'en' && fact.gloss !== undefined) return concat(line, '\n', italic(truncate(fact.gloss, SENTENCE_LENGTH)));
  return line;
}

function reportLine(report: Report | undefined, lang: Language, dated: boolean): FormattedText | undefined {
  if (report === undefined) return undefined;
  // With several reports loaded the date tells two years' reports of one place apart.
  return concat(`${texts(lang).fromReport}: `, italic(dated ? reportName(report, TITLE_LENGTH) : truncate(report.title, TITLE_LENGTH)));
}

/** A fact as a whole message: figure, sentence, and the report it comes from. */
export function renderFact(fact: Fact, kb: KnowledgeBase, lang: Language): Draft {
  const blocks = [renderFactLine(fact, lang)];
  const source = reportLine(kb.report(fact.report), lang, namesReports(kb));
  if (source !== undefined) blocks.push(source);
  return joinWithinLimit(blocks);
}

/** How a fact is offered on a button: as a question people would ask. */
export function factLabel(fact: Fact, lang: Language): string {
  const question = (lang === 'en' ? fact.questions.en[0] : undefined) ?? fact.questions.vi[0];
  return truncate(question ?? fact.figure, BUTTON_LABEL_LENGTH);
}

function factButton(fact: Fact, lang: Language, kb?: KnowledgeBase): InlineKeyboardButton | undefined {
  const data = encodeAction({ kind: 'fact', report: fact.report, fact: fact.id });
  if (data === undefined) return undefined;
  const report = kb !== undefined && namesReports(kb) ? kb.report(fact.report) : undefined;
  if (report === undefined) return { text: factLabel(fact, lang), callback_data: data };
  // With several reports loaded a button says whose figure it offers.
  const tag = ` — ${reportTag(report)}`;
  return { text: `${truncate(factLabel(fact, lang), Math.max(15, BUTTON_LABEL_LENGTH - tag.length))}${tag}`, callback_data: data };
}

/** One button per row: labels are questions, too long to sit side by side. */
function keyboard(facts: readonly Fact[], lang: Language, kb?: KnowledgeBase): Draft['reply_markup'] {
  const rows = facts.flatMap((fact) => {
    const button = factButton(fact, lang, kb);
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
 * close alternatives. A bare topic several facts hold: quotes it back and asks which
 * figure is meant, one button each. Not answered: says so, quotes the question back
 * (as plain text) and offers a few things the report does answer.
 */
export function renderAnswer(answer: Answer, kb: KnowledgeBase, lang: Language, pendingToken = '0'): Draft {
  const t = texts(lang);
  // Several reports answer and none is named or current: ask which one, a button each.
  if (answer.clarify !== undefined) return renderClarify(answer.question, pendingToken, answer.clarify.reports, kb, lang);
  if (answer.answered && answer.best !== null) {
    const fact = renderFact(answer.best.fact, kb, lang);
    const alternatives = answer.alternatives.map((m) => m.fact).slice(0, MAX_SUGGESTIONS);
    const markup = keyboard(alternatives, lang, kb);
    if (markup === undefined) return fact;
    return draft(joinWithinLimit([fact, '', t.didYouMean]), markup);
  }
  const quoted = truncate(answer.question.trim(), QUOTED_QUESTION_LENGTH);
  // A topic and no question ("ngân sách"): the report does speak of it, in several figures; ask which.
  const offeredFigures = answer.broad === true ? keyboard(answer.alternatives.map((m) => m.fact).slice(0, MAX_SUGGESTIONS), lang, kb) : undefined;
  if (offeredFigures !== undefined) return draft(joinWithinLimit([`${t.notAnsweredAbout}: «${quoted}»`, '', t.whichFigure]), offeredFigures);
  const blocks = [t.notAnswered];
  if (quoted !== '') blocks.push(`${t.notAnsweredAbout}: «${quoted}»`);
  const offered = suggestions(answer, kb);
  const markup = keyboard(offered, lang, kb);
  if (markup === undefined) return joinWithinLimit(blocks);
  blocks.push('', t.suggestionsIntro);
  return draft(joinWithinLimit(blocks), markup);
}
