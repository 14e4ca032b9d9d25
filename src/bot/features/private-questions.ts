/** Private chats: any text the person types is a question. */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import type { BotDeps } from '../deps.js';
import { sendHint } from '../draft-sending.js';
import { answerQuestion } from '../question-answering.js';
import { texts } from '../texts.js';

export function privateQuestionsFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const dm = composer.chatType('private');

  dm.on('message:text', async (ctx) => {
    const t = texts(ctx.lang);
    // A forwarded text is someone else's words, not a question to us.
    if (ctx.msg.forward_origin !== undefined) {
      await sendHint(ctx, t.forwarded, 'forwarded');
      return;
    }
    // Known commands were handled before this point.
    if (ctx.msg.text.startsWith('/')) {
      await sendHint(ctx, t.unknownCommand, 'unknown-command');
      return;
    }
    await answerQuestion(ctx, deps, ctx.msg.text);
  });

  dm.on('edited_message', async (ctx) => {
    await sendHint(ctx, texts(ctx.lang).editedMessage, 'edited');
  });

  return composer;
}
