/**
 * Configuration from environment variables, validated once at start-up.
 * Pure: takes an env record, returns a typed config or a one-line error that
 * names the variable. dotenv is loaded by main.ts, not here.
 */
import { LOG_LEVELS, type LogLevel } from './log.js';

interface CommonConfig {
  readonly logLevel: LogLevel;
  readonly knowledgeDir: string;
  /** A folder for per-chat sessions (one file per chat), kept across restarts; undefined: in memory. */
  readonly sessionDir: string | undefined;
}

/** No BOT_TOKEN at all: run the local terminal chat instead of Telegram. */
export interface LocalConfig extends CommonConfig {
  readonly mode: 'local';
}

interface TelegramConfig extends CommonConfig {
  readonly token: string;
  /** A self-hosted Bot API server or the local mock; undefined means api.telegram.org. */
  readonly apiRoot: string | undefined;
}

export interface PollingConfig extends TelegramConfig {
  readonly mode: 'polling';
}

export interface WebhookConfig extends TelegramConfig {
  readonly mode: 'webhook';
  readonly webhookUrl: string;
  readonly webhookSecret: string;
  readonly port: number;
}

export type Config = LocalConfig | PollingConfig | WebhookConfig;

export type ConfigResult = { ok: true; config: Config } | { ok: false; error: string };

export type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_PORT = 8080;

// Bot API tokens look like "123456789:AAH...": the bot id, a colon, a secret.
const TOKEN = /^\d+:[A-Za-z0-9_-]+$/;
// Telegram accepts 1-256 characters A-Z, a-z, 0-9, _ and - as a webhook secret. We ask
// for 16 or more: a guessable secret protects nothing, and the logs redact it everywhere,
// which would mangle them if it were a letter or two.
const SECRET = /^[A-Za-z0-9_-]{16,256}$/;

class ConfigProblem extends Error {}

function fail(message: string): never {
  throw new ConfigProblem(message);
}

/** An unset or blank variable is "not configured" (a copied .env.example has blanks). */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail(`${name} must be an http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    fail(`${name} must be an http(s) URL, got "${value}"`);
  }
  return value;
}

/** Where a plain-http webhook makes sense: this machine (the local mock, a test). */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function webhookUrl(value: string): string {
  const url = new URL(httpUrl('WEBHOOK_URL', value));
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    fail(`WEBHOOK_URL must be an https:// URL: Telegram delivers webhooks over HTTPS only (got "${value}")`);
  }
  return value;
}

function parse(env: Env, defaultKnowledgeDir: string): Config {
  // The local chat owns the terminal: there the log stays quiet unless asked for.
  const levelText = read(env, 'LOG_LEVEL') ?? (read(env, 'BOT_TOKEN') === undefined ? 'warn' : 'info');
  const logLevel = LOG_LEVELS.find((level) => level === levelText.toLowerCase());
  if (logLevel === undefined) {
    fail(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${levelText}"`);
  }
  const knowledgeDir = read(env, 'KNOWLEDGE_DIR') ?? defaultKnowledgeDir;
  const sessionDir = read(env, 'SESSION_DIR');
  // No well-kept grammY adapter keeps every session in one file for Node (storage-file writes a
  // file per chat), so SESSION_FILE would be silently ignored: say so rather than lose sessions.
  if (read(env, 'SESSION_FILE') !== undefined) {
    fail('SESSION_FILE is not supported: sessions are kept as one small file per chat in a folder. Set SESSION_DIR to a folder instead (and remove SESSION_FILE)');
  }

  const modeSetting = read(env, 'BOT_MODE') ?? 'polling';
  const modeText = modeSetting.toLowerCase();
  if (modeText !== 'polling' && modeText !== 'webhook') {
    fail(`BOT_MODE must be "polling" or "webhook", got "${modeSetting}"`);
  }

  const token = read(env, 'BOT_TOKEN');
  if (token === undefined) {
    if (modeText === 'webhook') fail('BOT_TOKEN is required when BOT_MODE=webhook');
    return { mode: 'local', logLevel, knowledgeDir, sessionDir };
  }
  if (!TOKEN.test(token)) {
    fail('BOT_TOKEN does not look like a token from @BotFather (expected "<digits>:<letters, digits, _ or ->")');
  }

  const apiRootText = read(env, 'TELEGRAM_API_ROOT');
  const apiRoot =
    apiRootText === undefined ? undefined : httpUrl('TELEGRAM_API_ROOT', apiRootText).replace(/\/+$/, '');

  if (modeText === 'polling') return { mode: 'polling', token, apiRoot, logLevel, knowledgeDir, sessionDir };

  const urlText = read(env, 'WEBHOOK_URL') ?? fail('WEBHOOK_URL is required when BOT_MODE=webhook');
  const hookUrl = webhookUrl(urlText);
  const webhookSecret =
    read(env, 'WEBHOOK_SECRET') ?? fail('WEBHOOK_SECRET is required when BOT_MODE=webhook');
  if (!SECRET.test(webhookSecret)) {
    fail('WEBHOOK_SECRET must be 16-256 characters of A-Z, a-z, 0-9, _ and - (e.g. from: openssl rand -hex 32)');
  }
  const portText = read(env, 'PORT') ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || !Number.isInteger(port) || port > 65535) {
    fail(`PORT must be a whole number from 0 to 65535, got "${portText}"`);
  }
  return { mode: 'webhook', token, apiRoot, webhookUrl: hookUrl, webhookSecret, port, logLevel, knowledgeDir, sessionDir };
}

/**
 * @param defaultKnowledgeDir used when KNOWLEDGE_DIR is unset (main.ts passes
 *   the path next to the installed package, so the working directory does not matter).
 */
export function parseConfig(env: Env, defaultKnowledgeDir = 'knowledge'): ConfigResult {
  try {
    return { ok: true, config: parse(env, defaultKnowledgeDir) };
  } catch (err) {
    if (err instanceof ConfigProblem) return { ok: false, error: err.message };
    throw err;
  }
}
