/**
 * Webhook mode on Node's http: POST updates (checked against the secret token
 * Telegram sends in X-Telegram-Bot-Api-Secret-Token) and GET /healthz. The
 * server is returned unstarted; main.ts listens and closes it.
 */
import { createServer, type Server } from 'node:http';
import { webhookCallback } from 'grammy';
import type { Bot } from 'grammy';
import type { BotContext } from './context.js';
import type { Logger } from '../log.js';

export interface WebhookServerOptions {
  readonly secretToken: string;
  readonly logger: Logger;
}

/**
 * How long Telegram's request may wait for an update to be handled. After
 * that it gets 200 while handling goes on: an error would make Telegram
 * deliver the update again and the person would get two answers.
 */
const ANSWER_WITHIN_MS = 10_000;

export function createWebhookServer(bot: Bot<BotContext>, options: WebhookServerOptions): Server {
  // A wrong or missing secret gets 401 from grammY before any middleware runs.
  const handle = webhookCallback(bot, 'http', {
    secretToken: options.secretToken,
    onTimeout: 'return',
    timeoutMilliseconds: ANSWER_WITHIN_MS,
  });

  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    handle(req, res).catch((err: unknown) => {
      // The error boundary catches handler errors, so this is a body that is not JSON or the like.
      options.logger.warn({ error: err }, 'webhook request failed');
      if (!res.headersSent) res.writeHead(400);
      res.end();
    });
  });
}
