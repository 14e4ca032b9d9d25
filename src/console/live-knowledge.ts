/**
 * The knowledge the running bot answers from, reloadable: the console writes a change
 * (through saveReport), then reload() swaps in a fresh knowledge base and matcher.
 * The bot reads kb and matcher per update, so the next question sees the change.
 */
import type { StorageAdapter } from 'grammy';
import type { ChatSession } from '../bot/chat-session.js';
import type { BotDeps } from '../bot/deps.js';
import { createMatcher, loadKnowledge, type KnowledgeBase, type Matcher } from '../engine/index.js';
import type { Logger } from '../log.js';

interface Loaded {
  readonly kb: KnowledgeBase;
  readonly matcher: Matcher;
}

function load(dir: string): Loaded {
  const kb = loadKnowledge(dir);
  return { kb, matcher: createMatcher(kb) };
}

export class LiveKnowledge {
  private current: Loaded;

  /** Loads `dir` now; a KnowledgeError is thrown as from loadKnowledge. */
  constructor(readonly dir: string) {
    this.current = load(dir);
  }

  get kb(): KnowledgeBase {
    return this.current.kb;
  }

  get matcher(): Matcher {
    return this.current.matcher;
  }

  /** Loads the folder again; if it does not load, the knowledge in use stays and the error is thrown. */
  reload(): void {
    this.current = load(this.dir);
  }

  /** Bot dependencies that always read the current knowledge; `sessions` is shared with the console's chats. */
  botDeps(logger: Logger, sessions: StorageAdapter<ChatSession>): BotDeps {
    const current = (): Loaded => this.current;
    return {
      get kb() {
        return current().kb;
      },
      get matcher() {
        return current().matcher;
      },
      logger,
      sessions,
    };
  }
}
