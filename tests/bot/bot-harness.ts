/** Test helper: a bot on the real engine and knowledge, a capturing transformer instead of Telegram, update builders. */
import type { Transformer } from 'grammy';
import type { Chat, Message, MessageEntity, Update, User, UserFromGetMe } from 'grammy/types';
import { createBot, type CreateBotOptions } from '../../src/bot/create-bot.js';
import { retryTransformers } from '../../src/bot/telegram-limits.js';
import { createMatcher, loadKnowledge } from '../../src/engine/index.js';
import { createLogger } from '../../src/log.js';

export const botInfo = {
  id: 4242, is_bot: true, first_name: 'Report', username: 'ReportBot', can_join_groups: true,
  can_read_all_group_messages: false, supports_inline_queries: true, can_connect_to_business: false,
  has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false,
  can_manage_bots: false, supports_join_request_queries: false,
} satisfies UserFromGetMe;
export const TOKEN = '123456789:AAtest_token-secret0123456789';
export const kb = loadKnowledge('knowledge');
export const alice = { id: 7, is_bot: false, first_name: 'Alice', language_code: 'vi' } satisfies User;
export const dm = { id: 7, type: 'private', first_name: 'Alice' } satisfies Chat;
export const group = { id: -1001, type: 'supergroup', title: 'Phòng họp' } satisfies Chat;

export interface Call { method: string; payload: Record<string, unknown> }
/** Answers a call instead of the default; undefined means "answer normally". */
export type Script = (call: Call) => { ok: false; error_code: number; description: string; parameters?: object } | undefined;

export interface HarnessOptions extends CreateBotOptions {
  /** Answers calls instead of the default capture (which answers every call with success). */
  script?: Script;
  /** A whole fake Telegram in place of the capture. */
  fake?: Transformer;
  /** The bot has not yet asked getMe who it is. */
  unidentified?: boolean;
  /** Install the production retries around the fake (the throttler is left out: its timers are real). */
  retries?: boolean;
}

export function makeBot(options: HarnessOptions = {}) {
  const calls: Call[] = [];
  const logs: Record<string, unknown>[] = [];
  const capture: Transformer = (_prev, method, payload) => {
    const call = { method, payload: payload as Record<string, unknown> };
    calls.push(call);
    const scripted = options.script?.(call);
    const result = method === 'sendMessage' ? { message_id: 900 + calls.length, date: 1, chat: dm, text: call.payload.text } : true;
    return Promise.resolve((scripted ?? { ok: true, result }) as never);
  };
  const logger = createLogger({ level: 'debug', secrets: [TOKEN], destination: { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) } });
  const bot = createBot(TOKEN, { kb, matcher: createMatcher(kb), logger }, options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit });
  // Installed first, so it is innermost: the limits installed next wrap it as they wrap the real Telegram.
  bot.api.config.use(options.fake ?? capture);
  if (options.retries === true) bot.api.config.use(...retryTransformers(logger));
  if (options.unidentified !== true) bot.botInfo = botInfo;
  const sent = (method = 'sendMessage') => calls.filter((c) => c.method === method).map((c) => c.payload);
  const errors = () => logs.filter((l) => l.level === 'error');
  return { bot, calls, logs, sent, errors };
}

let nextId = 1;
/** Entities as Telegram adds them: a leading command and @mentions. */
function entitiesOf(text: string): MessageEntity[] {
  const found: MessageEntity[] = [];
  const command = /^\/\S+/.exec(text);
  if (command) found.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const m of text.matchAll(/(?<!\S)@\w+/g)) found.push({ type: 'mention', offset: m.index, length: m[0].length });
  return found;
}
// Typed as having no reply, so a built message can also serve as the one replied to.
type NonChannelMessage = Message & Update.NonChannel & { reply_to_message: undefined };
export function message(fields: Partial<Message> = {}, chat: Chat = dm, from: User = alice): NonChannelMessage {
  const entities = fields.text === undefined ? [] : entitiesOf(fields.text);
  return { message_id: nextId++, date: 1, chat, from, ...(entities.length ? { entities } : {}), ...fields } as NonChannelMessage;
}
export const update = (fields: Omit<Update, 'update_id'>): Update => ({ update_id: nextId++, ...fields });
export const text = (t: string, chat: Chat = dm, extra: Partial<Message> = {}, from: User = alice) =>
  update({ message: message({ text: t, ...extra }, chat, from) });
export const press = (data: string | undefined, msg: Message = message({ text: 'old', from: botInfo }), from: User = alice) =>
  update({ callback_query: { id: String(nextId++), from, chat_instance: 'ci', message: msg, ...(data === undefined ? {} : { data }) } });

/** The substrings a sent text marks with entities of `type` (e.g. every bold piece), as Telegram would show them. */
export function styledTexts(payload: Record<string, unknown> | undefined, type: MessageEntity['type']): string[] {
  const text = typeof payload?.text === 'string' ? payload.text : '';
  const entities = (payload?.entities ?? []) as MessageEntity[];
  return entities.filter((e) => e.type === type).map((e) => text.slice(e.offset, e.offset + e.length));
}
