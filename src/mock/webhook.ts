import { setTimeout as sleep } from 'node:timers/promises';
import type { TelegramState, WebhookConfig } from './state.js';

export interface WebhookOptions {
  /** First wait after a failed delivery; doubles up to maxBackoffMs. */
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
  /** How long the bot may take to answer one delivery. */
  readonly requestTimeoutMs: number;
}

/** A bot's answer to a webhook may itself be a method call ("webhook reply"). */
export type WebhookReplyHandler = (method: string, params: Record<string, unknown>) => Promise<void>;

/**
 * Delivers pending updates to the webhook one at a time, in order, with the
 * secret token header; an update is confirmed only by a 2xx answer, otherwise
 * retried after a bounded backoff, as Telegram does.
 */
export class WebhookDelivery {
  private controller: AbortController | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly state: TelegramState,
    private readonly options: WebhookOptions,
    private readonly onReply: WebhookReplyHandler,
  ) {}

  /** Follows the current state.webhook: stops the old loop, starts a new one if a webhook is set. */
  restart(): void {
    this.controller?.abort();
    const config = this.state.webhook;
    if (config === null) {
      this.controller = null;
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    const previous = this.running;
    this.running = previous.then(() => this.loop(config, controller.signal));
  }

  async stop(): Promise<void> {
    this.controller?.abort();
    this.controller = null;
    await this.running;
  }

  private async loop(config: WebhookConfig, signal: AbortSignal): Promise<void> {
    let backoff = this.options.initialBackoffMs;
    while (!signal.aborted) {
      const [update] = this.state.updates.take(1);
      if (update === undefined) {
        await this.state.updates.wait(60_000, signal);
        continue;
      }
      const outcome = await this.deliver(config, update, signal);
      if (isAborted(signal)) return;
      this.state.deliveries.push({ updateId: update.update_id, at: Date.now(), ...outcome });
      if (outcome.status !== undefined && outcome.status >= 200 && outcome.status < 300) {
        this.state.updates.remove(update.update_id);
        backoff = this.options.initialBackoffMs;
        continue;
      }
      config.lastErrorDate = Math.floor(Date.now() / 1000);
      config.lastErrorMessage = outcome.error ?? `Wrong response from the webhook: ${String(outcome.status)}`;
      try {
        await sleep(backoff, undefined, { signal });
      } catch {
        return;
      }
      backoff = Math.min(backoff * 2, this.options.maxBackoffMs);
    }
  }

  private async deliver(config: WebhookConfig, update: object, signal: AbortSignal): Promise<{ status?: number; error?: string }> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (config.secretToken !== undefined) headers['x-telegram-bot-api-secret-token'] = config.secretToken;
    try {
      const response = await fetch(config.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(update),
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.options.requestTimeoutMs)]),
      });
      const body = await response.text();
      if (response.ok) await this.replyFrom(body);
      return { status: response.status };
    } catch (error) {
      return { error: error instanceof Error ? `Connection failed: ${error.message}` : 'Connection failed' };
    }
  }

  private async replyFrom(body: string): Promise<void> {
    if (body.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return;
    }
    if (typeof parsed === 'object' && parsed !== null && 'method' in parsed && typeof parsed.method === 'string') {
      const { method, ...params } = parsed as Record<string, unknown> & { method: string };
      await this.onReply(method, params);
    }
  }
}

/**
 * `signal.aborted` read through a call. After `while (!signal.aborted)` the
 * type checker narrows it to false and does not know an await can change it,
 * so a direct `if (signal.aborted)` after the delivery is flagged as always
 * false (no-unnecessary-condition). The webhook may be removed or the server
 * closed while a delivery is in flight; that delivery must then not be
 * recorded or retried.
 */
function isAborted(signal: AbortSignal): boolean {
  return signal.aborted;
}
