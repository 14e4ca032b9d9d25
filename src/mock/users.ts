import type { Chat, Message, MessageEntity, Update, User } from 'grammy/types';
import { parseFormatted } from './formatting.js';
import { botUser, now, shallow } from './methods/method-context.js';
import type { ChatRecord, TelegramState } from './state.js';
import { detectEntities } from './user-entities.js';

export interface UserOptions {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly username?: string;
  /** IETF language tag of the person's Telegram app, e.g. "vi" or "en". */
  readonly languageCode?: string;
}

export interface GroupOptions {
  readonly title?: string;
  /** A supergroup (ids -100…) rather than a basic group. */
  readonly supergroup?: boolean;
  /** A supergroup with topics. */
  readonly forum?: boolean;
  /**
   * Bot privacy mode on: the bot only receives commands (bare or addressed to
   * it), replies to its messages and service messages; not plain messages, and
   * not mentions, which some clients do not deliver. Default off.
   */
  readonly privacyMode?: boolean;
  /** Who made the group (status "creator"): only they and `admins` may do what a bot keeps to admins. */
  readonly creator?: User;
  readonly admins?: readonly User[];
}

export interface SendOptions {
  /** Reply to this message of the same chat. */
  readonly replyTo?: number;
  /** Post in this forum topic. */
  readonly threadId?: number;
  /** Override the entities Telegram would detect. */
  readonly entities?: MessageEntity[];
}

export interface Sent {
  readonly message: Message;
  /** The update delivered to the bot; undefined when privacy mode kept it from the bot. */
  readonly update: Update | undefined;
}

/**
 * Which button is pressed. `forgedData` sends callback data the message's buttons do not
 * hold, as a modified client can, to try the bot on data it never wrote.
 */
export type ButtonChoice = { readonly data: string } | { readonly text: string } | { readonly index: number } | { readonly forgedData: string };

/**
 * Acting as people: every action stores what Telegram would store and queues
 * the update the bot would receive, shaped like a real one.
 */
export class UserActions {
  constructor(private readonly state: TelegramState) {}

  createUser(options: UserOptions = {}): User {
    const id = this.state.newUserId();
    const user: User = {
      id,
      is_bot: false,
      first_name: options.firstName ?? `User${id}`,
      ...(options.lastName === undefined ? {} : { last_name: options.lastName }),
      ...(options.username === undefined ? {} : { username: options.username }),
      ...(options.languageCode === undefined ? {} : { language_code: options.languageCode }),
    };
    this.state.users.set(id, user);
    return user;
  }

  createGroup(options: GroupOptions = {}): Chat {
    const id = this.state.newGroupId();
    const title = options.title ?? `Group ${id}`;
    const chat: Chat =
      options.supergroup === true || options.forum === true
        ? { id: -(1_000_000_000_000 + id), type: 'supergroup', title, ...(options.forum === true ? { is_forum: true as const } : {}) }
        : { id: -id, type: 'group', title };
    const record = this.state.addChat(chat, options.privacyMode ?? false);
    if (options.creator !== undefined) record.members.set(options.creator.id, 'creator');
    for (const admin of options.admins ?? []) record.members.set(admin.id, 'administrator');
    // In a forum, thread id 1 is the General topic; real topics get later ids.
    if (options.forum === true) record.nextMessageId = 2;
    return chat;
  }

  /** Opens a forum topic; returns its message_thread_id (the id of the service message that created it). */
  createTopic(chatId: number, from: User, name: string): number {
    const record = this.record(chatId);
    if (record.chat.type !== 'supergroup' || record.chat.is_forum !== true) throw new Error(`chat ${chatId} is not a forum`);
    const message = this.state.storeMessage(record, (message_id) => ({
      message_id,
      message_thread_id: message_id,
      from,
      chat: record.chat,
      date: now(),
      forum_topic_created: { name, icon_color: 0x6fb9f0 },
    }));
    record.topics.set(message.message_id, message);
    this.deliver(record, message);
    return message.message_id;
  }

  /** A private message to the bot (opens the private chat on first use). */
  sendPrivate(from: User, text: string, options: SendOptions = {}): Sent {
    return this.sendText(this.privateChat(from), from, text, options);
  }

  /** A message in a group or forum; commands, mentions and links get their entities. */
  sendGroup(chatId: number, from: User, text: string, options: SendOptions = {}): Sent {
    return this.sendText(this.record(chatId), from, text, options);
  }

  sendSticker(chatId: number, from: User, options: { emoji?: string; threadId?: number } = {}): Sent {
    const record = chatId === from.id ? this.privateChat(from) : this.record(chatId);
    const emoji = options.emoji ?? '👍';
    return this.post(record, from, { replyTo: undefined, threadId: options.threadId }, {
      sticker: {
        file_id: `CAACAgIAAxkBAAE${String(Date.now())}`,
        file_unique_id: `AgAD${String(Date.now())}`,
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji,
      },
    });
  }

  /** A photo, with a caption (whose commands and mentions get their entities) or without. */
  sendPhoto(chatId: number, from: User, options: { caption?: string; threadId?: number } = {}): Sent {
    const record = chatId === from.id ? this.privateChat(from) : this.record(chatId);
    const id = String(Date.now());
    const entities = options.caption === undefined ? [] : detectEntities(options.caption);
    return this.post(record, from, { replyTo: undefined, threadId: options.threadId }, {
      photo: [
        { file_id: `AgACAgIAAxkBAAE${id}s`, file_unique_id: `AQAD${id}s`, width: 90, height: 67, file_size: 1_200 },
        { file_id: `AgACAgIAAxkBAAE${id}m`, file_unique_id: `AQAD${id}m`, width: 1280, height: 960, file_size: 98_000 },
      ],
      ...(options.caption === undefined ? {} : { caption: options.caption }),
      ...(entities.length > 0 ? { caption_entities: entities } : {}),
    });
  }

  /** The person edits one of their messages: an edited_message update. */
  editMessage(chatId: number, messageId: number, text: string): Update {
    const record = this.record(chatId);
    const original = record.messages.get(messageId);
    if (original?.text === undefined) throw new Error(`no text message ${messageId} in chat ${chatId}`);
    const entities = detectEntities(text);
    const edited = { ...original, text, edit_date: now() } as Message;
    delete edited.entities;
    if (entities.length > 0) edited.entities = entities;
    record.messages.set(messageId, edited);
    return this.state.updates.push({ edited_message: edited as Update['edited_message'] & object });
  }

  /** Typing "@bot query" in a chat of `chatType`; returns the inline query id (see waitForInlineAnswer). */
  inlineQuery(from: User, query: string, options: { chatType?: 'sender' | 'private' | 'group' | 'supergroup' | 'channel'; offset?: string } = {}): string {
    const id = this.state.newQueryId();
    this.state.inlineQueries.set(id, { from, answered: false });
    this.state.updates.push({
      inline_query: { id, from, query, offset: options.offset ?? '', ...(options.chatType ? { chat_type: options.chatType } : {}) },
    });
    return id;
  }

  /** Presses an inline button of a bot message; returns the callback query id (see waitForCallbackAnswer). */
  pressButton(chatId: number, messageId: number, from: User, choice: ButtonChoice): string {
    const record = this.record(chatId);
    const message = record.messages.get(messageId);
    const buttons = (message?.reply_markup?.inline_keyboard ?? []).flat();
    if ('forgedData' in choice) {
      if (message === undefined) throw new Error(`no message ${messageId} in chat ${chatId}`);
      return this.queueCallback(from, message, choice.forgedData);
    }
    const button =
      'data' in choice
        ? buttons.find((candidate) => 'callback_data' in candidate && candidate.callback_data === choice.data)
        : 'text' in choice
          ? buttons.find((candidate) => candidate.text === choice.text)
          : buttons[choice.index];
    if (message === undefined || button === undefined || !('callback_data' in button)) {
      throw new Error(`message ${messageId} in chat ${chatId} has no such callback button`);
    }
    return this.queueCallback(from, message, button.callback_data);
  }

  private queueCallback(from: User, message: Message, data: string): string {
    const id = this.state.newQueryId();
    this.state.callbackQueries.set(id, { from, answered: false });
    this.state.updates.push({
      callback_query: { id, from, message, chat_instance: String(-message.chat.id * 7 + 1), data },
    });
    return id;
  }

  /**
   * The person picks result `resultId` of an answered inline query: the chosen
   * content is posted in `chatId` "via" the bot, as Telegram does.
   */
  chooseInlineResult(chatId: number, from: User, queryId: string, resultId: string): Sent {
    const answer = this.state.events.find((event) => event.kind === 'inline-answer' && event.queryId === queryId);
    const result = answer?.kind === 'inline-answer' ? answer.answer.results.find((candidate) => candidate.id === resultId) : undefined;
    const content = result !== undefined && 'input_message_content' in result ? result.input_message_content : undefined;
    if (content === undefined || !('message_text' in content)) throw new Error(`inline query ${queryId} has no text result ${resultId}`);
    const formatted = parseFormatted(content.message_text, content.parse_mode, content.entities);
    const record = chatId === from.id ? this.privateChat(from) : this.record(chatId);
    return this.post(record, from, {}, {
      text: formatted.text,
      ...(formatted.entities.length > 0 ? { entities: formatted.entities } : {}),
      via_bot: botUser(this.state),
    });
  }

  /** The person blocks (or unblocks) the bot: sendMessage to them answers 403. */
  setBlocked(user: User, blocked: boolean): void {
    this.privateChat(user).blocked = blocked;
  }

  privateChat(user: User): ChatRecord {
    const existing = this.state.chat(user.id);
    if (existing !== undefined) return existing;
    return this.state.addChat({
      id: user.id,
      type: 'private',
      first_name: user.first_name,
      ...(user.last_name === undefined ? {} : { last_name: user.last_name }),
      ...(user.username === undefined ? {} : { username: user.username }),
    });
  }

  private record(chatId: number): ChatRecord {
    const record = this.state.chat(chatId);
    if (record === undefined) throw new Error(`unknown chat ${chatId}: create it with createGroup or sendPrivate`);
    return record;
  }

  private sendText(record: ChatRecord, from: User, text: string, options: SendOptions): Sent {
    const entities = options.entities ?? detectEntities(text);
    return this.post(record, from, options, { text, ...(entities.length > 0 ? { entities } : {}) });
  }

  private post(record: ChatRecord, from: User, options: { replyTo?: number | undefined; threadId?: number | undefined }, content: Partial<Message>): Sent {
    const replied = options.replyTo === undefined ? undefined : record.messages.get(options.replyTo);
    if (options.replyTo !== undefined && replied === undefined) throw new Error(`no message ${options.replyTo} in chat ${record.chat.id}`);
    const threadId = options.threadId ?? (replied?.is_topic_message === true ? replied.message_thread_id : undefined);
    const topic = threadId === undefined ? undefined : record.topics.get(threadId);
    if (threadId !== undefined && topic === undefined) throw new Error(`no topic ${threadId} in chat ${record.chat.id}`);
    // In a topic, a message that replies to nothing replies to the topic's creation message.
    const replyTo = replied ?? topic;
    // Only a member can post in a group: whoever does is one from now on.
    if (record.chat.type !== 'private' && !record.members.has(from.id)) record.members.set(from.id, 'member');
    const message = this.state.storeMessage(record, (message_id) => ({
      message_id,
      from,
      chat: record.chat,
      date: now(),
      ...(threadId === undefined ? {} : { message_thread_id: threadId, is_topic_message: true }),
      ...(replyTo === undefined ? {} : { reply_to_message: shallow(replyTo) }),
      ...content,
    }) as Message);
    return { message, update: this.deliver(record, message) };
  }

  /** Queues the update unless group privacy mode keeps the message from the bot. */
  private deliver(record: ChatRecord, message: Message): Update | undefined {
    if (record.privacyMode && record.chat.type !== 'private' && !this.visibleWithPrivacy(message)) return undefined;
    return this.state.updates.push({ message: message as Update['message'] & object });
  }

  private visibleWithPrivacy(message: Message): boolean {
    if (message.text === undefined && message.sticker === undefined && message.photo === undefined) return true; // service messages
    if (message.reply_to_message?.from?.id === this.state.bot.id) return true;
    // "/cmd" reaches every bot in the group, "/cmd@name" only the bot called name; a caption counts as text.
    const command = /^\/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?(?![A-Za-z0-9_@])/.exec(message.text ?? message.caption ?? '');
    if (command === null) return false;
    const target = command[1];
    return target === undefined || target.toLowerCase() === this.state.bot.username.toLowerCase();
  }
}
