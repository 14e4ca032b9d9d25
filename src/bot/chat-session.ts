/**
 * What the bot remembers about a chat, in grammY session storage (memory, or files
 * under SESSION_DIR): the chat's current report, and the question waiting for a
 * "which report?" button. Only ids and the question itself; never anything else.
 */
import { session, type SessionFlavor, type StorageAdapter } from 'grammy';
import type { Context, MiddlewareFn } from 'grammy';
import type { AskOptions } from '../engine/index.js';

/** A question that several reports answer, waiting for the person to pick one. */
export interface PendingQuestion {
  /** Names this question in the buttons' data, so a button of an older question cannot answer a newer one. */
  readonly token: string;
  readonly question: string;
  readonly reports: readonly string[];
  /** When it was asked (ms since the epoch). */
  readonly at: number;
}

export interface ChatSession {
  /** The report of the chat's last answer, or the one chosen with /report. */
  report?: string;
  pending?: PendingQuestion;
}

export type ChatSessionFlavor = SessionFlavor<ChatSession>;

/** A pending question older than this is gone: its buttons get a polite "ask again". */
export const PENDING_TTL_MS = 15 * 60 * 1000;

/** A chat's key in session storage, for the bot and for whoever reads what it remembers (the console). */
export function sessionKey(chatId: number): string {
  return String(chatId);
}

/** The session middleware over `storage`: one session per chat; updates without a chat (inline) have none. */
export function chatSessions<C extends Context & ChatSessionFlavor>(storage: StorageAdapter<ChatSession>): MiddlewareFn<C> {
  return session<ChatSession, C>({ initial: () => ({}), storage, getSessionKey: (ctx) => (ctx.chatId === undefined ? undefined : sessionKey(ctx.chatId)) });
}

/** What the engine is asked with in a chat: its current report, if it has one. One place, so the console explains as the bot answered. */
export function askOptionsOf(chat: ChatSession | undefined): AskOptions {
  return chat?.report === undefined ? {} : { report: chat.report };
}

/** The chat's session, or undefined for updates that belong to no chat (inline queries, inline messages). */
export function chatSession(ctx: Context & ChatSessionFlavor): ChatSession | undefined {
  return ctx.chatId === undefined ? undefined : ctx.session;
}

/** A short random token for a pending question: enough to tell one from the chat's next, even within a millisecond. */
export function pendingToken(): string {
  return Math.floor(Math.random() * 36 ** 8).toString(36);
}
