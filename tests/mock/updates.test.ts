import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { api, startTelegram } from './mock-harness.js';

function ids(result: unknown): number[] {
  return (result as Update[]).map((update) => update.update_id);
}

describe('getUpdates', () => {
  it('redelivers updates until a later offset confirms them', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser();
    const first = telegram.users.sendPrivate(user, 'một').update?.update_id ?? 0;
    telegram.users.sendPrivate(user, 'hai');
    telegram.users.sendPrivate(user, 'ba');
    expect(ids((await api(telegram, 'getUpdates')).body.result)).toEqual([first, first + 1, first + 2]);
    // Not confirmed: the same updates again.
    expect(ids((await api(telegram, 'getUpdates', { limit: 2 })).body.result)).toEqual([first, first + 1]);
    // offset confirms everything before it.
    expect(ids((await api(telegram, 'getUpdates', { offset: first + 2 })).body.result)).toEqual([first + 2]);
    expect(ids((await api(telegram, 'getUpdates', { offset: first })).body.result)).toEqual([first + 2]);
    expect(ids((await api(telegram, 'getUpdates', { offset: first + 3 })).body.result)).toEqual([]);
    expect(telegram.pendingUpdates()).toEqual([]);
  });

  it('keeps only the last N updates for a negative offset', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser();
    for (const text of ['a', 'b', 'c']) telegram.users.sendPrivate(user, text);
    const result = (await api(telegram, 'getUpdates', { offset: -1 })).body.result as Update[];
    expect(result.map((update) => update.message?.text)).toEqual(['c']);
  });

  it('holds a long poll until an update arrives, then answers at once', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser();
    const poll = api(telegram, 'getUpdates', { timeout: 30 });
    await telegram.waitForCall('getUpdates');
    telegram.users.sendPrivate(user, 'thu ngân sách');
    const reply = await poll;
    expect((reply.body.result as Update[]).map((update) => update.message?.text)).toEqual(['thu ngân sách']);
  });

  it('answers an empty list when the long poll times out', async () => {
    const telegram = await startTelegram({ maxLongPollMs: 50 });
    expect((await api(telegram, 'getUpdates', { timeout: 30 })).body).toEqual({ ok: true, result: [] });
  });

  it('terminates the older of two overlapping polls with 409', async () => {
    const telegram = await startTelegram();
    const older = api(telegram, 'getUpdates', { timeout: 30 });
    await telegram.waitForCall('getUpdates');
    const newer = api(telegram, 'getUpdates', { timeout: 0 });
    expect(await older).toEqual({
      status: 409,
      body: {
        ok: false,
        error_code: 409,
        description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      },
    });
    expect((await newer).status).toBe(200);
  });

  it('delivers only the update types asked for in allowed_updates, and remembers them', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser();
    telegram.users.inlineQuery(user, 'q');
    telegram.users.sendPrivate(user, 'm');
    const first = (await api(telegram, 'getUpdates', { allowed_updates: ['message'] })).body.result as Update[];
    expect(first.map((update) => update.message?.text)).toEqual(['m']);
    telegram.users.inlineQuery(user, 'q2');
    const later = (await api(telegram, 'getUpdates')).body.result as Update[];
    expect(later.every((update) => update.message !== undefined)).toBe(true);
  });
});

describe('webhooks', () => {
  const servers: Array<{ close: () => void }> = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
  });

  /** A webhook receiver that answers with the given statuses in turn (the last one repeats), and optionally a body. */
  async function receiver(statuses: number[], reply?: (update: Update) => object) {
    const received: Array<{ headers: IncomingHttpHeaders; update: Update }> = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const update = JSON.parse(body) as Update;
        received.push({ headers: request.headers, update });
        const status = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200;
        if (reply) response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(reply(update)));
        else response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push({ close: () => server.close() });
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
  }

  it('posts updates with the secret token header, retrying until a 2xx confirms them', async () => {
    const telegram = await startTelegram({ webhook: { initialBackoffMs: 10, maxBackoffMs: 20 } });
    const hook = await receiver([500, 401, 200]);
    expect((await api(telegram, 'setWebhook', { url: hook.url, secret_token: 's3cret' })).body.result).toBe(true);
    const user = telegram.users.createUser();
    const update = telegram.users.sendPrivate(user, 'hỏi').update;
    await expect.poll(() => telegram.webhookDeliveries().map((delivery) => delivery.status)).toEqual([500, 401, 200]);
    expect(hook.received.map((delivery) => delivery.update.update_id)).toEqual(Array(3).fill(update?.update_id));
    expect(hook.received[0]?.headers['x-telegram-bot-api-secret-token']).toBe('s3cret');
    expect(telegram.pendingUpdates()).toEqual([]);
    const info = (await api(telegram, 'getWebhookInfo')).body.result;
    expect(info).toMatchObject({ url: hook.url, pending_update_count: 0, last_error_message: 'Wrong response from the webhook: 401' });
  });

  it('runs a method the bot puts in its answer to a delivery (webhook reply)', async () => {
    const telegram = await startTelegram();
    const hook = await receiver([200], (update) => ({ method: 'sendMessage', chat_id: update.message?.chat.id, text: 'trả lời qua webhook' }));
    await api(telegram, 'setWebhook', { url: hook.url });
    const user = telegram.users.createUser();
    telegram.users.sendPrivate(user, 'hỏi');
    expect((await telegram.waitForBotMessage(user.id)).text).toBe('trả lời qua webhook');
  });

  it('refuses getUpdates while a webhook is set, and deleteWebhook can drop pending updates', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser();
    await api(telegram, 'setWebhook', { url: 'http://127.0.0.1:9/unreachable' });
    expect((await api(telegram, 'getUpdates')).body).toEqual({
      ok: false,
      error_code: 409,
      description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    });
    telegram.users.sendPrivate(user, 'x');
    await api(telegram, 'deleteWebhook', { drop_pending_updates: true });
    expect((await api(telegram, 'getUpdates')).body).toEqual({ ok: true, result: [] });
  });

  it('requires HTTPS except on this machine', async () => {
    const telegram = await startTelegram();
    expect((await api(telegram, 'setWebhook', { url: 'http://example.org/hook' })).body.description).toBe(
      'Bad Request: bad webhook: An HTTPS URL must be provided for webhook',
    );
  });
});
