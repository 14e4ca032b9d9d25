/**
 * Starts the console over a running fake Telegram and the live knowledge: the HTTP
 * server on host:port (0 = a free port) with a fresh token. Returns the address to
 * print and a way to stop. Entry points call it; it is the one place that listens.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { StorageAdapter } from 'grammy';
import type { ChatSession } from '../bot/chat-session.js';
import type { FakeTelegram } from '../mock/index.js';
import { newConsoleToken } from './access-guard.js';
import { ChatRoom, type ReplyTiming } from './chat-room.js';
import { createConsoleApp } from './console-app.js';
import type { ConsoleConfig } from './console-config.js';
import type { LiveKnowledge } from './live-knowledge.js';
import { PendingImports } from './report-import.js';

export interface ConsoleOptions extends ConsoleConfig {
  readonly telegram: FakeTelegram;
  readonly live: LiveKnowledge;
  /** The session storage the bot was built with (BotDeps.sessions), so "why" sees each chat's current report. */
  readonly sessions: StorageAdapter<ChatSession>;
  readonly timing?: ReplyTiming;
  readonly onError?: (error: unknown) => void;
}

export interface RunningConsole {
  /** http://host:port/?token=… — what to open. */
  readonly url: string;
  readonly token: string;
  readonly origin: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function startConsole(options: ConsoleOptions): Promise<RunningConsole> {
  const token = newConsoleToken();
  const app = createConsoleApp({
    token,
    chats: new ChatRoom(options.telegram, options.live, options.sessions, options.timing),
    live: options.live,
    imports: new PendingImports(options.live),
    botUsername: options.telegram.bot.username,
    botName: options.telegram.bot.first_name,
    loopbackOnly: LOOPBACK.has(options.host),
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host });
  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error & { code?: string }): void => {
      reject(error.code === 'EADDRINUSE' ? new Error(`CONSOLE_PORT ${options.port} is already in use by another program (set CONSOLE_PORT=0 for a free one).`) : error);
    };
    server.once('error', failed);
    server.once('listening', () => {
      server.off('error', failed);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const origin = `http://${host}:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    token,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
