/**
 * Inline buttons: "did you mean" and suggestion buttons (a fact), /facts topic
 * buttons and the way back to the topic list, one `callbackQuery(pattern)`
 * handler per kind (patterns in callback-data.ts). The pressed message is edited in
 * place. Data that does not parse, or names a fact that no longer exists, gets
 * a polite answerCallbackQuery and nothing else.
 */
import { Composer, GrammyError } from 'grammy';
import type { Filter } from 'grammy';
import { actionFromMatch, buttonPattern, type ButtonAction, type ButtonKind } from '../callback-data.js';
import { chatSession } from '../chat-session.js';
import type { BotContext } from '../context.js';
import type { BotDeps } from '../deps.js';
import { renderFact } from '../render/answer-message.js';
import type { Draft } from '../render/draft.js';
import { renderTopic, renderTopics } from '../render/menus.js';
import { draftOptions, sendDraft } from '../draft-sending.js';
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
      ctx.log.warn({ description: err.description }, 'could not edit the pressed message, sending a new one');
    }
  }
  // Too old to edit (or inaccessible): answer with a new message in the same chat.
  if (message !== undefined) await sendDraft(ctx, draft);
}

/** What the pressed button asks to show, or undefined when the knowledge no longer has it (an old message). */
type Resolve<A> = (ctx: ButtonContext, action: A) => Draft | undefined;

async function show(ctx: ButtonContext, draft: Draft | undefined, kind: ButtonKind): Promise<void> {
  if (draft === undefined) {
    ctx.answered = { fact: null, outcome: 'button-stale' };
    await ctx.answerCallbackQuery({ text: texts(ctx.lang).staleButton });
    return;
  }
  ctx.answered ??= { fact: null, outcome: `button-${kind}` };
  try {
    await showInPlace(ctx, draft);
  } catch (err) {
    // Stop the button's spinner anyway, but the failure to show is the error to report.
    await ctx.answerCallbackQuery().catch((answerErr: unknown) => {
      ctx.log.warn({ method: 'answerCallbackQuery', error: answerErr }, 'could not answer the callback query');
    });
    throw err;
  }
  await ctx.answerCallbackQuery();
}

export function callbacksFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const on = <K extends ButtonKind>(kind: K, resolve: Resolve<Extract<ButtonAction, { kind: K }>>): void => {
    composer.callbackQuery(buttonPattern(kind), async (ctx) => {
      const action = actionFromMatch(kind, ctx.match);
      await show(ctx, action === undefined ? undefined : resolve(ctx, action), kind);
    });
  };

  on('fact', (ctx, action) => {
    const fact = deps.kb.fact(action.report, action.fact);
    if (fact === undefined) return undefined;
    ctx.answered = { fact: `${fact.report}/${fact.id}`, outcome: 'button-fact' };
    // A fact shown is the chat's last answer: its follow-ups stay in its report.
    const chat = chatSession(ctx);
    if (chat !== undefined) chat.report = fact.report;
    return renderFact(fact, deps.kb, ctx.lang);
  });
  on('topic', (ctx, action) => {
    const report = deps.kb.report(action.report);
    const topic = report?.topics.find((tp) => tp.id === action.topic);
    return report === undefined || topic === undefined ? undefined : renderTopic(report, topic, ctx.lang, deps.kb.reports.length > 1);
  });
  on('topics', (ctx, action) => (deps.kb.report(action.report) === undefined ? undefined : renderTopics(deps.kb, ctx.lang, chatSession(ctx)?.report)));

  // Data no pattern matches: forged, from an older version, or a game button without data.
  composer.on('callback_query', async (ctx) => {
    const data = ctx.callbackQuery.data;
    ctx.answered = { fact: null, outcome: 'button-unknown' };
    ctx.log.warn({ bytes: data === undefined ? 0 : Buffer.byteLength(data) }, 'button data not understood');
    await ctx.answerCallbackQuery({ text: texts(ctx.lang).unknownButton });
  });

  return composer;
}
