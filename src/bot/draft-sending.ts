/** Sending replies the same way everywhere: text with entities, no link previews, quoting in groups, through the chat's outbox. */
import type { InlineKeyboardMarkup, LinkPreviewOptions, MessageEntity, ReplyParameters } from 'grammy/types';
import type { BotContext } from './context.js';
import type { Draft } from './render/draft.js';

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
