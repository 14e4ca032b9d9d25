/**
 * `npm run console`: the editor's console on 127.0.0.1. The real bot (createBot, the
 * production middleware and polling) runs against the project's fake Bot API in this
 * process, never Telegram, over the same knowledge folder as the bot.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { identifyBot } from '../bot/connect.js';
import type { ChatSession } from '../bot/chat-session.js';
import { createBot } from '../bot/create-bot.js';
import { createSessionStorage, DEFAULT_SESSION_TTL_MS } from '../bot/session-storage.js';
import { startPolling } from '../bot/run-polling.js';
import { useTelegramLimits } from '../bot/telegram-limits.js';
import { parseConfig } from '../config.js';
import { KnowledgeError, LexiconError } from '../engine/index.js';
import { createLogger } from '../log.js';
import { FakeTelegram } from '../mock/index.js';
import { parseConsoleConfig } from './console-config.js';
import { startConsole } from './console-server.js';
import { LiveKnowledge } from './live-knowledge.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

loadDotenv({ quiet: true });
// The console never talks to Telegram, so a BOT_TOKEN in .env plays no part here.
const parsed = parseConfig({ ...process.env, BOT_TOKEN: undefined }, path.join(PACKAGE_ROOT, 'knowledge'));
if (!parsed.ok) fail(`Configuration error: ${parsed.error}`);
const where = parseConsoleConfig(process.env);
if (!where.ok) fail(`Configuration error: ${where.error}`);
const logger = createLogger({ level: parsed.config.logLevel, secrets: [] });

let live: LiveKnowledge;
try {
  live = new LiveKnowledge(path.resolve(parsed.config.knowledgeDir));
} catch (error) {
  if (error instanceof KnowledgeError) fail(`Knowledge error: ${error.message}`);
  if (error instanceof LexiconError) fail(`Lexicon error: ${error.message}`);
  throw error;
}

const telegram = await FakeTelegram.start({ maxLongPollMs: 5_000 });
// One session storage for the bot and the console, so "why" sees each chat's current report.
const sessions = createSessionStorage<ChatSession>({ ttlMs: DEFAULT_SESSION_TTL_MS });
const bot = createBot(telegram.token, live.botDeps(logger, sessions), { apiRoot: telegram.apiRoot });
// The production limits too: the console runs the bot exactly as main.ts does.
useTelegramLimits(bot.api, logger);
await identifyBot(bot);
const polling = await startPolling(bot, logger);
let running: Awaited<ReturnType<typeof startConsole>>;
try {
  running = await startConsole({ ...where.config, telegram, live, sessions, onError: (error) => {
    logger.error({ error }, 'console request failed');
  } });
} catch (error) {
  await polling.stop();
  await telegram.close();
  fail(error instanceof Error ? error.message : String(error));
}
process.stdout.write(`Console: ${running.url}\n`);
process.stderr.write('Open the address above in a browser. Ctrl-C stops the console.\n');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    void (async () => {
      await running.close();
      await polling.stop();
      await telegram.close();
      process.exit(0);
    })();
  });
}
