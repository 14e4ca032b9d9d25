import type { Message, MessageEntity, InlineKeyboardMarkup } from 'grammy/types';
import { ApiError, badRequest } from '../api-error.js';
import { formatMessageText, type FormatOptions } from '../formatting.js';
import type { FormattedText } from '../html-parser.js';
import { isRecord, optionalBool, optionalInt, optionalJson, optionalString, requiredChatId, type Params } from '../params.js';
import type { ChatRecord, TelegramState } from '../state.js';
import { CHAT_ACTIONS, validateReplyMarkup } from '../markup-limits.js';
import { botUser, now, shallow, type MethodContext, type MethodHandler } from './method-context.js';

/** The chat a call targets, with Telegram's errors for unknown chats and blocked bots. */
function targetChat(state: TelegramState, params: Params): ChatRecord {
  const chatId = requiredChatId(params);
  const record =
    typeof chatId === 'number'
      ? state.chat(chatId)
      : [...state.chats.values()].find((candidate) => 'username' in candidate.chat && `@${candidate.chat.username ?? ''}` === chatId);
  if (record === undefined) throw badRequest('chat not found');
  if (record.blocked) throw new ApiError(403, 'Forbidden: bot was blocked by the user');
  return record;
}

interface ReplyTarget {
  readonly message: Message;
  readonly quote?: { text: string; position: number };
}

function replyTarget(state: TelegramState, record: ChatRecord, params: Params): ReplyTarget | undefined {
  const reply = optionalJson(params, 'reply_parameters', 'reply parameters');
  let messageId: number | undefined;
  let chat = record;
  let allowWithout = optionalBool(params, 'allow_sending_without_reply') ?? false;
  let quote: string | undefined;
  if (reply !== undefined) {
    if (!isRecord(reply)) throw badRequest("can't parse reply parameters JSON object");
    messageId = typeof reply.message_id === 'number' ? reply.message_id : Number(reply.message_id);
    if (!Number.isInteger(messageId)) throw badRequest('message to be replied not found');
    if (reply.chat_id !== undefined) {
      const other = state.chat(Number(reply.chat_id));
      if (other === undefined) throw badRequest('chat not found');
      chat = other;
    }
    allowWithout = reply.allow_sending_without_reply === true;
    if (typeof reply.quote === 'string') quote = reply.quote;
  } else {
    messageId = optionalInt(params, 'reply_to_message_id');
    if (messageId === undefined) return undefined;
  }
  const message = chat.messages.get(messageId);
  if (message === undefined) {
    if (allowWithout) return undefined;
    throw badRequest('message to be replied not found');
  }
  if (quote === undefined) return { message };
  const original = message.text ?? message.caption ?? '';
  const position = original.indexOf(quote);
  if (quote === '' || position < 0) throw badRequest('QUOTE_TEXT_INVALID');
  return { message, quote: { text: quote, position } };
}

/** Forum topic of the new message: the one asked for, else the replied message's topic, as Telegram infers it. */
function topicOf(record: ChatRecord, requested: number | undefined, reply: ReplyTarget | undefined): number | undefined {
  const chat = record.chat;
  const isForum = chat.type === 'supergroup' && chat.is_forum === true;
  if (requested !== undefined) {
    if (chat.type === 'private') throw badRequest('message thread not found');
    if (!isForum) return undefined;
    if (requested !== 1 && !record.topics.has(requested)) throw badRequest('message thread not found');
    return requested === 1 ? undefined : requested;
  }
  const replied = reply?.message;
  return isForum && replied?.is_topic_message === true ? replied.message_thread_id : undefined;
}

/** The call's text, parse_mode and entities, parsed as Telegram stores them. */
function messageText(params: Params, format: FormatOptions): FormattedText {
  return formatMessageText(
    optionalString(params, 'text'),
    optionalString(params, 'parse_mode'),
    optionalJson(params, 'entities', 'entities'),
    format,
  );
}

function replyMarkup(params: Params): InlineKeyboardMarkup | undefined {
  return validateReplyMarkup(optionalJson(params, 'reply_markup', 'reply keyboard markup'));
}

function sameMarkup(a: InlineKeyboardMarkup | undefined, b: InlineKeyboardMarkup | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

const sendMessage: MethodHandler = (params, { state, format }) => {
  const record = targetChat(state, params);
  const { text, entities } = messageText(params, format);
  const markup = replyMarkup(params);
  const reply = replyTarget(state, record, params);
  const threadId = topicOf(record, optionalInt(params, 'message_thread_id'), reply);
  const replyTo = reply?.message ?? (threadId === undefined ? undefined : record.topics.get(threadId));
  const message = state.storeMessage(record, (message_id) => ({
    message_id,
    from: botUser(state),
    chat: record.chat,
    date: now(),
    ...(threadId === undefined ? {} : { message_thread_id: threadId, is_topic_message: true }),
    ...(replyTo === undefined ? {} : { reply_to_message: shallow(replyTo) }),
    ...(reply?.quote === undefined ? {} : { quote: { ...reply.quote, is_manual: true as const } }),
    text,
    ...(entities.length > 0 ? { entities } : {}),
    ...(markup === undefined ? {} : { reply_markup: markup }),
  }) as Message);
  state.emit({ kind: 'message', chatId: record.chat.id, message });
  return message;
};

function sameContent(message: Message, text: string, entities: MessageEntity[], markup: InlineKeyboardMarkup | undefined): boolean {
  return (
    message.text === text &&
    JSON.stringify(message.entities ?? []) === JSON.stringify(entities) &&
    sameMarkup(message.reply_markup, markup)
  );
}

function messageToEdit(state: TelegramState, params: Params): { record: ChatRecord; message: Message } {
  const record = targetChat(state, params);
  const messageId = optionalInt(params, 'message_id');
  const message = messageId === undefined ? undefined : record.messages.get(messageId);
  if (message === undefined) throw badRequest('message to edit not found');
  if (message.from?.id !== state.bot.id) throw badRequest("message can't be edited");
  return { record, message };
}

function storeEdit(state: TelegramState, record: ChatRecord, edited: Message): Message {
  record.messages.set(edited.message_id, edited);
  state.emit({ kind: 'edit', chatId: record.chat.id, message: edited });
  return edited;
}

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';

const editMessageText: MethodHandler = (params, { state, format }) => {
  const formatted = messageText(params, format);
  const markup = replyMarkup(params);
  if (optionalString(params, 'inline_message_id') !== undefined) return true;
  const { record, message } = messageToEdit(state, params);
  if (sameContent(message, formatted.text, formatted.entities, markup)) throw badRequest(NOT_MODIFIED);
  // Like Telegram, an edit without reply_markup removes the inline keyboard.
  const edited: Message = { ...message, text: formatted.text, edit_date: now() };
  delete edited.entities;
  delete edited.reply_markup;
  if (formatted.entities.length > 0) edited.entities = formatted.entities;
  if (markup !== undefined) edited.reply_markup = markup;
  return storeEdit(state, record, edited);
};

const editMessageReplyMarkup: MethodHandler = (params, { state }) => {
  const markup = replyMarkup(params);
  if (optionalString(params, 'inline_message_id') !== undefined) return true;
  const { record, message } = messageToEdit(state, params);
  if (sameMarkup(message.reply_markup, markup)) throw badRequest(NOT_MODIFIED);
  const edited: Message = { ...message, edit_date: now() };
  delete edited.reply_markup;
  if (markup !== undefined) edited.reply_markup = markup;
  return storeEdit(state, record, edited);
};

const deleteMessage: MethodHandler = (params, { state }) => {
  const record = targetChat(state, params);
  const messageId = optionalInt(params, 'message_id');
  if (messageId === undefined || !record.messages.delete(messageId)) throw badRequest('message to delete not found');
  return true;
};

const sendChatAction: MethodHandler = (params, context: MethodContext) => {
  const record = targetChat(context.state, params);
  const action = optionalString(params, 'action');
  if (action === undefined || !CHAT_ACTIONS.has(action)) throw badRequest('wrong parameter action in request');
  context.state.emit({ kind: 'chat-action', chatId: record.chat.id, action });
  return true;
};

export const messageMethods: Readonly<Record<string, MethodHandler>> = {
  sendMessage,
  editMessageText,
  editMessageReplyMarkup,
  deleteMessage,
  sendChatAction,
};
