/** Pure rendering of inline-mode results. */
import type { InlineQueryResultArticle } from 'grammy/types';
import type { KnowledgeBase, Language, Match } from '../../engine/index.js';
import { englishFigure, renderFact } from './answer-message.js';
import { namesReports, reportTag } from './report-menus.js';
import { truncate } from '../../render/message-limits.js';

/** Telegram accepts at most 50 results per answerInlineQuery. */
export const MAX_INLINE_RESULTS = 50;
/** Results only change when the knowledge changes, so Telegram may cache them for a while. */
export const INLINE_CACHE_SECONDS = 300;

/** One article per fact: title = figure, description = sentence; choosing it posts both. */
export function renderInlineResults(
  matches: readonly Match[],
  kb: KnowledgeBase,
  lang: Language,
): InlineQueryResultArticle[] {
  const seen = new Set<string>();
  const results: InlineQueryResultArticle[] = [];
  for (const { fact } of matches) {
    // "<report>:<fact>" is at most 57 bytes, inside the 64-byte limit for result ids.
    const id = `${fact.report}:${fact.id}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const message = renderFact(fact, kb, lang);
    // With several reports loaded the result says whose figure it is before the sentence.
    const report = namesReports(kb) ? kb.report(fact.report) : undefined;
    const english = englishFigure(fact.figure, lang);
    const description = report === undefined ? fact.sentence : `${reportTag(report)} — ${fact.sentence}`;
    results.push({
      type: 'article',
      id,
      title: truncate(english === undefined ? fact.figure : `${fact.figure} (${english})`, 100),
      description: truncate(description, 200),
      input_message_content: { message_text: message.text, entities: [...message.entities] },
    });
    if (results.length === MAX_INLINE_RESULTS) break;
  }
  return results;
}
