/** /start, /help, /ask, /facts, /source, /report — in private chats and groups alike. */
import { Composer } from 'grammy';
import type { CommandContext } from 'grammy';
import type { CommandName } from '../command-list.js';
import { COMMANDS } from '../command-list.js';
import type { BotContext } from '../context.js';
import type { BotDeps } from '../deps.js';
import { renderAskUsage, renderHelp, renderSource, renderTopics } from '../render/menus.js';
import { sendDraft } from '../draft-sending.js';
import { answerQuestion } from '../question-answering.js';
import { chatSession } from '../chat-session.js';

type Handler = (ctx: CommandContext<BotContext>) => Promise<void>;

/** `reportMenu` is /report, from features/report-choice.ts, which also handles its buttons. */
export function commandsFeature(deps: BotDeps, reportMenu: Handler): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const chats = composer.chatType(['private', 'group', 'supergroup']);

  const help: Handler = async (ctx) => {
    ctx.answered = { fact: null, outcome: 'help' };
    const where = ctx.chat.type === 'private' ? 'private' : 'group';
    await sendDraft(ctx, renderHelp(deps.kb, ctx.lang, where, ctx.me.username));
  };

  // Typed by the command list, so every listed command has exactly one handler.
  const handlers: Record<CommandName, Handler> = {
    start: help,
    help,
    ask: async (ctx) => {
      if (ctx.match.trim() === '') {
        ctx.answered = { fact: null, outcome: 'ask-usage' };
        await sendDraft(ctx, renderAskUsage(deps.kb, ctx.lang));
        return;
      }
      await answerQuestion(ctx, deps, ctx.match);
    },
    facts: async (ctx) => {
      ctx.answered = { fact: null, outcome: 'facts' };
      await sendDraft(ctx, renderTopics(deps.kb, ctx.lang, chatSession(ctx)?.report));
    },
    report: reportMenu,
    source: async (ctx) => {
      ctx.answered = { fact: null, outcome: 'source' };
      await sendDraft(ctx, renderSource(deps.kb, ctx.lang));
    },
  };

  for (const { command } of COMMANDS) chats.command(command, handlers[command]);
  return composer;
}
