/** Where the console listens: CONSOLE_HOST (default 127.0.0.1) and CONSOLE_PORT (default 8787, 0 = any free port). */

export interface ConsoleConfig {
  readonly host: string;
  readonly port: number;
}

export const DEFAULT_CONSOLE_PORT = 8787;
const LOOPBACK = '127.0.0.1';

export type ConsoleConfigResult = { ok: true; config: ConsoleConfig } | { ok: false; error: string };

export function parseConsoleConfig(env: Readonly<Record<string, string | undefined>>): ConsoleConfigResult {
  const rawPort = env.CONSOLE_PORT?.trim() ?? '';
  const port = rawPort === '' ? DEFAULT_CONSOLE_PORT : Number(rawPort);
  if (!/^\d*$/.test(rawPort) || !Number.isInteger(port) || port < 0 || port > 65_535) {
    return { ok: false, error: `CONSOLE_PORT must be a port number from 0 to 65535 (0 picks a free one), got "${rawPort}"` };
  }
  const host = env.CONSOLE_HOST?.trim() || LOOPBACK;
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) return { ok: false, error: `CONSOLE_HOST must be a host name or IP address, got "${host}"` };
  return { ok: true, config: { host, port } };
}
