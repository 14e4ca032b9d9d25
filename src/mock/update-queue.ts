import type { Update } from 'grammy/types';

/** The update types Telegram sends when allowed_updates is empty or absent. */
const DEFAULT_EXCLUDED = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

export type UpdateBody = Omit<Update, 'update_id'>;

/**
 * Pending updates with Telegram's offset semantics: an update stays (and is
 * redelivered) until a getUpdates call asks for an offset past it, or a webhook
 * answers it with 2xx.
 */
export class UpdateQueue {
  private pending: Update[] = [];
  private nextId: number;
  private allowed: readonly string[] = [];
  private readonly listeners = new Set<() => void>();
  private wakeScheduled = false;

  constructor(firstUpdateId = 100_001) {
    this.nextId = firstUpdateId;
  }

  push(body: UpdateBody): Update {
    const update: Update = { update_id: this.nextId++, ...body };
    this.pending.push(update);
    // Wake pollers on the next tick, so updates pushed together arrive as one batch as on Telegram.
    if (!this.wakeScheduled) {
      this.wakeScheduled = true;
      setImmediate(() => {
        this.wakeScheduled = false;
        for (const listener of [...this.listeners]) listener();
      });
    }
    return update;
  }

  /** getUpdates' offset: confirms everything before it; a negative offset keeps only the last -offset updates. */
  confirm(offset: number): void {
    if (offset < 0) this.pending = this.pending.slice(offset);
    else this.pending = this.pending.filter((update) => update.update_id >= offset);
  }

  /** Confirms one update (a webhook answered it). */
  remove(updateId: number): void {
    this.pending = this.pending.filter((update) => update.update_id !== updateId);
  }

  clear(): void {
    this.pending = [];
  }

  /** Telegram remembers allowed_updates until the next call that passes it. */
  setAllowed(types: readonly string[] | undefined): void {
    if (types !== undefined) this.allowed = types;
  }

  /** The first `limit` deliverable updates; updates of types the bot declined are dropped. */
  take(limit: number): Update[] {
    this.pending = this.pending.filter((update) => this.isAllowed(update));
    return this.pending.slice(0, limit);
  }

  get size(): number {
    return this.pending.length;
  }

  all(): readonly Update[] {
    return this.pending;
  }

  /** Resolves true when an update is pushed, false after `ms` or on abort. */
  wait(ms: number, signal?: AbortSignal): Promise<boolean> {
    return new Promise((resolve) => {
      if (signal?.aborted) {
        resolve(false);
        return;
      }
      const done = (arrived: boolean): void => {
        clearTimeout(timer);
        this.listeners.delete(onPush);
        signal?.removeEventListener('abort', onAbort);
        resolve(arrived);
      };
      const onPush = (): void => { done(true); };
      const onAbort = (): void => { done(false); };
      const timer = setTimeout(() => { done(false); }, ms);
      this.listeners.add(onPush);
      signal?.addEventListener('abort', onAbort);
    });
  }

  private isAllowed(update: Update): boolean {
    const type = Object.keys(update).find((key) => key !== 'update_id') ?? '';
    return this.allowed.length === 0 ? !DEFAULT_EXCLUDED.has(type) : this.allowed.includes(type);
  }
}
