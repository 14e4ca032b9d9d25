import type { Message, User } from 'grammy/types';
import type { FormatOptions } from '../formatting.js';
import type { Params } from '../params.js';
import type { TelegramState } from '../state.js';

/** What every method handler can reach. */
export interface MethodContext {
  readonly state: TelegramState;
  readonly format: FormatOptions;
  /** Aborted when the bot's connection goes away (a cancelled long poll). */
  readonly signal: AbortSignal;
  /** Longest a getUpdates call may hold the connection, whatever timeout the bot asked for. */
  readonly maxLongPollMs: number;
  /** Called after setWebhook/deleteWebhook so delivery follows the new configuration. */
  readonly webhookChanged: () => void;
}

export type MethodHandler = (params: Params, context: MethodContext) => unknown;

/** The bot as the `from` of its own messages. */
export function botUser(state: TelegramState): User {
  const { id, first_name, username } = state.bot;
  return { id, is_bot: true, first_name, username };
}

/** A message as it appears inside another one (reply_to_message): one level deep only. */
export function shallow(message: Message): Message {
  const copy = { ...message };
  delete copy.reply_to_message;
  return copy;
}

export function now(): number {
  return Math.floor(Date.now() / 1000);
}
