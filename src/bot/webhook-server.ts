/**
 * Webhook mode on Node's http: POST updates (checked against the secret token
 * Telegram sends in X-Telegram-Bot-Api-Secret-Token) and GET /healthz. The
 * server is returned unstarted; main.ts listens, and on stop closes it and
 * drains the updates in flight.
 *
 * Telegram is answered 200 as soon as the update is read, and the update is
 * handled afterwards, concurrently with others: the bot's own `sequentialize`
 * keeps each chat in order, as in polling. Waiting for the handler would hold
 * Telegram's connection (it sends a chat's next update only after) and make it
 * deliver again after its timeout. At most MAX_IN_FLIGHT are handled at once;
 * past that the answer waits, which slows Telegram's deliveries down.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { BotError, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { BotContext } from './context.js';
import { BodyTooLargeError, readBoundedBody } from '../http/bounded-body.js';
import type { Logger } from '../log.js';

export interface WebhookServerOptions {
  readonly secretToken: string;
  readonly logger: Logger;
}

export interface WebhookServer {
  readonly server: Server;
  /** Waits for the updates in flight, at most `ms`; true if they all finished. */
  readonly drain: (ms: number) => Promise<boolean>;
}

const MAX_IN_FLIGHT = 200;
/** Telegram's updates are small; anything much larger is not one. */
const MAX_BODY_BYTES = 1 << 20;

class BadRequest extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  try {
    return (await readBoundedBody(req, MAX_BODY_BYTES)).toString('utf8');
  } catch (error) {
    throw error instanceof BodyTooLargeError ? new BadRequest('body too large') : error;
  }
}

function parseUpdate(body: string): Update {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new BadRequest('body is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { update_id?: unknown }).update_id !== 'number') {
    throw new BadRequest('body is not an update');
  }
  return parsed as Update;
}

function sameSecret(given: string | string[] | undefined, expected: Buffer): boolean {
  if (typeof given !== 'string') return false;
  const buffer = Buffer.from(given);
  return buffer.length === expected.length && timingSafeEqual(buffer, expected);
}

export function createWebhookServer(bot: Bot<BotContext>, options: WebhookServerOptions): WebhookServer {
  const secret = Buffer.from(options.secretToken);
  const inFlight = new Set<Promise<unknown>>();

  const handle = (update: Update): void => {
    const task: Promise<unknown> = bot
      .handleUpdate(update)
      // handleUpdate throws only BotErrors; anything else is logged below.
      .catch((err: unknown) => {
        if (err instanceof BotError) return bot.errorHandler(err as BotError<BotContext>);
        throw err;
      })
      .catch((err: unknown) => {
        options.logger.error({ error: err, update_id: update.update_id }, 'error while handling update');
      })
      .finally(() => {
        inFlight.delete(task);
      });
    inFlight.add(task);
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    // A wrong or missing secret runs nothing.
    if (!sameSecret(req.headers['x-telegram-bot-api-secret-token'], secret)) {
      res.writeHead(401).end();
      req.resume();
      return;
    }
    void (async () => {
      try {
        const update = parseUpdate(await readBody(req));
        while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
        handle(update);
        res.writeHead(200).end();
      } catch (err) {
        options.logger.warn({ error: err }, 'webhook request refused');
        if (!res.headersSent) res.writeHead(400);
        res.end();
      }
    })();
  });

  const drain = async (ms: number): Promise<boolean> => {
    const timeout = new Promise<false>((resolve) => setTimeout(() => { resolve(false); }, ms).unref());
    return Promise.race([Promise.allSettled([...inFlight]).then(() => true), timeout]);
  };
  return { server, drain };
}
