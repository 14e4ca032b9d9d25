/** A message ready to send: text with its entities, optional buttons. */
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { FormattedText } from '../../render/formatted-text.js';

export interface Draft extends FormattedText {
  readonly reply_markup?: InlineKeyboardMarkup;
}

/** A draft from formatted text, with buttons when there are any. */
export function draft(formatted: FormattedText, reply_markup?: InlineKeyboardMarkup): Draft {
  return reply_markup === undefined ? formatted : { ...formatted, reply_markup };
}
