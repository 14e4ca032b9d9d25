/** A message as the console page shows it: who, text with entities, buttons by row, what it replies to. */
import type { InlineKeyboardButton, Message, User } from 'grammy/types';
import type { ButtonView, MessageView } from './api-types.js';

export function personName(user: Pick<User, 'first_name' | 'last_name'> | undefined): string {
  if (user === undefined) return 'Unknown';
  return user.last_name === undefined ? user.first_name : `${user.first_name} ${user.last_name}`;
}

function buttonKind(button: InlineKeyboardButton): ButtonView['kind'] {
  if ('callback_data' in button) return 'callback';
  if ('url' in button) return 'url';
  if ('switch_inline_query' in button || 'switch_inline_query_current_chat' in button) return 'inline';
  return 'other';
}

function buttonRows(message: Message): ButtonView[][] {
  let index = 0;
  return (message.reply_markup?.inline_keyboard ?? []).map((row) =>
    row.map((button) => ({ text: button.text, index: index++, kind: buttonKind(button), ...('url' in button ? { url: button.url } : {}) })),
  );
}

function preview(message: Message): string {
  const text = message.text ?? message.caption ?? (message.sticker === undefined ? '' : `[sticker ${message.sticker.emoji ?? ''}]`);
  return Array.from(text).slice(0, 80).join('');
}

export function messageView(message: Message, hasWhy: boolean): MessageView {
  const replied = message.reply_to_message;
  return {
    id: message.message_id,
    chatId: message.chat.id,
    from: { id: message.from?.id ?? 0, name: personName(message.from), isBot: message.from?.is_bot === true },
    text: message.text ?? message.caption ?? '',
    entities: message.entities ?? message.caption_entities ?? [],
    buttons: buttonRows(message),
    // A forum topic's opening message is not a reply anyone wrote.
    ...(replied === undefined || replied.forum_topic_created !== undefined
      ? {}
      : { replyTo: { id: replied.message_id, from: personName(replied.from), text: preview(replied) } }),
    edited: message.edit_date !== undefined,
    viaBot: message.via_bot !== undefined,
    date: message.date,
    ...(message.sticker === undefined ? {} : { sticker: message.sticker.emoji ?? '🖼' }),
    hasWhy,
  };
}
