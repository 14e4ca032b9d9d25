/**
 * Entry point: all wiring and side effects live here. Reads the configuration
 * (environment or .env), loads the knowledge, then runs the bot by long
 * polling, by webhook, or — with no BOT_TOKEN at all — as a local chat in the
 * terminal against the mock Bot API server.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import type { Bot } from 'grammy';
import { commandMenus } from './bot/command-list.js';
import { describeUnreachableApi, identifyBot } from './bot/connect.js';
import type { BotContext } from './bot/context.js';
import { createBot } from './bot/create-bot.js';
import type { BotDeps } from './bot/deps.js';
import type { LocalChatOptions } from './mock/local-chat.js';
import { describeFatalTelegramError, startPolling } from './bot/run-polling.js';
import { useTelegramLimits } from './bot/telegram-limits.js';
import { createWebhookServer } from './bot/webhook-server.js';
import type { ChatSession } from './bot/chat-session.js';
import { createSessionStorage, DEFAULT_SESSION_TTL_MS } from './bot/session-storage.js';
import { parseConfig, type PollingConfig, type WebhookConfig } from './config.js';
import { createMatcher, KnowledgeError, LexiconError, loadKnowledge } from './engine/index.js';
import { createLogger, createRedactor, prettyDestination, type Logger } from './log.js';

/** The repository (or installed package) root: dist/main.js and src/main.ts both sit one level down. */
const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Set once configured: even a one-line message never shows the token or the webhook secret. */
let redactSecrets = (text: string): string => text;

function say(line: string): void {
  process.stderr.write(redactSecrets(line) + '\n');
}

/** How long a stop lets the updates in flight finish. */
const STOP_WITHIN_MS = 10_000;

/** What the next SIGINT/SIGTERM does; before anything runs there is nothing to finish. */
let onStopSignal: () => void = () => {
  process.exit(0);
};
let signals = 0;
function listenForStopSignals(logger: Logger): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      signals += 1;
      if (signals > 1) {
        logger.warn({ signal }, 'second stop signal: exiting without waiting');
        process.exit(1);
      }
      logger.info({ signal }, 'stop signal received');
      onStopSignal();
    });
  }
}

/** Registers the command menus: private and group scopes, Vietnamese default and English. */
async function registerCommands(bot: Bot<BotContext>, logger: Logger, reports: number): Promise<void> {
  for (const menu of commandMenus(reports)) {
    try {
      await bot.api.setMyCommands(menu.commands, {
        scope: menu.scope,
        ...(menu.language_code === undefined ? {} : { language_code: menu.language_code }),
      });
    } catch (err) {
      if (describeFatalTelegramError(err) !== undefined) throw err;
      // The menu is a convenience; the bot works without it.
      logger.warn({ scope: menu.scope.type, error: err }, 'could not register the command menu');
    }
  }
}

/** The bot for the Bot API at `apiRoot` (default api.telegram.org), having learnt who it is there. */
async function connectBot(token: string, apiRoot: string | undefined, deps: BotDeps): Promise<Bot<BotContext>> {
  const bot = createBot(token, deps, apiRoot === undefined ? {} : { apiRoot });
  useTelegramLimits(bot.api, deps.logger);
  await identifyBot(bot);
  return bot;
}

async function runPolling(config: PollingConfig, deps: BotDeps): Promise<number> {
  const bot = await connectBot(config.token, config.apiRoot, deps);
  await registerCommands(bot, deps.logger, deps.kb.reports.length);
  const polling = await startPolling(bot, deps.logger, { stopWithinMs: STOP_WITHIN_MS });
  onStopSignal = () => {
    // stop() turns a failure to confirm the offset into a warning; anything else is unexpected.
    polling.stop().catch((err: unknown) => {
      deps.logger.error({ error: err }, 'error while stopping');
      process.exit(1);
    });
  };
  await polling.done;
  return 0;
}

async function runWebhook(config: WebhookConfig, deps: BotDeps): Promise<number> {
  const bot = await connectBot(config.token, config.apiRoot, deps);
  const { server, drain } = createWebhookServer(bot, { secretToken: config.webhookSecret, logger: deps.logger });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  deps.logger.info({ port: typeof address === 'object' && address !== null ? address.port : config.port }, 'webhook server listening');
  const closed = new Promise<void>((resolve) => {
    onStopSignal = () => {
      deps.logger.info('stopping: finishing in-flight updates');
      // No new deliveries; idle keep-alive connections would hold close() open.
      server.close();
      server.closeIdleConnections();
      void drain(STOP_WITHIN_MS).then((finished) => {
        if (!finished) deps.logger.warn({ waited_ms: STOP_WITHIN_MS }, 'stopping: some updates did not finish in time');
        resolve();
      });
    };
  });
  // Set after listening, so the first delivery finds the server up.
  await bot.api.setWebhook(config.webhookUrl, { secret_token: config.webhookSecret, drop_pending_updates: false });
  await registerCommands(bot, deps.logger, deps.kb.reports.length);
  deps.logger.info({ url: config.webhookUrl }, 'webhook set');
  await closed;
  deps.logger.info('stopped');
  return 0;
}

/** On a terminal, the editor's console is served beside the chat, over the same fake Telegram and live knowledge. */
async function consoleAlongside(knowledgeDir: string, logger: Logger): Promise<{ deps: BotDeps; alongside: NonNullable<LocalChatOptions['alongside']> }> {
  const { LiveKnowledge } = await import('./console/live-knowledge.js');
  const { startConsole } = await import('./console/console-server.js');
  const { parseConsoleConfig } = await import('./console/console-config.js');
  const live = new LiveKnowledge(knowledgeDir);
  const where = parseConsoleConfig(process.env);
  if (!where.ok) throw new Error(where.error);
  // One session storage for the bot and the console, so "why" sees each chat's current report.
  const sessions = createSessionStorage<ChatSession>({ ttlMs: DEFAULT_SESSION_TTL_MS });
  return {
    deps: live.botDeps(logger, sessions),
    alongside: async (telegram) => {
      const onError = (error: unknown): void => {
        logger.error({ error }, 'console request failed');
      };
      // The console is an extra beside the chat: a busy port (another console open) must not stop the chat.
      const running = await startConsole({ ...where.config, telegram, live, sessions, onError }).catch((error: unknown) => {
        process.stdout.write(`Console not started: ${error instanceof Error ? error.message : String(error)} The chat works without it.\n\n`);
        return undefined;
      });
      if (running === undefined) return () => Promise.resolve();
      process.stdout.write(`Console: ${running.url}\n\n`);
      return () => running.close();
    },
  };
}

async function runLocal(staticDeps: BotDeps, knowledgeDir: string): Promise<number> {
  say(
    [
      'No BOT_TOKEN is configured, so this is a local chat with the bot: no Telegram involved.',
      'To run it on Telegram: create a bot with @BotFather, put BOT_TOKEN=<token> in .env',
      '(see .env.example), then run `npm start` again.',
      '',
    ].join('\n'),
  );
  // Loaded only here: production never needs the mock.
  const { runLocalChat } = await import('./mock/local-chat.js');
  // Piped input answers each line and exits, as before; a person at a terminal also gets the console.
  const withConsole = process.stdin.isTTY ? await consoleAlongside(knowledgeDir, staticDeps.logger) : undefined;
  const deps = withConsole?.deps ?? staticDeps;
  await runLocalChat({
    ...(withConsole === undefined ? {} : { alongside: withConsole.alongside }),
    startBot: async (apiRoot, token) => {
      const bot = await connectBot(token, apiRoot, deps);
      const polling = await startPolling(bot, deps.logger);
      return () => polling.stop();
    },
    input: process.stdin,
    output: process.stdout,
  });
  return 0;
}

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const parsed = parseConfig(process.env, path.join(PACKAGE_ROOT, 'knowledge'));
  if (!parsed.ok) {
    say(`Configuration error: ${parsed.error}`);
    return 1;
  }
  const config = parsed.config;
  const secrets = config.mode === 'local' ? [] : [config.token, config.mode === 'webhook' ? config.webhookSecret : undefined];
  // Pretty lines for a person at a terminal (when pino-pretty is installed); JSON for everything else.
  const pretty = process.stderr.isTTY ? await prettyDestination() : undefined;
  const logger = createLogger({ level: config.logLevel, secrets, ...(pretty === undefined ? {} : { destination: pretty }) });
  redactSecrets = createRedactor(secrets);
  lastResortLogger = logger;

  let deps: BotDeps;
  try {
    const kb = loadKnowledge(path.resolve(config.knowledgeDir));
    // Chats' current reports survive a restart when SESSION_DIR names a folder.
    const sessions = createSessionStorage<ChatSession>({
      dir: config.sessionDir === undefined ? undefined : path.resolve(config.sessionDir),
      ttlMs: DEFAULT_SESSION_TTL_MS,
      onUnreadable: (key, error) => {
        logger.warn({ session: key, err: error }, 'session file unreadable; the chat starts afresh');
      },
    });
    deps = { kb, matcher: createMatcher(kb), logger, sessions };
  } catch (err) {
    if (err instanceof KnowledgeError || err instanceof LexiconError) {
      say(`${err instanceof KnowledgeError ? 'Knowledge' : 'Lexicon'} error: ${err.message}`);
      return 1;
    }
    throw err;
  }

  if (config.mode === 'local') return runLocal(deps, path.resolve(config.knowledgeDir));
  listenForStopSignals(logger);
  try {
    return config.mode === 'polling' ? await runPolling(config, deps) : await runWebhook(config, deps);
  } catch (err) {
    const fatal = describeFatalTelegramError(err) ?? describeUnreachableApi(err, config.apiRoot);
    if (fatal !== undefined) {
      say(fatal);
      return 1;
    }
    if (config.mode === 'webhook' && err instanceof Error && 'code' in err && err.code === 'EADDRINUSE') {
      say(`PORT ${config.port} is already in use by another program.`);
      return 1;
    }
    logger.error({ error: err }, 'the bot stopped because of an error');
    return 1;
  }
}

/** Set once configured, so even an unexpected error is written with the token redacted. */
let lastResortLogger: Logger | undefined;

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (lastResortLogger === undefined) say(`Unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    else lastResortLogger.error({ error: err }, 'unexpected error');
    process.exit(1);
  },
);
