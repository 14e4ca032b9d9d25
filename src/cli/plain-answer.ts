import { renderAnswer } from '../bot/render/answer-message.js';
import type { Answer, KnowledgeBase } from '../engine/index.js';
import { renderMessage } from '../mock/render.js';

/**
 * The answer as the bot words it in a private chat, without formatting: the bot's own
 * renderer (text and entities), shown the way the local chat shows it.
 */
export function renderPlainAnswer(answer: Answer, kb: KnowledgeBase): string {
  const { text, entities, reply_markup } = renderAnswer(answer, kb, answer.language);
  return renderMessage({ text, entities: [...entities], ...(reply_markup === undefined ? {} : { reply_markup }) }, { ansi: false });
}
