/**
 * The question policy of the bot: what to do with a question before and after the engine
 * (empty and too-long questions, asking within the chat's report, remembering the report
 * answered from or the question waiting for "which report?"). Sending is draft-sending.ts's job.
 */
import type { BotContext } from './context.js';
import { askOptionsOf, chatSession, pendingToken } from './chat-session.js';
import type { BotDeps } from './deps.js';
import { sendDraft, sendHint } from './draft-sending.js';
import { renderAnswer } from './render/answer-message.js';
import type { Draft } from './render/draft.js';
import { answerLanguage, texts } from './texts.js';

/** Longer questions get a hint instead of an answer: nobody asks one thing in 500 characters. */
const MAX_QUESTION_LENGTH = 500;

/** Asks the engine and replies with the rendered answer. */
export async function answerQuestion(ctx: BotContext, deps: BotDeps, question: string): Promise<void> {
  const q = question.trim();
  const t = texts(ctx.lang);
  if (q === '') {
    await sendHint(ctx, t.emptyQuestion, 'empty');
    return;
  }
  if (Array.from(q).length > MAX_QUESTION_LENGTH) {
    await sendHint(ctx, t.tooLong(MAX_QUESTION_LENGTH), 'too-long');
    return;
  }
  await sendAnswer(ctx, deps, q);
}

/**
 * Asks the engine within the chat's current report, remembers the report it answered
 * from (a follow-up stays in it), or the question when several reports answer it and
 * the bot asks which one is meant. `show` sends the reply (or edits a pressed message).
 */
export async function sendAnswer(ctx: BotContext, deps: BotDeps, question: string, show: (draft: Draft) => Promise<void> = (d) => sendDraft(ctx, d)): Promise<void> {
  const chat = chatSession(ctx);
  const answer = deps.matcher.ask(question, askOptionsOf(chat));
  ctx.log.debug({ question }, 'question');
  let token = '0';
  if (answer.answered && answer.best !== null) {
    ctx.answered = { fact: `${answer.best.fact.report}/${answer.best.fact.id}`, outcome: 'answered' };
    if (chat !== undefined) {
      chat.report = answer.best.fact.report;
      delete chat.pending;
    }
  } else if (answer.clarify !== undefined) {
    ctx.answered = { fact: null, outcome: 'clarify' };
    const at = Date.now();
    token = pendingToken();
    // The question waits in the session, not in the buttons: their data only names the report and this token.
    if (chat !== undefined) chat.pending = { token, question, reports: answer.clarify.reports, at };
  } else {
    ctx.answered = { fact: null, outcome: 'not-answered' };
  }
  await show(renderAnswer(answer, deps.kb, answerLanguage(ctx.lang, answer.language), token));
}
