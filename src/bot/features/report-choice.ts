/**
 * Which report a chat is about: /report lists the loaded reports as buttons and a
 * press makes one the chat's current report (in groups, admins only); the "which
 * report?" buttons under a question several reports answer pick the report for the
 * question waiting in the chat's session, and answer it in place. Old, forged or
 * foreign presses get a polite answerCallbackQuery and change nothing.
 */
import { Composer, GrammyError } from 'grammy';
import type { CommandContext, Filter } from 'grammy';
import { actionFromMatch, buttonPattern } from '../callback-data.js';
import { chatSession, PENDING_TTL_MS } from '../chat-session.js';
import type { BotContext } from '../context.js';
import type { BotDeps } from '../deps.js';
import type { Draft } from '../render/draft.js';
import { renderReportChosen, renderReportMenu } from '../render/report-menus.js';
import { draftOptions, sendDraft, sendHint } from '../draft-sending.js';
import { sendAnswer } from '../question-answering.js';
import { texts } from '../texts.js';

type ButtonContext = Filter<BotContext, 'callback_query'>;

/** How long a getChatMember answer is trusted: an admin demoted a minute ago may still choose once. */
const ADMIN_CACHE_MS = 60_000;
const ADMIN_CACHE_SIZE = 1000;

function isGroup(ctx: BotContext): boolean {
  return ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';
}

/** Whether the sender may change the chat's report; 'unknown' when Telegram would not say (not cached: the next try asks again). */
type MayChoose = boolean | 'unknown';

/** Whether the sender may change the chat's report: anyone in private, admins (cached briefly) in groups. */
function adminCheck(): (ctx: BotContext) => Promise<MayChoose> {
  const cache = new Map<string, { admin: boolean; until: number }>();
  return async (ctx) => {
    if (!isGroup(ctx)) return true;
    const chat = ctx.chat;
    const user = ctx.from;
    if (chat === undefined) return false;
    // An anonymous admin posts as the group itself.
    if (ctx.msg?.sender_chat?.id === chat.id) return true;
    if (user === undefined) return false;
    const key = `${chat.id}:${user.id}`;
    const now = Date.now();
    const known = cache.get(key);
    if (known !== undefined && known.until > now) return known.admin;
    let member;
    try {
      member = await ctx.api.getChatMember(chat.id, user.id);
    } catch (err) {
      // The retries have given up (or Telegram refused): say so rather than leave the command unanswered.
      ctx.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'admin check failed');
      return 'unknown';
    }
    const admin = member.status === 'creator' || member.status === 'administrator';
    if (cache.size >= ADMIN_CACHE_SIZE) cache.clear();
    cache.set(key, { admin, until: now + ADMIN_CACHE_MS });
    return admin;
  };
}

/** Edits the pressed message into `draft`, or sends it when the message cannot be edited. */
async function replaceMessage(ctx: ButtonContext, draft: Draft): Promise<void> {
  try {
    await ctx.editMessageText(draft.text, draftOptions(draft));
  } catch (err) {
    if (err instanceof GrammyError && err.error_code === 400 && /not modified/i.test(err.description)) return;
    if (!(err instanceof GrammyError && err.error_code === 400) || ctx.callbackQuery.message === undefined) throw err;
    await sendDraft(ctx, draft);
  }
}

export function reportChoiceFeature(deps: BotDeps): { composer: Composer<BotContext>; showMenu: (ctx: CommandContext<BotContext>) => Promise<void> } {
  const composer = new Composer<BotContext>();
  const mayChoose = adminCheck();

  const showMenu = async (ctx: CommandContext<BotContext>): Promise<void> => {
    const t = texts(ctx.lang);
    if (deps.kb.reports.length <= 1) {
      await sendHint(ctx, t.onlyOneReport, 'report-only-one');
      return;
    }
    const may = await mayChoose(ctx);
    if (may !== true) {
      await sendHint(ctx, may === 'unknown' ? t.adminCheckFailed : t.adminsOnly, may === 'unknown' ? 'report-admin-unknown' : 'report-not-admin');
      return;
    }
    ctx.answered = { fact: null, outcome: 'report-menu' };
    await sendDraft(ctx, renderReportMenu(deps.kb, chatSession(ctx)?.report, ctx.lang));
  };

  composer.callbackQuery(buttonPattern('use'), async (ctx) => {
    const t = texts(ctx.lang);
    const action = actionFromMatch('use', ctx.match);
    const report = action === undefined ? undefined : deps.kb.report(action.report);
    const chat = chatSession(ctx);
    if (report === undefined || chat === undefined) {
      ctx.answered = { fact: null, outcome: 'button-stale' };
      await ctx.answerCallbackQuery({ text: t.staleButton });
      return;
    }
    const may = await mayChoose(ctx);
    if (may !== true) {
      ctx.answered = { fact: null, outcome: may === 'unknown' ? 'report-admin-unknown' : 'report-not-admin' };
      await ctx.answerCallbackQuery({ text: may === 'unknown' ? t.adminCheckFailed : t.adminsOnly });
      return;
    }
    chat.report = report.id;
    ctx.answered = { fact: null, outcome: 'report-chosen' };
    await replaceMessage(ctx, renderReportChosen(report, ctx.lang));
    await ctx.answerCallbackQuery();
  });

  composer.callbackQuery(buttonPattern('pick'), async (ctx) => {
    const t = texts(ctx.lang);
    const action = actionFromMatch('pick', ctx.match);
    const chat = chatSession(ctx);
    const pending = chat?.pending;
    const fresh =
      action !== undefined &&
      pending !== undefined &&
      pending.token === action.ask &&
      pending.reports.includes(action.report) &&
      Date.now() - pending.at < PENDING_TTL_MS &&
      deps.kb.report(action.report) !== undefined;
    if (!fresh || chat === undefined) {
      ctx.answered = { fact: null, outcome: 'clarify-gone' };
      await ctx.answerCallbackQuery({ text: t.pendingGone });
      return;
    }
    // The picked report becomes the chat's: the waiting question, then its follow-ups, are answered from it.
    chat.report = action.report;
    delete chat.pending;
    await sendAnswer(ctx, deps, pending.question, (draft) => replaceMessage(ctx, draft));
    await ctx.answerCallbackQuery();
  });

  return { composer, showMenu };
}
