/**
 * A small structured logger: one JSON object per line on stderr (or any sink).
 *
 * Every line passes through redaction last, so a secret (the bot token, the
 * webhook secret) never reaches the log, even when it hides in a nested error:
 * grammY's HttpError wraps the fetch error, whose message or cause can carry the
 * request URL, and that URL contains the token.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line it writes. */
  child(fields: LogFields): Logger;
}

export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface LoggerOptions {
  level: LogLevel;
  /** Strings that must never appear in output (token, webhook secret). */
  secrets?: readonly (string | undefined)[];
  /** Where lines go; defaults to stderr. */
  write?: (line: string) => void;
  /** Clock for the `time` field; tests pass a fixed one. */
  now?: () => Date;
}

const REDACTED = '[REDACTED]';

/** Secrets to search for: the whole token and, separately, its secret half. */
function secretsToRedact(secrets: readonly (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const secret of secrets) {
    // Every configured secret, however short (config asks for 16+ characters); '' would match everywhere.
    if (secret === undefined || secret === '') continue;
    out.add(secret);
    const colon = secret.indexOf(':');
    // A token is "<bot id>:<secret>"; the part after the colon alone is still a secret.
    if (colon > 0 && secret.length - colon - 1 >= 8) out.add(secret.slice(colon + 1));
  }
  // Longest first, so the whole token is replaced before its half.
  return [...out].sort((a, b) => b.length - a.length);
}

function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out;
}

/** Redaction of the given secrets (and a token's secret half) for text that bypasses the logger. */
export function createRedactor(secrets: readonly (string | undefined)[]): (text: string) => string {
  const search = secretsToRedact(secrets);
  return (text) => redact(text, search);
}

/** Turns errors (and their nested `error`/`cause`) into plain objects JSON can hold. */
function serializeError(err: unknown, depth = 0): unknown {
  if (!(err instanceof Error)) return err;
  const plain: Record<string, unknown> = { name: err.name, message: err.message };
  if (err.stack !== undefined) plain.stack = err.stack;
  if (depth >= 4) return plain;
  for (const [key, value] of Object.entries(err)) {
    plain[key] = value instanceof Error ? serializeError(value, depth + 1) : value;
  }
  if (err.cause !== undefined) plain.cause = serializeError(err.cause, depth + 1);
  return plain;
}

function stringify(record: Record<string, unknown>): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(record, (_key, value: unknown) => {
    if (value instanceof Error) return serializeError(value);
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return '[Circular]';
      seen.add(value);
    }
    return value;
  });
}

export function createLogger(options: LoggerOptions): Logger {
  const threshold = RANK[options.level];
  const redactSecrets = createRedactor(options.secrets ?? []);
  const write =
    options.write ??
    ((line: string) => {
      process.stderr.write(line + '\n');
    });
  const now = options.now ?? (() => new Date());

  function make(bound: LogFields): Logger {
    const emit = (level: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields): void => {
      if (RANK[level] < threshold) return;
      let line: string;
      try {
        line = stringify({ time: now().toISOString(), level, msg, ...bound, ...fields });
      } catch {
        line = stringify({ time: now().toISOString(), level, msg, note: 'fields could not be serialized' });
      }
      write(redactSecrets(line));
    };
    return {
      debug: (msg, fields) => {
        emit('debug', msg, fields);
      },
      info: (msg, fields) => {
        emit('info', msg, fields);
      },
      warn: (msg, fields) => {
        emit('warn', msg, fields);
      },
      error: (msg, fields) => {
        emit('error', msg, fields);
      },
      child: (fields) => make({ ...bound, ...fields }),
    };
  }
  return make({});
}
