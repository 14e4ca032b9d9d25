/**
 * Where per-chat state lives (the chat's current report, …): a grammY
 * StorageAdapter. In memory by default, with expiry that also frees memory:
 * grammY's MemorySessionStorage only drops an expired session when it is read
 * again, so a chat that never comes back would stay forever. With a folder
 * (SESSION_DIR) the sessions survive restarts, one JSON file per key through
 * @grammyjs/storage-file, expiring through grammY's enhanceStorage.
 */
import { FileAdapter } from '@grammyjs/storage-file';
import { enhanceStorage, MemorySessionStorage, type StorageAdapter } from 'grammy';

export interface SessionStorageOptions {
  /** A folder for the session files; undefined keeps sessions in memory. */
  readonly dir?: string | undefined;
  /** A session not written for this long is gone. */
  readonly ttlMs: number;
  /** Clock (tests). */
  readonly now?: () => number;
  /** Told when a session file cannot be read and is dropped (a log line). */
  readonly onUnreadable?: (key: string, error: unknown) => void;
}

/** A day: long enough for a conversation to pick up where it left off, short enough to forget idle chats. */
export const DEFAULT_SESSION_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * MemorySessionStorage that sweeps: every write moves its key to the end of
 * the map, so keys stand in the order they expire, and expired ones are cut
 * from the front. Memory holds only the sessions written within the ttl.
 */
class ExpiringMemoryStorage<T> extends MemorySessionStorage<T> {
  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {
    super(ttlMs);
  }

  override read(key: string): T | undefined {
    const entry = this.storage.get(key);
    if (entry === undefined) return undefined;
    if (entry.expires !== undefined && entry.expires <= this.now()) {
      this.storage.delete(key);
      return undefined;
    }
    return entry.session;
  }

  override write(key: string, value: T): void {
    this.storage.delete(key);
    this.storage.set(key, { session: value, expires: this.now() + this.ttlMs });
    this.sweep();
  }

  get size(): number {
    return this.storage.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.storage) {
      if (entry.expires === undefined || entry.expires > now) break;
      this.storage.delete(key);
    }
  }
}

/** The file adapter makes a key a path; only plain keys (chat ids and the like) may become one. */
const SAFE_KEY = /^[A-Za-z0-9_-]{1,64}$/;

function checkedKey(key: string): string {
  if (!SAFE_KEY.test(key)) throw new Error(`session key not usable as a file name: ${JSON.stringify(key.slice(0, 80))}`);
  return key;
}

export function createSessionStorage<T>(options: SessionStorageOptions): StorageAdapter<T> & { readonly size?: number } {
  if (options.dir === undefined) return new ExpiringMemoryStorage<T>(options.ttlMs, options.now ?? Date.now);
  const files = enhanceStorage<T>({ storage: new FileAdapter({ dirName: options.dir }), millisecondsToLive: options.ttlMs });
  return {
    // The adapter writes in place, so a kill mid-write or a full disk can leave a file that
    // is not JSON. Reading it would fail every update of that chat, for good: it is dropped
    // instead and the chat starts afresh (it loses only its current report).
    read: async (key) => {
      const file = checkedKey(key);
      try {
        return await files.read(file);
      } catch (error) {
        options.onUnreadable?.(key, error);
        await files.delete(file);
        return undefined;
      }
    },
    write: (key, value) => files.write(checkedKey(key), value),
    delete: (key) => files.delete(checkedKey(key)),
  };
}
