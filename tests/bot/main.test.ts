/**
 * The entry point as a process (run from source with tsx), against a tiny
 * in-test Bot API: exit codes, messages, signals, webhook wiring.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

const TOKEN = '123456789:AAmain_test-token0123456789';
const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** An empty working directory, so a developer's .env cannot change what is tested. */
const CWD = mkdtempSync(path.join(tmpdir(), 'report-bot-main-test-'));
/** How long waitFor waits for a line before failing (below vitest's test timeout, so its message is the one shown). */
const WAIT_MS = 12_000;

const servers: Server[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => {
            resolve();
          });
          server.closeAllConnections();
        }),
    ),
  );
});
afterAll(() => {
  rmSync(CWD, { recursive: true, force: true });
});

type Handler = (method: string, body: Record<string, unknown>) => unknown;

/** Answers `/bot<token>/<method>` with `{ ok: true, result }`, or the error object `handle` returns. */
async function fakeTelegram(handle: Handler) {
  const calls: { method: string; body: Record<string, unknown> }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const method = (req.url ?? '').split('/').pop() ?? '';
      const body = raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
      calls.push({ method, body });
      void Promise.resolve(handle(method, body)).then((result) => {
        const failed = typeof result === 'object' && result !== null && 'error_code' in result;
        const reply = failed ? { ok: false, ...result } : { ok: true, result };
        res.writeHead(failed ? Number(result.error_code) : 200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
      });
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { calls, apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const me = { id: 1, is_bot: true, first_name: 'Bot', username: 'ReportBot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };
/** A quiet Telegram: no updates (long polls end after 200 ms), every other call succeeds. */
const ok: Handler = (method, body) => {
  if (method === 'getMe') return me;
  if (method !== 'getUpdates' || body.limit === 1) return method === 'getUpdates' ? [] : true;
  return new Promise((resolve) => {
    setTimeout(() => {
      resolve([]);
    }, 200);
  });
};

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', TSX, MAIN], {
    cwd: CWD,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const waitFor = async (text: string) => {
    const deadline = Date.now() + WAIT_MS;
    while (!stderr.includes(text)) {
      if (child.exitCode !== null) throw new Error(`exited early: ${stderr}`);
      if (Date.now() > deadline) throw new Error(`main did not write "${text}" within ${WAIT_MS / 1000} s; stderr so far:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, exited, waitFor, stderr: () => stderr };
}

describe('main', () => {
  it('a rejected token (401) exits non-zero at once with a message that names the problem, not the token', async () => {
    const api = await fakeTelegram(() => ({ error_code: 401, description: 'Unauthorized' }));
    const bot = run({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toContain('BOT_TOKEN was rejected by Telegram (401');
    expect(bot.stderr()).not.toContain(TOKEN.split(':')[1]);
    expect(api.calls.map((c) => c.method)).toEqual(['getMe']);
  });

  it('a configuration or knowledge problem exits 1 with one line', async () => {
    const badMode = run({ BOT_TOKEN: TOKEN, BOT_MODE: 'push' });
    expect(await badMode.exited).toBe(1);
    expect(badMode.stderr().trim()).toBe('Configuration error: BOT_MODE must be "polling" or "webhook", got "push"');
    const badKnowledge = run({ BOT_TOKEN: TOKEN, KNOWLEDGE_DIR: '/nonexistent-knowledge' });
    expect(await badKnowledge.exited).toBe(1);
    expect(badKnowledge.stderr()).toMatch(/^Knowledge error: .*nonexistent-knowledge/);
  });

  it('polls after deleting the webhook and registering menus; SIGTERM stops it with exit code 0', async () => {
    const api = await fakeTelegram(ok);
    const bot = run({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot, LOG_LEVEL: 'info' });
    await bot.waitFor('polling started');
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const methods = api.calls.map((c) => c.method);
    expect(methods.filter((m) => m === 'setMyCommands')).toHaveLength(4);
    // Both calls present (indexOf gives -1 for a missing one), and in this order.
    expect(methods).toContain('deleteWebhook');
    expect(methods).toContain('getUpdates');
    expect(methods.indexOf('deleteWebhook')).toBeLessThan(methods.indexOf('getUpdates'));
    // No update ever came, so there is no offset to confirm (tests/bot/polling.test.ts checks one that did).
    expect(bot.stderr()).not.toContain(TOKEN);
  });

  it('webhook mode: serves /healthz, sets the webhook with the secret, refuses a wrong secret, stops on SIGTERM', async () => {
    const api = await fakeTelegram(ok);
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as AddressInfo;
        probe.close(() => {
          resolve(free);
        });
      });
    });
    const bot = run({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.org/hook', WEBHOOK_SECRET: 'right_secret_0123456789', PORT: String(port) });
    await bot.waitFor('webhook set');
    expect(api.calls.find((c) => c.method === 'setWebhook')?.body).toMatchObject({ url: 'https://bot.example.org/hook', secret_token: 'right_secret_0123456789' });
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const wrong = await fetch(`http://127.0.0.1:${port}/hook`, { method: 'POST', headers: { 'x-telegram-bot-api-secret-token': 'wrong' }, body: '{}' });
    expect(wrong.status).toBe(401);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.stderr()).not.toContain('right_secret_0123456789');
  });
});
