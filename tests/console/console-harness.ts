/** Test helper: the console over a copy of the knowledge folder, the real bot polling the fake Bot API. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChatSession } from '../../src/bot/chat-session.js';
import { createBot } from '../../src/bot/create-bot.js';
import { createSessionStorage, DEFAULT_SESSION_TTL_MS } from '../../src/bot/session-storage.js';
import { startPolling } from '../../src/bot/run-polling.js';
import { useTelegramLimits } from '../../src/bot/telegram-limits.js';
import { startConsole, type RunningConsole } from '../../src/console/console-server.js';
import { LiveKnowledge } from '../../src/console/live-knowledge.js';
import { createLogger } from '../../src/log.js';
import { FakeTelegram } from '../../src/mock/index.js';

export interface ConsoleUnderTest {
  readonly running: RunningConsole;
  readonly live: LiveKnowledge;
  readonly dir: string;
  api(path: string, init?: RequestInit & { token?: string | null }): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestConsole(): Promise<ConsoleUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'console-kb-'));
  cpSync('knowledge', dir, { recursive: true });
  const live = new LiveKnowledge(dir);
  const telegram = await FakeTelegram.start({ maxLongPollMs: 1_000 });
  const sessions = createSessionStorage<ChatSession>({ ttlMs: DEFAULT_SESSION_TTL_MS });
  const logger = createLogger({ level: 'silent' });
  const bot = createBot(telegram.token, live.botDeps(logger, sessions), { apiRoot: telegram.apiRoot });
  // As console-cli does: the fake Bot API answers 429 to a chat sent to faster than Telegram allows,
  // and without the throttler and retries a quick follow-up's reply would be lost.
  useTelegramLimits(bot.api, logger);
  await bot.init();
  const polling = await startPolling(bot, createLogger({ level: 'silent' }));
  const running = await startConsole({ host: '127.0.0.1', port: 0, telegram, live, sessions });
  return {
    running,
    live,
    dir,
    api: (path, init = {}) => {
      const { token, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (token !== null) headers.set('X-Console-Token', token ?? running.token);
      return fetch(`${running.origin}/api${path}`, { ...rest, headers });
    },
    close: async () => {
      await running.close();
      await polling.stop();
      await telegram.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const json = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
