import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookServer } from '../../src/bot/webhook-server.js';
import { createLogger } from '../../src/log.js';
import { makeBot, text, styledTexts } from './bot-harness.js';

const SECRET = 'hook_secret-123';
const servers: { close(): void }[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

async function serve() {
  const harness = makeBot();
  const { server, drain } = createWebhookServer(harness.bot, { secretToken: SECRET, logger: createLogger({ level: 'silent' }) });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (body: string, secret?: string) =>
    fetch(`${url}/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret === undefined ? {} : { 'x-telegram-bot-api-secret-token': secret }) },
      body,
    });
  return { ...harness, url, post, drain };
}

describe('webhook server', () => {
  it('answers an update delivered with the right secret', async () => {
    const { post, sent, drain } = await serve();
    const res = await post(JSON.stringify(text('thu ngân sách đạt bao nhiêu')), SECRET);
    expect(res.status).toBe(200);
    expect(await drain(5_000)).toBe(true);
    expect(styledTexts(sent()[0], 'bold')).toContain('211%');
  });

  it.each([
    ['a wrong secret', 'not-the-secret'],
    ['no secret', undefined],
  ])('refuses %s with 401 and runs nothing', async (_what, secret) => {
    const { post, calls, logs } = await serve();
    const res = await post(JSON.stringify(text('thu ngân sách đạt bao nhiêu')), secret);
    expect(res.status).toBe(401);
    expect(calls).toEqual([]);
    expect(logs.filter((l) => l.msg === 'update')).toEqual([]);
  });

  it('answers Telegram before the update is handled, and handles a chat\'s updates in order', async () => {
    const { post, sent, drain } = await serve();
    const first = text('thu ngân sách đạt bao nhiêu');
    const second = text('chi ngân sách quận đạt bao nhiêu');
    expect((await post(JSON.stringify(first), SECRET)).status).toBe(200);
    expect((await post(JSON.stringify(second), SECRET)).status).toBe(200);
    expect(await drain(5_000)).toBe(true);
    expect(sent().map((p) => styledTexts(p, 'bold').join(' '))).toEqual([expect.stringContaining('211%'), expect.stringContaining('97,4%')]);
  });

  it('refuses a body far larger than any update, handles nothing, and keeps serving', async () => {
    const { post, sent, calls, drain } = await serve();
    const huge = JSON.stringify({ ...text('thu ngân sách'), padding: 'x'.repeat(2 << 20) });
    // Cut off mid-upload: the sender sees 400 or, as the socket closes, a reset.
    const status = await post(huge, SECRET).then((r) => r.status, () => 'reset');
    expect([400, 'reset']).toContain(status);
    expect(calls).toEqual([]);
    expect((await post(JSON.stringify(text('thu ngân sách đạt bao nhiêu')), SECRET)).status).toBe(200);
    expect(await drain(5_000)).toBe(true);
    expect(styledTexts(sent()[0], 'bold')).toContain('211%');
  });

  it('answers GET /healthz with 200 and other GETs with 405', async () => {
    const { url } = await serve();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/webhook`)).status).toBe(405);
  });

  it('answers a body that is not JSON with 400 and keeps serving', async () => {
    const { post, sent, drain } = await serve();
    expect((await post('{not json', SECRET)).status).toBe(400);
    expect((await post('{"no":"update id"}', SECRET)).status).toBe(400);
    expect((await post(JSON.stringify(text('chi ngân sách')), SECRET)).status).toBe(200);
    await drain(5_000);
    expect(sent()).toHaveLength(1);
  });
});
