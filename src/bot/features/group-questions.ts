/**
 * Groups: silent unless addressed by a mention of the bot or a reply to one of
 * its messages (/ask is in commands.ts). Unaddressed messages pass through
 * untouched, so the bot never talks into a conversation it was not asked into.
 * An edited message meant for the bot gets the same hint as in a private chat.
 */
import { Composer } from 'grammy';
import { addressing, isMeantForBot } from '../addressing.js';
import type { BotContext } from '../context.js';
import type { BotDeps } from '../deps.js';
import { renderMentionUsage } from '../render/menus.js';
import { sendDraft, sendHint } from '../draft-sending.js';
import { answerQuestion } from '../question-answering.js';
import { texts } from '../texts.js';

export function groupQuestionsFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const groups = composer.chatType(['group', 'supergroup']);

  groups.on('message', async (ctx, next) => {
    const address = addressing(ctx.msg, ctx.me);
    if (!address.addressed) {
      await next();
      return;
    }
    if (ctx.msg.text === undefined) {
      // A sticker or photo sent in reply to the bot, or a captioned mention.
      await sendHint(ctx, texts(ctx.lang).textOnly, 'not-text');
      return;
    }
    if (address.question === '') {
      ctx.answered = { fact: null, outcome: 'mention-usage' };
      await sendDraft(ctx, renderMentionUsage(deps.kb, ctx.lang, ctx.me.username));
      return;
    }
    await answerQuestion(ctx, deps, address.question);
  });

  // Editing a mention is how people fix a typo; as in private, they are asked to send it
  // again (answering edits would put a second answer under an old question). Edits not
  // meant for the bot stay unanswered.
  groups.on('edited_message', async (ctx, next) => {
    if (!isMeantForBot(ctx.editedMessage, ctx.me)) {
      await next();
      return;
    }
    await sendHint(ctx, texts(ctx.lang).editedMessage, 'edited');
  });

  return composer;
}
