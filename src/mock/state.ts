import type { BotCommand, Chat, InlineQueryResult, InlineQueryResultsButton, Message, User, UserFromGetMe } from 'grammy/types';
import type { Fault } from './faults.js';
import type { Params } from './params.js';
import { UpdateQueue } from './update-queue.js';

/** One chat the mock knows: its Chat object, its messages, and (for forums) its topics. */
export interface ChatRecord {
  readonly chat: Chat;
  nextMessageId: number;
  readonly messages: Map<number, Message>;
  /** Forum topics: thread id → the service message that created the topic. */
  readonly topics: Map<number, Message>;
  /** Group privacy mode on: the bot only receives commands for it, replies to it and service messages. */
  readonly privacyMode: boolean;
  /** Private chats: the user blocked the bot (sendMessage answers 403). */
  blocked: boolean;
  /** Groups: who is in it and as what (getChatMember); a person who posts joins as a member. */
  readonly members: Map<number, MemberStatus>;
}

/** A group member's standing, as getChatMember reports it; anyone else has "left". */
export type MemberStatus = 'creator' | 'administrator' | 'member';

/** Every Bot API call the bot made, in order, for assertions. */
export interface RecordedCall {
  readonly seq: number;
  /** The method name as the bot spelled it in the URL. */
  readonly method: string;
  readonly params: Params;
  /** Date.now() when the request arrived. */
  readonly at: number;
  /** The fault injected into this call, if any. */
  fault?: Fault;
  /** How it was answered: HTTP status and description (undefined while in flight). */
  outcome?: { readonly status: number; readonly description?: string } | 'dropped';
}

export interface CallbackAnswer {
  readonly text?: string;
  readonly show_alert?: boolean;
  readonly url?: string;
  readonly cache_time?: number;
}

export interface InlineAnswer {
  readonly results: readonly InlineQueryResult[];
  readonly cache_time?: number;
  readonly is_personal?: boolean;
  readonly next_offset?: string;
  readonly button?: InlineQueryResultsButton;
}

/** What the bot did that a person would notice. */
export type BotEvent =
  | { readonly kind: 'message'; readonly chatId: number; readonly message: Message }
  | { readonly kind: 'edit'; readonly chatId: number; readonly message: Message }
  | { readonly kind: 'callback-answer'; readonly queryId: string; readonly answer: CallbackAnswer }
  | { readonly kind: 'inline-answer'; readonly queryId: string; readonly answer: InlineAnswer }
  | { readonly kind: 'chat-action'; readonly chatId: number; readonly action: string };

export interface WebhookConfig {
  readonly url: string;
  readonly secretToken?: string;
  readonly maxConnections?: number;
  readonly allowedUpdates?: readonly string[];
  lastErrorDate?: number;
  lastErrorMessage?: string;
}

export interface WebhookDelivery {
  readonly updateId: number;
  readonly at: number;
  /** HTTP status the bot answered with, or the network error. */
  readonly status?: number;
  readonly error?: string;
}

export interface PendingQuery {
  readonly from: User;
  /** Set once the bot answered: Telegram accepts one answer per query. */
  answered: boolean;
}

/** The whole simulated Telegram as seen by one bot. Plain data plus an event log. */
export class TelegramState {
  readonly chats = new Map<number, ChatRecord>();
  readonly updates = new UpdateQueue();
  readonly calls: RecordedCall[] = [];
  readonly events: BotEvent[] = [];
  readonly callbackQueries = new Map<string, PendingQuery>();
  readonly inlineQueries = new Map<string, PendingQuery>();
  /** Commands per scope and language ("default|", "all_group_chats|en", ...). */
  readonly commands = new Map<string, BotCommand[]>();
  /** Everyone createUser made, by id: getChatMember answers "user not found" for anyone else. */
  readonly users = new Map<number, User>();
  /** Values of harmless setters (setMyDescription and the like), by method. */
  readonly settings = new Map<string, Params>();
  webhook: WebhookConfig | null = null;
  /** The getUpdates call holding the connection; a newer one terminates it with 409. */
  activePoll: AbortController | null = null;
  /** Webhook delivery attempts, for assertions. */
  readonly deliveries: WebhookDelivery[] = [];
  private nextUserId = 1_000_001;
  private nextGroupId = 4_000_001;
  private nextQueryId = 1;
  private readonly listeners = new Set<(event: BotEvent) => void>();
  private readonly callListeners = new Set<(call: RecordedCall) => void>();

  constructor(readonly token: string, readonly bot: UserFromGetMe) {}

  newUserId(): number {
    return this.nextUserId++;
  }

  newGroupId(): number {
    return this.nextGroupId++;
  }

  /** Query ids are opaque strings on Telegram; these look like them. */
  newQueryId(): string {
    return `${this.bot.id}${String(this.nextQueryId++).padStart(8, '0')}`;
  }

  addChat(chat: Chat, privacyMode = false): ChatRecord {
    const record: ChatRecord = { chat, nextMessageId: 1, messages: new Map(), topics: new Map(), privacyMode, blocked: false, members: new Map() };
    this.chats.set(chat.id, record);
    return record;
  }

  chat(chatId: number): ChatRecord | undefined {
    return this.chats.get(chatId);
  }

  /** Stores a message under the next id of its chat and returns it. */
  storeMessage(record: ChatRecord, build: (messageId: number) => Message): Message {
    const message = build(record.nextMessageId++);
    record.messages.set(message.message_id, message);
    return message;
  }

  recordCall(call: RecordedCall): void {
    this.calls.push(call);
    for (const listener of [...this.callListeners]) listener(call);
  }

  onCall(listener: (call: RecordedCall) => void): () => void {
    this.callListeners.add(listener);
    return () => {
      this.callListeners.delete(listener);
    };
  }

  emit(event: BotEvent): void {
    this.events.push(event);
    for (const listener of [...this.listeners]) listener(event);
  }

  subscribe(listener: (event: BotEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Resolves with the first event at index >= `from` in the event log that matches,
   * waiting up to `timeoutMs` for one to happen.
   */
  waitForEvent<E extends BotEvent>(
    matches: (event: BotEvent) => event is E,
    options: { timeoutMs: number; from?: number; describe?: string },
  ): Promise<{ event: E; index: number }> {
    const from = options.from ?? 0;
    for (let index = from; index < this.events.length; index++) {
      const event = this.events[index];
      if (event !== undefined && matches(event)) return Promise.resolve({ event, index });
    }
    return new Promise((resolve, reject) => {
      const unsubscribe = this.subscribe((event) => {
        if (!matches(event)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve({ event, index: this.events.lastIndexOf(event) });
      });
      const timer = setTimeout(() => {
        unsubscribe();
        const recent = this.calls.slice(-8).map((call) => `${call.method}→${describeOutcome(call)}`).join(', ');
        reject(new Error(`Timed out after ${options.timeoutMs} ms waiting for ${options.describe ?? 'a bot event'}; last calls: ${recent || 'none'}`));
      }, options.timeoutMs);
    });
  }
}

function describeOutcome(call: RecordedCall): string {
  if (call.outcome === undefined) return 'pending';
  if (call.outcome === 'dropped') return 'dropped';
  return call.outcome.description === undefined ? String(call.outcome.status) : `${call.outcome.status} ${call.outcome.description}`;
}
