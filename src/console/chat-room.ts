/**
 * The console's chats on the fake Bot API: a private chat with the editor, and a
 * group with several fake members. Everything a person does here goes through
 * FakeTelegram's users, so the real bot gets the same updates it would get from
 * Telegram. Each question's explanation is kept beside the bot's reply to it.
 */
import type { Message, User } from 'grammy/types';
import type { StorageAdapter } from 'grammy';
import { addressing } from '../bot/addressing.js';
import { askOptionsOf, sessionKey, type ChatSession } from '../bot/chat-session.js';
import type { FakeTelegram } from '../mock/index.js';
import type { BotEvent } from '../mock/index.js';
import type { ChatView, InlineResultsView, MessageView, PressResult, WhyView } from './api-types.js';
import type { LiveKnowledge } from './live-knowledge.js';
import { messageView, personName } from './message-view.js';
import { whyView } from './why-view.js';

/** How long to wait for the bot's first reply, and for more after it. */
export interface ReplyTiming {
  readonly replyTimeoutMs: number;
  readonly settleMs: number;
}

const DEFAULT_TIMING: ReplyTiming = { replyTimeoutMs: 10_000, settleMs: 150 };
/** Explanations kept for the latest answers; older ones are dropped. */
const MAX_EXPLANATIONS = 1_000;
/** The longest message a person can type in Telegram. */
export const MAX_TYPED_LENGTH = 4096;

export class ChatError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 = 400,
  ) {
    super(message);
  }
}

interface Room {
  readonly view: ChatView;
  readonly members: ReadonlyMap<number, User>;
}

type ChatEvent = Extract<BotEvent, { kind: 'message' | 'edit' }>;

export class ChatRoom {
  private readonly rooms = new Map<number, Room>();
  private readonly explanations = new Map<string, WhyView>();

  constructor(
    private readonly telegram: FakeTelegram,
    private readonly live: LiveKnowledge,
    /** The bot's own session storage: the "why" is explained with the chat's current report, as the bot answered. */
    private readonly sessions: StorageAdapter<ChatSession>,
    private readonly timing: ReplyTiming = DEFAULT_TIMING,
  ) {
    const users = telegram.users;
    const editor = users.createUser({ firstName: 'Biên tập viên', username: 'editor', languageCode: 'vi' });
    const privateChat = users.privateChat(editor).chat;
    this.add(privateChat.id, 'private', `${personName(editor)} ↔ @${telegram.bot.username}`, [editor]);
    const members = [
      editor,
      users.createUser({ firstName: 'Lan', lastName: 'Nguyễn', username: 'lan', languageCode: 'vi' }),
      users.createUser({ firstName: 'Minh', lastName: 'Trần', username: 'minh', languageCode: 'vi' }),
      users.createUser({ firstName: 'Sarah', lastName: 'Lee', username: 'sarah', languageCode: 'en' }),
    ];
    // The editor made the group, so may do what the bot keeps to admins (/report).
    const group = users.createGroup({ title: 'Phòng biên tập', supergroup: true, creator: editor });
    this.add(group.id, 'group', group.title ?? 'Group', members);
  }

  chats(): ChatView[] {
    return [...this.rooms.values()].map((room) => room.view);
  }

  messages(chatId: number): MessageView[] {
    this.room(chatId);
    const record = this.telegram.state.chat(chatId);
    const all = record === undefined ? [] : [...record.messages.values()];
    return all.filter((m) => m.forum_topic_created === undefined).map((m) => messageView(m, this.explanations.has(key(chatId, m.message_id))));
  }

  /**
   * The chat's messages once the bot has posted or edited one there since event `since`
   * (at once if it already has), or after `waitMs` regardless: the page's long poll, so
   * a late reply (a throttled chat, a merged group answer) shows without a timer.
   * `cursor` is where the next call picks up.
   */
  async messagesAfter(chatId: number, since: number, waitMs: number): Promise<{ messages: MessageView[]; cursor: number }> {
    this.room(chatId);
    const state = this.telegram.state;
    const touches = (e: BotEvent): e is ChatEvent => (e.kind === 'message' || e.kind === 'edit') && e.chatId === chatId;
    try {
      await state.waitForEvent(touches, { timeoutMs: waitMs, from: Math.min(since, state.events.length) });
    } catch {
      // Nothing new within the wait: the same messages, and the page asks again.
    }
    return { messages: this.messages(chatId), cursor: state.events.length };
  }

  why(chatId: number, messageId: number): WhyView {
    const found = this.explanations.get(key(chatId, messageId));
    if (found === undefined) throw new ChatError('No explanation for this message: it does not answer a question.', 404);
    return found;
  }

  /** A member types a message; resolves once the bot has replied (or clearly will not). */
  async send(chatId: number, fromId: number, text: string, replyTo?: number): Promise<void> {
    const room = this.room(chatId);
    const from = this.member(room, fromId);
    if (text.trim() === '') throw new ChatError('Type a message first.');
    if (text.length > MAX_TYPED_LENGTH) throw new ChatError(`A message holds at most ${MAX_TYPED_LENGTH} characters.`);
    if (replyTo !== undefined && this.telegram.state.chat(chatId)?.messages.get(replyTo) === undefined) {
      throw new ChatError('The message to reply to is not in this chat.', 404);
    }
    // Read before the message goes: what the bot will find in the session when it answers.
    const options = askOptionsOf(await this.sessions.read(sessionKey(chatId)));
    const from0 = this.telegram.state.events.length;
    const sent =
      room.view.kind === 'private'
        ? this.telegram.users.sendPrivate(from, text)
        : this.telegram.users.sendGroup(chatId, from, text, replyTo === undefined ? {} : { replyTo });
    const question = this.questionOf(sent.message);
    const why = question === undefined ? undefined : whyView(this.live.matcher.explain(question, options), this.live.kb);
    const expectsReply = room.view.kind === 'private' || question !== undefined || text.startsWith('/');
    const replies = await this.collect((e): e is ChatEvent => (e.kind === 'message' || e.kind === 'edit') && e.chatId === chatId, from0, expectsReply);
    if (why === undefined) return;
    for (const event of replies) if (event.kind === 'message') this.remember(chatId, event.message.message_id, why);
  }

  /** A member presses button `index` of a bot message; resolves once the bot answered the press. */
  async press(chatId: number, fromId: number, messageId: number, index: number): Promise<PressResult> {
    const room = this.room(chatId);
    const from = this.member(room, fromId);
    let queryId: string;
    try {
      queryId = this.telegram.users.pressButton(chatId, messageId, from, { index });
    } catch {
      throw new ChatError('That button is gone: the message no longer has it.', 404);
    }
    try {
      const answer = await this.telegram.waitForCallbackAnswer(queryId, { timeoutMs: this.timing.replyTimeoutMs });
      return answer.text === undefined || answer.text === '' ? {} : { notice: answer.text, ...(answer.show_alert === true ? { alert: true } : {}) };
    } catch {
      return { notice: 'The bot did not answer the button press.' };
    }
  }

  /** A member types "@bot query": the bot's inline results. */
  async inline(fromId: number, query: string): Promise<InlineResultsView> {
    const from = this.anyMember(fromId);
    if (query.length > 256) throw new ChatError('An inline query holds at most 256 characters.');
    const queryId = this.telegram.users.inlineQuery(from, query, { chatType: 'sender' });
    try {
      const answer = await this.telegram.waitForInlineAnswer(queryId, { timeoutMs: this.timing.replyTimeoutMs });
      return {
        queryId,
        results: answer.results.map((r) => ({
          id: r.id,
          title: 'title' in r && typeof r.title === 'string' ? r.title : r.id,
          description: 'description' in r && typeof r.description === 'string' ? r.description : '',
        })),
      };
    } catch {
      throw new ChatError('The bot did not answer the inline query.', 404);
    }
  }

  /** A member picks an inline result: it is posted in the chat via the bot, as Telegram does. */
  choose(chatId: number, fromId: number, queryId: string, resultId: string): void {
    const room = this.room(chatId);
    const from = this.member(room, fromId);
    try {
      this.telegram.users.chooseInlineResult(chatId, from, queryId, resultId);
    } catch {
      throw new ChatError('That inline result is not available any more: type the query again.', 404);
    }
  }

  /** What the bot takes as the question, the way its handlers do: /ask, a mention, a reply, or any private text. */
  private questionOf(message: Message): string | undefined {
    const text = message.text ?? '';
    const ask = /^\/ask(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/.exec(text);
    if (ask !== null) return blankToUndefined(ask[1]);
    if (text.startsWith('/')) return undefined;
    if (message.chat.type === 'private') return blankToUndefined(text);
    const address = addressing(message, this.telegram.bot);
    return address.addressed ? blankToUndefined(address.question) : undefined;
  }

  /**
   * Bot messages and edits in the chat from event `from` on: waits for the first up to
   * the reply timeout (only a short settle when no reply is expected), then for more
   * until none comes within the settle time.
   */
  private async collect(matches: (e: BotEvent) => e is ChatEvent, from: number, expectsReply: boolean): Promise<ChatEvent[]> {
    const found: ChatEvent[] = [];
    let cursor = from;
    let timeoutMs = expectsReply ? this.timing.replyTimeoutMs : this.timing.settleMs;
    for (;;) {
      try {
        const { event, index } = await this.telegram.state.waitForEvent(matches, { timeoutMs, from: cursor });
        found.push(event);
        cursor = index + 1;
        timeoutMs = this.timing.settleMs;
      } catch {
        return found;
      }
    }
  }

  private remember(chatId: number, messageId: number, why: WhyView): void {
    this.explanations.set(key(chatId, messageId), why);
    if (this.explanations.size > MAX_EXPLANATIONS) {
      const oldest = this.explanations.keys().next().value;
      if (oldest !== undefined) this.explanations.delete(oldest);
    }
  }

  private add(id: number, kind: ChatView['kind'], title: string, members: readonly User[]): void {
    this.rooms.set(id, {
      view: { id, kind, title, members: members.map((m) => ({ id: m.id, name: personName(m) })) },
      members: new Map(members.map((m) => [m.id, m])),
    });
  }

  private room(chatId: number): Room {
    const room = this.rooms.get(chatId);
    if (room === undefined) throw new ChatError(`There is no chat ${chatId} in the console.`, 404);
    return room;
  }

  private member(room: Room, fromId: number): User {
    const user = room.members.get(fromId);
    if (user === undefined) throw new ChatError(`Person ${fromId} is not in the chat "${room.view.title}".`, 404);
    return user;
  }

  private anyMember(fromId: number): User {
    for (const room of this.rooms.values()) {
      const user = room.members.get(fromId);
      if (user !== undefined) return user;
    }
    throw new ChatError(`Person ${fromId} is not in the console.`, 404);
  }
}

function key(chatId: number, messageId: number): string {
  return `${chatId}:${messageId}`;
}

function blankToUndefined(text: string | undefined): string | undefined {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}
