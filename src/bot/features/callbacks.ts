/**
 * Inline buttons: "did you mean" and suggestion buttons (a fact), /facts topic
 * buttons and the way back to the topic list. The pressed message is edited in
 * place. Data that does not parse, or names a fact that no longer exists, gets
 * a polite answerCallbackQuery and nothing else.
 */
import { Composer, GrammyError } from 'grammy';
import type { Filter } from 'grammy';
import { decodeAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import type { BotDeps } from '../deps.js';
import { renderFact } from '../render/answer-message.js';
import type { Draft } from '../render/draft.js';
import { renderTopic, renderTopics } from '../render/menus.js';
import { draftOptions, sendDraft } from '../reply.js';
import { texts } from '../texts.js';

type ButtonContext = Filter<BotContext, 'callback_query'>;

function isNotModified(err: unknown): boolean {
  return err instanceof GrammyError && err.error_code === 400 && /not modified/i.test(err.description);
}

/** Edits the message that carries the button; sends a new one if it cannot be edited. */
async function showInPlace(ctx: ButtonContext, draft: Draft): Promise<void> {
  const message = ctx.callbackQuery.message;
  const editable = ctx.callbackQuery.inline_message_id !== undefined || (message !== undefined && message.date !== 0);
  if (editable) {
    try {
      await ctx.editMessageText(draft.text, draftOptions(draft));
      return;
    } catch (err) {
      // Pressing the button the message already shows: nothing to change.
      if (isNotModified(err)) return;
      if (!(err instanceof GrammyError && err.error_code === 400) || message === undefined) throw err;
      ctx.log.warn('could not edit the pressed message, sending a new one', { description: err.description });
    }
  }
  // Too old to edit (or inaccessible): answer with a new message in the same chat.
  if (message !== undefined) await sendDraft(ctx, draft);
}

export function callbacksFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.on('callback_query', async (ctx) => {
    const t = texts(ctx.lang);
    const data = ctx.callbackQuery.data;
    const action = decodeAction(data);
    if (action === undefined) {
      ctx.answered = { fact: null, outcome: 'button-unknown' };
      ctx.log.warn('button data not understood', { bytes: data === undefined ? 0 : Buffer.byteLength(data) });
      await ctx.answerCallbackQuery({ text: t.unknownButton });
      return;
    }

    let draft: Draft | undefined;
    const report = deps.kb.report(action.report);
    if (action.kind === 'fact') {
      const fact = deps.kb.fact(action.report, action.fact);
      if (fact !== undefined) {
        draft = renderFact(fact, deps.kb, ctx.lang);
        ctx.answered = { fact: `${fact.report}/${fact.id}`, outcome: 'button-fact' };
      }
    } else if (action.kind === 'topic') {
      const topic = report?.topics.find((tp) => tp.id === action.topic);
      if (report !== undefined && topic !== undefined) draft = renderTopic(report, topic, ctx.lang);
    } else if (report !== undefined) {
      draft = renderTopics(deps.kb, ctx.lang);
    }

    if (draft === undefined) {
      // Well formed but names something the knowledge no longer has (an old message).
      ctx.answered = { fact: null, outcome: 'button-stale' };
      await ctx.answerCallbackQuery({ text: t.staleButton });
      return;
    }
    ctx.answered ??= { fact: null, outcome: `button-${action.kind}` };
    try {
      await showInPlace(ctx, draft);
    } catch (err) {
      // Stop the button's spinner anyway, but the failure to show is the error to report.
      await ctx.answerCallbackQuery().catch((answerErr: unknown) => {
        ctx.log.warn('could not answer the callback query', { method: 'answerCallbackQuery', error: answerErr });
      });
      throw err;
    }
    await ctx.answerCallbackQuery();
  });

  return composer;
}
