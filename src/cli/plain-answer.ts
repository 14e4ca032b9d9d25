import { renderAnswer } from '../bot/render/answer-message.js';
import type { Answer, KnowledgeBase } from '../engine/index.js';
import { parseHtml } from '../mock/html-parser.js';
import { renderMessage } from '../mock/render.js';

/**
 * The answer as the bot words it in a private chat, without formatting: the bot's own
 * renderer, its HTML read the way Telegram reads it, shown the way the local chat shows it.
 */
export function renderPlainAnswer(answer: Answer, kb: KnowledgeBase): string {
  const draft = renderAnswer(answer, kb, answer.language);
  const { text, entities } = parseHtml(draft.text);
  return renderMessage({ text, entities, ...(draft.reply_markup ? { reply_markup: draft.reply_markup } : {}) }, { ansi: false });
}
