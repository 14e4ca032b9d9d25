/** Sending replies the same way everywhere: text with entities, no link previews, quoting in groups. */
import type { InlineKeyboardMarkup, LinkPreviewOptions, MessageEntity, ReplyParameters } from 'grammy/types';
import type { BotContext } from './context.js';
import { askOptionsOf, chatSession, pendingToken } from './chat-session.js';
import type { BotDeps } from './deps.js';
import { renderAnswer } from './render/answer-message.js';
import type { Draft } from './render/draft.js';
import { answerLanguage, texts } from './texts.js';

/** Longer questions get a hint instead of an answer: nobody asks one thing in 500 characters. */
const MAX_QUESTION_LENGTH = 500;

function isGroup(ctx: BotContext): boolean {
  return ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';
}

/**
 * In groups a reply quotes the message it answers, so people see which question
 * it belongs to. (ctx.reply already keeps it in the message's forum topic.)
 */
function quoting(ctx: BotContext): { reply_parameters?: ReplyParameters } {
  const asking = ctx.message ?? ctx.editedMessage;
  if (!isGroup(ctx) || asking === undefined) return {};
  return { reply_parameters: { message_id: asking.message_id, allow_sending_without_reply: true } };
}

/**
 * How every draft is shown, sent or edited: its entities and buttons, no link previews.
 * Formatting travels as entities, never as a parse mode, so no text is ever parsed as markup.
 */
export function draftOptions(draft: Draft): { entities: MessageEntity[]; reply_markup?: InlineKeyboardMarkup; link_preview_options: LinkPreviewOptions } {
  return {
    entities: [...draft.entities],
    ...(draft.reply_markup === undefined ? {} : { reply_markup: draft.reply_markup }),
    link_preview_options: { is_disabled: true },
  };
}

/**
 * Sends a draft as the reply to this update: through the chat's outbox when
 * there is one (it resolves once queued; the update waits for delivery outside
 * the chat's turn), directly otherwise. In groups, replies that pile up merge.
 */
export async function sendDraft(ctx: BotContext, draft: Draft): Promise<void> {
  const send = (d: Draft): Promise<unknown> => ctx.reply(d.text, { ...draftOptions(d), ...quoting(ctx) });
  if (ctx.queueReply === undefined) {
    await send(draft);
    return;
  }
  const asking = ctx.message;
  const group = isGroup(ctx) && asking !== undefined;
  ctx.queueReply({
    draft,
    send,
    mergeKey: group ? `topic:${asking.message_thread_id ?? 0}` : undefined,
    // The question without a leading /ask@bot.
    label: group ? { name: asking.from.first_name, question: (asking.text ?? asking.caption ?? '').replace(/^\/\w+(@\w+)?\s*/, '') } : undefined,
  });
  return Promise.resolve();
}

/** A short note from the bot's own texts. */
export async function sendHint(ctx: BotContext, text: string, outcome: string): Promise<void> {
  ctx.answered = { fact: null, outcome };
  await sendDraft(ctx, { text, entities: [] });
}

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
