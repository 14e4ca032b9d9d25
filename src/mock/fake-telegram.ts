import { randomBytes, randomInt } from 'node:crypto';
import type { Message, Update, UserFromGetMe } from 'grammy/types';
import { FaultPlan } from './faults.js';
import { LoopLag } from './loop-lag.js';
import { ApiServer } from './server.js';
import { SendLimits, TELEGRAM_SEND_LIMITS, type SendLimitOptions } from './send-limits.js';
import { TelegramState, type BotEvent, type CallbackAnswer, type InlineAnswer, type RecordedCall, type WebhookDelivery as Delivery } from './state.js';
import { UserActions } from './users.js';
import { WebhookDelivery, type WebhookOptions } from './webhook.js';

export interface FakeTelegramOptions {
  /** The bot's token; default a fresh, realistic one. Any other token gets 401. */
  readonly token?: string;
  /** The bot's @username (without @); default "mock_report_bot". */
  readonly botUsername?: string;
  readonly botName?: string;
  /** Default 127.0.0.1 and an ephemeral port. */
  readonly host?: string;
  readonly port?: number;
  /** Longest a long poll is held, whatever the bot asked for (default 10 s), so nothing hangs. */
  readonly maxLongPollMs?: number;
  /** Reject a bare "&" in HTML (default true; Telegram is laxer, see html.ts). */
  readonly strictAmpersand?: boolean;
  readonly webhook?: Partial<WebhookOptions>;
  /** Telegram's sending limits (default TELEGRAM_SEND_LIMITS), or false for none. */
  readonly sendLimits?: SendLimitOptions | false;
  /** Every call answered after at least this long, like the real server's latency (default 0). */
  readonly latencyMs?: number;
  /** One line per Bot API call (the CLI prints them). */
  readonly log?: (line: string) => void;
}

export interface WaitOptions {
  readonly timeoutMs?: number;
}

const DEFAULT_WAIT_MS = 5_000;

/** A realistic token: numeric bot id, colon, 35 URL-safe characters. */
export function generateToken(botId = randomInt(6_000_000_000, 7_999_999_999)): string {
  return `${botId}:AA${randomBytes(27).toString('base64url').slice(0, 33)}`;
}

/**
 * A fake Telegram Bot API for one bot, on 127.0.0.1: the bot talks to it over
 * HTTP (point TELEGRAM_API_ROOT at apiRoot), tests act as users through `users`,
 * inject failures through `faults`, and read back what the bot did.
 */
export class FakeTelegram {
  readonly users: UserActions;
  private readonly messageCursor = new Map<number, number>();
  private readonly editCursor = new Map<number, number>();

  private constructor(
    readonly state: TelegramState,
    readonly apiRoot: string,
    /** Inject failures: faults.flood('sendMessage', 2), faults.serverError(...), faults.drop(...). */
    readonly faults: FaultPlan,
    private readonly server: ApiServer,
    private readonly delivery: WebhookDelivery,
    private readonly limits: SendLimits | undefined,
    private readonly lag: LoopLag,
  ) {
    this.users = new UserActions(state);
  }

  static async start(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
    const token = options.token ?? generateToken();
    const botId = Number(/^(\d+):/.exec(token)?.[1] ?? '1');
    const bot: UserFromGetMe = {
      id: botId,
      is_bot: true,
      first_name: options.botName ?? 'Report bot (mock)',
      username: options.botUsername ?? 'mock_report_bot',
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: true,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    };
    const state = new TelegramState(token, bot);
    const faults = new FaultPlan();
    // Webhook replies run through the server, which is built after the delivery it notifies.
    const serverRef: { current?: ApiServer } = {};
    const delivery = new WebhookDelivery(
      state,
      { initialBackoffMs: 100, maxBackoffMs: 2_000, requestTimeoutMs: 10_000, ...options.webhook },
      async (method, params) => {
        await serverRef.current?.invoke(method, params);
      },
    );
    const lag = new LoopLag();
    const limits = options.sendLimits === false ? undefined : new SendLimits(options.sendLimits ?? TELEGRAM_SEND_LIMITS, (within, now) => lag.longestWithin(within, now));
    if (limits !== undefined) lag.start();
    const server = new ApiServer(state, faults, {
      ...(limits === undefined ? {} : { sendLimits: limits }),
      latencyMs: options.latencyMs ?? 0,
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 0,
      maxLongPollMs: options.maxLongPollMs ?? 10_000,
      format: { strictAmpersand: options.strictAmpersand ?? true },
      webhookChanged: () => {
        delivery.restart();
      },
      ...(options.log === undefined ? {} : { log: options.log }),
    });
    serverRef.current = server;
    const apiRoot = await server.listen();
    return new FakeTelegram(state, apiRoot, faults, server, delivery, limits, lag);
  }

  /** How many calls the sending limits answered 429 (0 when the bot kept within them). */
  get tooManyRequests(): number {
    return this.limits?.refused ?? 0;
  }

  get token(): string {
    return this.state.token;
  }

  get bot(): UserFromGetMe {
    return this.state.bot;
  }

  /** Every call the bot made, in order; with a method, only those (case-insensitive). */
  calls(method?: string): RecordedCall[] {
    const wanted = method?.toLowerCase();
    return this.state.calls.filter((call) => wanted === undefined || call.method.toLowerCase() === wanted);
  }

  /** Calls that Telegram accepted (HTTP 200). */
  successfulCalls(method: string): RecordedCall[] {
    return this.calls(method).filter((call) => call.outcome !== undefined && call.outcome !== 'dropped' && call.outcome.status === 200);
  }

  /** The bot's messages in a chat, as they are now (after edits). */
  botMessages(chatId: number): Message[] {
    const record = this.state.chat(chatId);
    if (record === undefined) return [];
    return [...record.messages.values()].filter((message) => message.from?.id === this.bot.id);
  }

  /** Updates not yet confirmed by the bot. */
  pendingUpdates(): readonly Update[] {
    return this.state.updates.all();
  }

  webhookDeliveries(): readonly Delivery[] {
    return this.state.deliveries;
  }

  /**
   * The next message the bot sends to the chat that an earlier call has not returned
   * (each call moves a per-chat cursor), waiting up to timeoutMs.
   */
  async waitForBotMessage(chatId: number, options: WaitOptions = {}): Promise<Message> {
    return this.nextInChat('message', this.messageCursor, chatId, options);
  }

  /** The next edit of a bot message in the chat, like waitForBotMessage. */
  async waitForBotEdit(chatId: number, options: WaitOptions = {}): Promise<Message> {
    return this.nextInChat('edit', this.editCursor, chatId, options);
  }

  async waitForCallbackAnswer(queryId: string, options: WaitOptions = {}): Promise<CallbackAnswer> {
    const { event } = await this.state.waitForEvent(
      (e): e is Extract<BotEvent, { kind: 'callback-answer' }> => e.kind === 'callback-answer' && e.queryId === queryId,
      { timeoutMs: options.timeoutMs ?? DEFAULT_WAIT_MS, describe: `answerCallbackQuery(${queryId})` },
    );
    return event.answer;
  }

  async waitForInlineAnswer(queryId: string, options: WaitOptions = {}): Promise<InlineAnswer> {
    const { event } = await this.state.waitForEvent(
      (e): e is Extract<BotEvent, { kind: 'inline-answer' }> => e.kind === 'inline-answer' && e.queryId === queryId,
      { timeoutMs: options.timeoutMs ?? DEFAULT_WAIT_MS, describe: `answerInlineQuery(${queryId})` },
    );
    return event.answer;
  }

  /** The first call to `method` (optionally matching `where`), already made or still to come. */
  waitForCall(method: string, options: WaitOptions & { where?: (call: RecordedCall) => boolean } = {}): Promise<RecordedCall> {
    const matches = (call: RecordedCall): boolean =>
      call.method.toLowerCase() === method.toLowerCase() && (options.where?.(call) ?? true);
    const existing = this.state.calls.find(matches);
    if (existing !== undefined) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const stop = this.state.onCall((call) => {
        if (!matches(call)) return;
        clearTimeout(timer);
        stop();
        resolve(call);
      });
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`Timed out waiting for a ${method} call`));
      }, options.timeoutMs ?? DEFAULT_WAIT_MS);
    });
  }

  async close(): Promise<void> {
    // A call still held would keep its connection, and the server, open.
    this.faults.clear();
    this.lag.stop();
    await this.delivery.stop();
    await this.server.close();
  }

  private async nextInChat(kind: 'message' | 'edit', cursors: Map<number, number>, chatId: number, options: WaitOptions): Promise<Message> {
    const { event, index } = await this.state.waitForEvent(
      (e): e is Extract<BotEvent, { kind: 'message' | 'edit' }> => e.kind === kind && e.chatId === chatId,
      { timeoutMs: options.timeoutMs ?? DEFAULT_WAIT_MS, from: cursors.get(chatId) ?? 0, describe: `a bot ${kind} in chat ${chatId}` },
    );
    cursors.set(chatId, index + 1);
    return event.message;
  }
}
