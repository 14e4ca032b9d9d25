/**
 * Logging with pino: one JSON object per line (stderr by default, or any
 * destination stream), ISO time, level names rather than numbers.
 *
 * Secrets (the bot token, the webhook secret) are kept out twice over:
 * pino's own `redact` censors the fields that hold them by name, and every
 * finished line passes through `hooks.streamWrite`, which replaces the secret
 * strings themselves wherever they hide — grammY's HttpError wraps the fetch
 * error, whose message, stack or cause carries the request URL, and that URL
 * contains the token.
 */
import { pino, stdSerializers, type DestinationStream, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Strings that must never appear in output (token, webhook secret). */
  readonly secrets?: readonly (string | undefined)[];
  /** Where lines go; defaults to stderr (fd 2), written synchronously so a crash loses nothing. */
  readonly destination?: DestinationStream;
}

const REDACTED = '[REDACTED]';

/** Fields that hold a secret by their name, wherever a caller puts them. */
const SECRET_PATHS = [
  'token',
  'secret',
  'secret_token',
  'webhookSecret',
  '*.token',
  '*.secret',
  '*.secret_token',
  '*.webhookSecret',
  'headers["x-telegram-bot-api-secret-token"]',
  '*.headers["x-telegram-bot-api-secret-token"]',
];

/** Secrets to search for: the whole token and, separately, its secret half. */
function secretsToRedact(secrets: readonly (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const secret of secrets) {
    // Every configured secret, however short (config asks for 16+ characters); '' would match everywhere.
    if (secret === undefined || secret === '') continue;
    out.add(secret);
    // JSON escapes nothing in a token or secret (letters, digits, _ - :), so the raw string is what a line holds.
    const colon = secret.indexOf(':');
    // A token is "<bot id>:<secret>"; the part after the colon alone is still a secret.
    if (colon > 0 && secret.length - colon - 1 >= 8) out.add(secret.slice(colon + 1));
  }
  // Longest first, so the whole token is replaced before its half.
  return [...out].sort((a, b) => b.length - a.length);
}

/** Redaction of the given secrets (and a token's secret half) for text that bypasses the logger. */
export function createRedactor(secrets: readonly (string | undefined)[]): (text: string) => string {
  const search = secretsToRedact(secrets);
  return (text) => {
    let out = text;
    for (const secret of search) out = out.split(secret).join(REDACTED);
    return out;
  };
}

export function createLogger(options: LoggerOptions): Logger {
  const redactSecrets = createRedactor(options.secrets ?? []);
  return pino(
    {
      level: options.level,
      // No pid or hostname: one process per bot, and the host is the log collector's business.
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // `error` is this project's key for errors; errWithCause keeps grammY's nested error and cause.
      serializers: { error: stdSerializers.errWithCause, err: stdSerializers.errWithCause },
      redact: { paths: SECRET_PATHS, censor: REDACTED },
      hooks: { streamWrite: redactSecrets },
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/**
 * pino-pretty's stream for a person at a terminal, or undefined where it is
 * not installed (it is a development dependency; production logs JSON).
 */
export async function prettyDestination(): Promise<DestinationStream | undefined> {
  try {
    const { default: pretty } = await import('pino-pretty');
    return pretty({ destination: 2, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
  } catch {
    return undefined;
  }
}
