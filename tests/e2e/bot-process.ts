/**
 * Runs the real bot (node dist/main.js) as production does: a separate
 * process configured only through environment variables.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll } from 'vitest';
import { FakeTelegram, type FakeTelegramOptions } from '../../src/mock/index.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = path.join(REPO_ROOT, 'dist', 'main.js');
/** An empty working directory, so a developer's .env can never configure the bot under test. */
const CWD = path.join(tmpdir(), 'report-bot-e2e-cwd');
mkdirSync(CWD, { recursive: true });

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * `npm test` builds dist/ first; run alone, the e2e files build it when it is
 * missing or older than src/. A lock directory keeps parallel files from
 * building over each other.
 */
export async function ensureBuilt(): Promise<void> {
  const lock = path.join(REPO_ROOT, 'node_modules', '.e2e-build.lock');
  const fresh = (): boolean => existsSync(MAIN) && statSync(MAIN).mtimeMs >= newestSource(path.join(REPO_ROOT, 'src'));
  for (let waited = 0; waited < 120_000; waited += 200) {
    if (fresh()) return;
    try {
      mkdirSync(lock);
    } catch {
      await sleep(200);
      continue;
    }
    try {
      if (!fresh()) {
        execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
          cwd: REPO_ROOT,
          stdio: 'inherit',
        });
      }
      return;
    } finally {
      rmdirSync(lock);
    }
  }
  throw new Error('timed out waiting for another test file to build dist/');
}

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface BotProcess {
  readonly child: ChildProcess;
  /** Everything the process wrote so far, stdout and stderr interleaved. */
  output(): string;
  stdout(): string;
  readonly exited: Promise<Exit>;
  /** Resolves with the exit, or rejects after timeoutMs (the process is then killed). */
  waitForExit(timeoutMs: number): Promise<Exit>;
}

const running = new Set<ChildProcess>();

export function spawnBot(env: Record<string, string>, options: { stdin?: string } = {}): BotProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', MAIN], {
    cwd: CWD,
    // Only what the bot is configured with, plus PATH: nothing leaks in from the test's environment.
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  let all = '';
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    all += chunk.toString();
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    all += chunk.toString();
  });
  if (options.stdin !== undefined) child.stdin.end(options.stdin);
  const exited = new Promise<Exit>((resolve) => {
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  return {
    child,
    output: () => all,
    stdout: () => out,
    exited,
    waitForExit: async (timeoutMs) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`bot did not exit within ${timeoutMs} ms; output:\n${all}`));
        }, timeoutMs);
      });
      try {
        return await Promise.race([exited, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Kills every bot process still running (for afterEach/afterAll) and waits for them to go. */
export async function killBots(): Promise<void> {
  const exits = [...running].map(
    (child) =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGKILL');
      }),
  );
  await Promise.all(exits);
}

/**
 * The set-up every e2e file with a fake Telegram per test needs: dist/ built
 * before the first test; after each test, every bot process killed and every
 * fake Telegram it started closed. Call once at the top of the file.
 */
export function useFakeTelegram(): { start(options?: FakeTelegramOptions): Promise<FakeTelegram> } {
  beforeAll(ensureBuilt, 120_000);
  const started: FakeTelegram[] = [];
  afterEach(async () => {
    await killBots();
    await Promise.all(started.splice(0).map((telegram) => telegram.close()));
  });
  return {
    start: async (options) => {
      const telegram = await FakeTelegram.start(options);
      started.push(telegram);
      return telegram;
    },
  };
}

/** The real bot polling the fake Telegram; resolves once it has asked for updates. */
export async function startPollingBot(telegram: FakeTelegram, env: Record<string, string> = {}): Promise<BotProcess> {
  const bot = spawnBot({ BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, LOG_LEVEL: 'warn', ...env });
  const since = telegram.calls().length;
  await Promise.race([
    telegram.waitForCall('getUpdates', { timeoutMs: 15_000, where: (call) => call.seq > since }),
    bot.exited.then((exit) => {
      throw new Error(`bot exited (${String(exit.code)}) before polling; output:\n${bot.output()}`);
    }),
  ]);
  return bot;
}

/** A port nobody listens on right now, for the bot's webhook server. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => { resolve(); }));
  return port;
}
