/**
 * The console's HTTP app (hono): the page and its assets, and the API under /api/,
 * every call of which needs the console token. Pure wiring: the chats, the knowledge
 * and the imports are given; nothing here listens or starts anything.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { KnowledgeError } from '../engine/index.js';
import { requireToken } from './access-guard.js';
import type { ApiErrorBody, BatchRequest, ChooseRequest, InlineRequest, PressRequest, SendRequest, TeachRequest } from './api-types.js';
import { BatchError, parseBatch, runBatch } from './batch-run.js';
import { ChatError, type ChatRoom } from './chat-room.js';
import type { LiveKnowledge } from './live-knowledge.js';
import { MAX_UPLOAD_BYTES, type PendingImports, UploadError } from './report-import.js';
import { reportView } from './report-view.js';
import { teachDecline, TeachError, teachParaphrase } from './teaching.js';

export interface ConsoleAppOptions {
  readonly token: string;
  readonly chats: ChatRoom;
  readonly live: LiveKnowledge;
  readonly imports: PendingImports;
  readonly botUsername: string;
  readonly botName: string;
  /** Refuse requests whose Host is not a loopback name (the default when bound to 127.0.0.1). */
  readonly loopbackOnly: boolean;
  /** Where unexpected errors go (never to the page, which gets a generic message). */
  readonly onError?: (error: unknown) => void;
}

/** src/console and dist/console both sit two levels below the package root. */
const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STATIC_DIR = join(PACKAGE_ROOT, 'src', 'console', 'static');
const DIST_DIR = join(PACKAGE_ROOT, 'dist');
const MAX_JSON_BYTES = 1_000_000;
/** How long a long poll for a chat's messages is held at most; the page asks again at once. */
const LONG_POLL_SECONDS = 25;

/** No inline script or style, nothing from elsewhere: the page can only talk to this server. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface Asset {
  readonly body: string;
  readonly type: string;
}

/** The page's files, read once: the HTML and CSS as written, the scripts as tsc compiled them. */
function loadAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const add = (url: string, file: string, type: string): void => {
    if (existsSync(file)) assets.set(url, { body: readFileSync(file, 'utf8'), type });
  };
  add('/', join(STATIC_DIR, 'index.html'), 'text/html; charset=utf-8');
  add('/assets/console.css', join(STATIC_DIR, 'console.css'), 'text/css; charset=utf-8');
  const pageDir = join(DIST_DIR, 'console', 'page');
  const scripts = existsSync(pageDir) ? readdirSync(pageDir).filter((f) => f.endsWith('.js')) : [];
  for (const file of scripts) add(`/assets/console/page/${file}`, join(pageDir, file), 'text/javascript; charset=utf-8');
  add('/assets/render/styled-runs.js', join(DIST_DIR, 'render', 'styled-runs.js'), 'text/javascript; charset=utf-8');
  return assets;
}

const MISSING_BUILD = '<!doctype html><meta charset="utf-8"><title>Console</title><p>The console page is not built: run <code>npm run build</code>.</p>';

function clientError(error: unknown): { status: 400 | 404 | 409 | 413 | 415; message: string } | undefined {
  if (error instanceof ChatError || error instanceof TeachError || error instanceof UploadError) return { status: error.status, message: error.message };
  if (error instanceof BatchError) return { status: 400, message: `Cannot read the questions: ${error.message}.` };
  if (error instanceof KnowledgeError) return { status: 409, message: error.message };
  return undefined;
}

async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ChatError('The request body is not JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ChatError('The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

function int(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new ChatError(`"${what}" must be a whole number.`);
  return value;
}

function str(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new ChatError(`"${what}" must be text.`);
  return value;
}

function param(c: Context, name: string): number {
  const raw = c.req.param(name) ?? '';
  if (!/^-?\d{1,16}$/.test(raw)) throw new ChatError(`"${name}" must be a whole number.`);
  return Number(raw);
}

export function createConsoleApp(options: ConsoleAppOptions): Hono {
  const { chats, live, imports } = options;
  const assets = loadAssets();
  const app = new Hono();
  const tooLarge = (limit: number) => (c: Context) => c.json<ApiErrorBody>({ error: `The upload is larger than ${limit / 1_000_000} MB.` }, 413);

  app.onError((error, c) => {
    const known = clientError(error);
    if (known !== undefined) return c.json<ApiErrorBody>({ error: known.message }, known.status);
    options.onError?.(error);
    return c.json<ApiErrorBody>({ error: 'Something went wrong in the console; the details are in its log.' }, 500);
  });

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
  });

  app.get('/', (c) => c.html(assets.get('/')?.body ?? MISSING_BUILD));
  app.get('/assets/*', (c) => {
    const asset = assets.get(c.req.path);
    if (asset === undefined) return c.text('Not found', 404);
    return c.body(asset.body, 200, { 'Content-Type': asset.type });
  });

  const api = new Hono();
  api.use('*', requireToken(options.token, { loopbackOnly: options.loopbackOnly }));

  api.get('/info', (c) => c.json({ bot: { username: options.botUsername, name: options.botName }, chats: chats.chats(), knowledgeDir: live.dir }));
  api.get('/chats/:chat/messages', async (c) => {
    const since = c.req.query('since');
    if (since === undefined) return c.json({ messages: chats.messages(param(c, 'chat')) });
    // Long poll: answered when the bot posts in the chat, or after `wait` seconds.
    if (!/^\d{1,12}$/.test(since)) throw new ChatError('"since" must be a whole number.');
    const wait = Number(c.req.query('wait') ?? LONG_POLL_SECONDS);
    if (!Number.isInteger(wait) || wait < 0 || wait > LONG_POLL_SECONDS) throw new ChatError(`"wait" must be a whole number of seconds, at most ${LONG_POLL_SECONDS}.`);
    return c.json(await chats.messagesAfter(param(c, 'chat'), Number(since), wait * 1000));
  });
  api.get('/chats/:chat/messages/:message/why', (c) => c.json(chats.why(param(c, 'chat'), param(c, 'message'))));

  const small = bodyLimit({ maxSize: MAX_JSON_BYTES, onError: tooLarge(MAX_JSON_BYTES) });
  api.post('/send', small, async (c) => {
    const body = (await jsonBody(c)) as Partial<Record<keyof SendRequest, unknown>>;
    const replyTo = body.replyTo === undefined || body.replyTo === null ? undefined : int(body.replyTo, 'replyTo');
    await chats.send(int(body.chatId, 'chatId'), int(body.fromId, 'fromId'), str(body.text, 'text'), replyTo);
    return c.json({ messages: chats.messages(int(body.chatId, 'chatId')) });
  });
  api.post('/press', small, async (c) => {
    const body = (await jsonBody(c)) as Partial<Record<keyof PressRequest, unknown>>;
    return c.json(await chats.press(int(body.chatId, 'chatId'), int(body.fromId, 'fromId'), int(body.messageId, 'messageId'), int(body.index, 'index')));
  });
  api.post('/inline', small, async (c) => {
    const body = (await jsonBody(c)) as Partial<Record<keyof InlineRequest, unknown>>;
    return c.json(await chats.inline(int(body.fromId, 'fromId'), str(body.query, 'query')));
  });
  api.post('/choose', small, async (c) => {
    const body = (await jsonBody(c)) as Partial<Record<keyof ChooseRequest, unknown>>;
    chats.choose(int(body.chatId, 'chatId'), int(body.fromId, 'fromId'), str(body.queryId, 'queryId'), str(body.resultId, 'resultId'));
    return c.json({ messages: chats.messages(int(body.chatId, 'chatId')) });
  });

  api.get('/reports', (c) => c.json({ reports: live.kb.reports.map(reportView) }));
  api.post('/teach', small, async (c) => {
    // Checked field by field in teaching.ts; TeachRequest is what the page sends.
    const body: Record<keyof TeachRequest | 'fact' | 'decline', unknown> = { question: undefined, report: undefined, fact: undefined, decline: undefined, ...(await jsonBody(c)) };
    if (body.decline === true) return c.json(teachDecline(live, body));
    if (body.fact === undefined) throw new TeachError('Pick the fact that answers the question, or mark "the report does not say this".');
    return c.json(teachParaphrase(live, body));
  });

  const upload = bodyLimit({ maxSize: MAX_UPLOAD_BYTES + 64_000, onError: tooLarge(MAX_UPLOAD_BYTES) });
  api.post('/import', upload, async (c) => {
    let form: Record<string, string | File>;
    try {
      form = await c.req.parseBody();
    } catch {
      throw new UploadError('The upload is not a form with a file.');
    }
    const file = form.file;
    if (!(file instanceof File)) throw new UploadError('Pick a .txt or .html file to import.');
    const id = typeof form.id === 'string' ? form.id : '';
    return c.json(imports.preview({ fileName: file.name, content: new Uint8Array(await file.arrayBuffer()), id }));
  });
  api.post('/import/:pending/confirm', (c) => c.json({ report: reportView(imports.confirm(c.req.param('pending'))) }));
  api.delete('/import/:pending', (c) => {
    imports.cancel(c.req.param('pending'));
    return c.json({});
  });

  api.post('/batch', small, async (c) => {
    const body = (await jsonBody(c)) as Partial<Record<keyof BatchRequest, unknown>>;
    return c.json(runBatch(parseBatch(str(body.text, 'text')), live.matcher));
  });

  api.all('*', (c) => c.json<ApiErrorBody>({ error: `No such console API: ${c.req.method} ${c.req.path}` }, 404));
  app.route('/api', api);
  return app;
}
