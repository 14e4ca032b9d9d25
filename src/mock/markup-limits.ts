import type { BotCommand, InlineKeyboardMarkup, InlineQueryResult } from 'grammy/types';
import { badRequest } from './api-error.js';
import { formatMessageText, type FormatOptions } from './formatting.js';
import { isRecord } from './params.js';

/** Telegram's limits and descriptions for reply markup, inline results and commands. */

const MAX_CALLBACK_DATA_BYTES = 64;
export const MAX_INLINE_RESULTS = 50;
const BUTTON_ACTIONS = [
  'url', 'callback_data', 'web_app', 'login_url', 'switch_inline_query', 'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat', 'copy_text', 'callback_game', 'pay',
] as const;

/** Validates any reply_markup; returns it when it is an inline keyboard (the only kind a message keeps). */
export function validateReplyMarkup(markup: unknown): InlineKeyboardMarkup | undefined {
  if (markup === undefined) return undefined;
  if (!isRecord(markup)) throw badRequest("can't parse reply keyboard markup JSON object");
  if ('inline_keyboard' in markup) return validateInlineKeyboard(markup.inline_keyboard);
  if ('keyboard' in markup) {
    if (!Array.isArray(markup.keyboard) || !markup.keyboard.every(Array.isArray)) {
      throw badRequest("can't parse reply keyboard markup JSON object");
    }
    return undefined;
  }
  if ('remove_keyboard' in markup || 'force_reply' in markup) return undefined;
  throw badRequest("can't parse reply keyboard markup JSON object");
}

function validateInlineKeyboard(rows: unknown): InlineKeyboardMarkup {
  if (!Array.isArray(rows)) throw badRequest("can't parse inline keyboard button: InlineKeyboardMarkup must be an Array");
  for (const row of rows as unknown[]) {
    if (!Array.isArray(row)) throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Array");
    for (const button of row as unknown[]) validateButton(button);
  }
  return { inline_keyboard: rows as InlineKeyboardMarkup['inline_keyboard'] };
}

function validateButton(button: unknown): void {
  if (!isRecord(button)) throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  if (typeof button.text !== 'string') throw badRequest("can't parse inline keyboard button: Text must be a String");
  if (button.text.trim() === '') throw badRequest('BUTTON_TEXT_INVALID');
  const actions = BUTTON_ACTIONS.filter((action) => button[action] !== undefined);
  if (actions.length !== 1) throw badRequest("can't parse inline keyboard button: Field \"callback_data\", \"url\" or another action must be specified exactly once");
  if (button.callback_data !== undefined) {
    const data = button.callback_data;
    if (typeof data !== 'string' || data === '' || Buffer.byteLength(data, 'utf8') > MAX_CALLBACK_DATA_BYTES) {
      throw badRequest('BUTTON_DATA_INVALID');
    }
  }
  if (button.url !== undefined && (typeof button.url !== 'string' || !/^(https?|tg):\/\/\S+$/i.test(button.url))) {
    throw badRequest('BUTTON_URL_INVALID');
  }
}

/** answerInlineQuery's results: count, unique ids, and each result's required fields and text. */
export function validateInlineResults(results: unknown, format: FormatOptions): InlineQueryResult[] {
  if (!Array.isArray(results)) throw badRequest("can't parse inline query results JSON object");
  if (results.length > MAX_INLINE_RESULTS) throw badRequest('RESULTS_TOO_MUCH');
  const ids = new Set<string>();
  for (const result of results as unknown[]) {
    if (!isRecord(result)) throw badRequest("can't parse InlineQueryResult: InlineQueryResult must be an Object");
    if (typeof result.type !== 'string') throw badRequest("can't parse InlineQueryResult: Field \"type\" must be of type String");
    if (typeof result.id !== 'string' || result.id === '' || Buffer.byteLength(result.id, 'utf8') > 64) {
      throw badRequest('RESULT_ID_INVALID');
    }
    if (ids.has(result.id)) throw badRequest('RESULT_ID_DUPLICATE');
    ids.add(result.id);
    if (result.type === 'article') {
      if (typeof result.title !== 'string' || result.title.trim() === '') throw badRequest('ARTICLE_TITLE_EMPTY');
      if (!isRecord(result.input_message_content)) {
        throw badRequest("can't parse InlineQueryResult: Field \"input_message_content\" must be of type Object");
      }
    }
    const content = result.input_message_content;
    if (isRecord(content) && 'message_text' in content) {
      const text = typeof content.message_text === 'string' ? content.message_text : undefined;
      if (text === undefined || text === '') throw badRequest('MESSAGE_EMPTY');
      const parseMode = typeof content.parse_mode === 'string' ? content.parse_mode : undefined;
      formatMessageText(text, parseMode, content.entities, format);
    }
    validateReplyMarkup(result.reply_markup);
  }
  return results as InlineQueryResult[];
}

export function validateCommands(commands: unknown): BotCommand[] {
  if (!Array.isArray(commands)) throw badRequest("can't parse commands JSON object");
  if (commands.length > 100) throw badRequest('BOT_COMMANDS_TOO_MUCH');
  for (const command of commands as unknown[]) {
    if (!isRecord(command) || typeof command.command !== 'string' || typeof command.description !== 'string') {
      throw badRequest("can't parse BotCommand: fields \"command\" and \"description\" must be Strings");
    }
    if (!/^[a-z0-9_]{1,32}$/.test(command.command)) throw badRequest('BOT_COMMAND_INVALID');
    if (command.description.trim() === '' || command.description.length > 256) throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
  }
  return commands as BotCommand[];
}

export const CHAT_ACTIONS = new Set([
  'typing', 'upload_photo', 'record_video', 'upload_video', 'record_voice', 'upload_voice', 'upload_document',
  'choose_sticker', 'find_location', 'record_video_note', 'upload_video_note',
]);
