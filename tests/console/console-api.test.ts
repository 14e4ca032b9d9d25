/** The console's HTTP API on a real server on 127.0.0.1: token, chat, teaching, uploads, batch. */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleInfo, ImportPreview, MessagesResult, TeachResult, WhyView, BatchResult } from '../../src/console/api-types.js';
import { json, startTestConsole, type ConsoleUnderTest } from './console-harness.js';

let c: ConsoleUnderTest;
let info: ConsoleInfo;
beforeAll(async () => {
  c = await startTestConsole();
  info = (await (await c.api('/info')).json()) as ConsoleInfo;
});
afterAll(async () => {
  await c.close();
});

const privateChat = () => info.chats.find((x) => x.kind === 'private') ?? { id: 0, members: [{ id: 0 }] };

async function ask(text: string) {
  const chat = privateChat();
  const res = await c.api('/send', json({ chatId: chat.id, fromId: chat.members[0]?.id, text }));
  expect(res.status).toBe(200);
  const { messages } = (await res.json()) as MessagesResult;
  return messages[messages.length - 1];
}

describe('console API', () => {
  it('refuses every API call without the token (401) or with a wrong one (403), and changes nothing', async () => {
    expect((await c.api('/info', { token: null })).status).toBe(401);
    expect((await c.api('/reports', { token: 'nope' })).status).toBe(403);
    const teach = { question: 'tiền vào kho quận', report: 'bac-tu-liem-2022', fact: 'thu-ngan-sach' };
    expect((await c.api('/teach', { ...json(teach), token: null })).status).toBe(401);
    expect(readFileSync(join(c.dir, 'bac-tu-liem-2022', 'facts.json'), 'utf8')).not.toContain('tiền vào kho quận');
    // A page elsewhere that rebinds a host name to 127.0.0.1 sends its own Host.
    const rebound = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${c.running.origin}/api/info`);
      request({ host: url.hostname, port: url.port, path: url.pathname, headers: { 'X-Console-Token': c.running.token, Host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(rebound).toBe(403);
  });

  it('serves the page with a policy that allows no outside requests', async () => {
    const page = await fetch(`${c.running.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).not.toMatch(/https?:\/\//);
  });

  it('answers through the real bot, with entities, and explains the answer', async () => {
    const reply = await ask('thu ngân sách đạt bao nhiêu');
    expect(reply?.from.isBot).toBe(true);
    expect(reply?.text).toMatch(/^211% — «Thu ngân sách/);
    expect(reply?.entities).toContainEqual({ type: 'bold', offset: 0, length: 4 });
    expect(reply?.hasWhy).toBe(true);
    const why = (await (await c.api(`/chats/${privateChat().id}/messages/${reply?.id}/why`)).json()) as WhyView;
    expect(why).toMatchObject({ answered: true, chosen: { fact: 'thu-ngan-sach', report: 'bac-tu-liem-2022' } });
    expect(why.chosen?.coverage).toBeGreaterThanOrEqual(why.threshold);
    expect(why.words.map((w) => w.typed)).toContain('ngân');
  });

  it('holds a long poll for a chat until the bot posts there, then gives the messages and where to pick up', async () => {
    const chat = privateChat();
    const now = (await (await c.api(`/chats/${chat.id}/messages?since=0&wait=0`)).json()) as MessagesResult;
    expect(typeof now.cursor).toBe('number');
    const held = c.api(`/chats/${chat.id}/messages?since=${now.cursor}`).then(async (r) => (await r.json()) as MessagesResult);
    let settled = false;
    void held.then(() => (settled = true));
    // Nothing new in the chat: still held (the wait is 25 s; this is far less).
    expect((await (await c.api(`/chats/${chat.id}/messages?since=${now.cursor}&wait=0`)).json()) as MessagesResult).toMatchObject({ cursor: now.cursor });
    expect(settled).toBe(false);
    const reply = await ask('chi ngân sách quận đạt bao nhiêu');
    const woke = await held;
    expect(woke.cursor).toBeGreaterThan(now.cursor ?? 0);
    expect(woke.messages.map((m) => m.id)).toContain(reply?.id);
    for (const bad of ['since=-1', 'since=x', 'since=0&wait=99', 'since=0&wait=1.5']) expect((await c.api(`/chats/${chat.id}/messages?${bad}`)).status).toBe(400);
  });

  it('teaches a paraphrase through saveReport and the bot answers it at once, without a restart', async () => {
    const question = 'tiền vào kho quận năm nay thế nào';
    expect((await ask(question))?.text).toContain('Báo cáo không nói');
    const res = await c.api('/teach', json({ question, report: 'bac-tu-liem-2022', fact: 'thu-ngan-sach' }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as TeachResult).nowRight).toBe(true);
    expect(readFileSync(join(c.dir, '.bac-tu-liem-2022.prev', 'facts.json'), 'utf8')).not.toContain(question);
    expect((await ask(question))?.text).toMatch(/^211%/);
    expect((await c.api('/teach', json({ question, report: 'bac-tu-liem-2022', fact: 'thu-ngan-sach' }))).status).toBe(409);
  });

  it.each([
    ['an empty question', { question: '  ', report: 'bac-tu-liem-2022', fact: 'thu-ngan-sach' }, 400],
    ['a huge question', { question: 'x'.repeat(501), report: 'bac-tu-liem-2022', fact: 'thu-ngan-sach' }, 400],
    ['an unknown fact', { question: 'q', report: 'bac-tu-liem-2022', fact: 'no-such-fact' }, 404],
    ['a report id that leaves the folder', { question: 'q', report: '../etc', fact: 'x' }, 404],
    ['neither fact nor decline', { question: 'q', report: 'bac-tu-liem-2022' }, 400],
  ])('refuses to teach %s with a clear message', async (_what, body, status) => {
    const res = await c.api('/teach', json(body));
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error.length).toBeGreaterThan(5);
  });

  it('keeps "the report does not say this" in declines.json', async () => {
    const res = await c.api('/teach', json({ question: 'giá vàng hôm nay', report: 'bac-tu-liem-2022', decline: true }));
    expect(res.status).toBe(200);
    expect(JSON.parse(readFileSync(join(c.dir, 'bac-tu-liem-2022', 'declines.json'), 'utf8'))).toEqual(['giá vàng hôm nay']);
    expect(c.live.kb.reports[0]?.declines).toEqual(['giá vàng hôm nay']);
  });

  const upload = (name: string, content: string | Uint8Array, id = '') => {
    const form = new FormData();
    form.append('file', new Blob([content]), name);
    form.append('id', id);
    // The server refuses an over-large body before reading it all, then closes the connection.
    return c.api('/import', { method: 'POST', body: form, headers: { Connection: 'close' } });
  };

  it('refuses malformed uploads with a clear message and writes nothing', async () => {
    const cases: [string, Response, number, RegExp][] = [
      ['not an article', await upload('report.pdf', '%PDF-1.4'), 415, /\.txt or \.html/],
      ['empty', await upload('empty.txt', ''), 400, /empty/],
      ['no figures', await upload('words.txt', 'Chỉ có chữ, không có con số nào cả.\n'), 400, /Cannot import/],
      ['a path as id', await upload('a.txt', 'Thu đạt 211%.\n', '../../evil'), 400, /not a report id/],
      ['too large', await upload('big.txt', 'a'.repeat(1_100_000)), 413, /larger than/],
    ];
    for (const [what, res, status, message] of cases) {
      expect(res.status, what).toBe(status);
      expect(((await res.json()) as { error: string }).error, what).toMatch(message);
    }
    expect(c.live.kb.reports).toHaveLength(1);
  });

  // Before the import below: that copy of the seed makes unnamed questions ask which report is meant.
  it('runs a batch with per-category totals, and names the line it cannot read', async () => {
    const text = 'thu ngân sách đạt bao nhiêu | 211% | budget\nchi ngân sách quận giao | 97.4% | budget\nthời tiết hôm nay thế nào | - | decline\n';
    const result = (await (await c.api('/batch', json({ text }))).json()) as BatchResult;
    expect(result.count).toBe(3);
    expect(result.rows[0]).toMatchObject({ pass: true, figure: '211%' });
    expect(result.totals.find((t) => t.category === 'decline')).toEqual({ category: 'decline', count: 1, passed: 1 });
    const bad = await c.api('/batch', json({ text: ' | 211%' }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain('line 1');
    expect((await c.api('/batch', { method: 'POST', body: '{', headers: { 'Content-Type': 'application/json' } })).status).toBe(400);
  });

  it('imports an article only after the review is confirmed', async () => {
    const article = readFileSync(join('knowledge', 'bac-tu-liem-2022', 'article.txt'));
    const res = await upload('bao cao moi.txt', article, 'bao-cao-moi');
    expect(res.status).toBe(200);
    const preview = (await res.json()) as ImportPreview;
    expect(preview.report.facts.length).toBeGreaterThan(3);
    expect(c.live.kb.report('bao-cao-moi')).toBeUndefined();
    expect((await c.api(`/import/${preview.pendingId}/confirm`, { method: 'POST' })).status).toBe(200);
    expect(c.live.kb.report('bao-cao-moi')?.facts.length).toBe(preview.report.facts.length);
    expect((await c.api(`/import/${preview.pendingId}/confirm`, { method: 'POST' })).status).toBe(404);
  });

  // After the import above: two reports about Bắc Từ Liêm, so an unnamed question needs the chat's current report.
  it('explains an answer with the chat\'s current report, as the bot answered it', async () => {
    // The private chat's earlier answers made the seed its current report: the bot answers from it, and so does "why".
    const chat = privateChat();
    const followUp = await ask('thu ngân sách đạt bao nhiêu');
    expect(followUp?.text).toContain('211%');
    const why = (await (await c.api(`/chats/${chat.id}/messages/${followUp?.id}/why`)).json()) as WhyView;
    expect(why).toMatchObject({ answered: true, chosen: { fact: 'thu-ngan-sach', report: 'bac-tu-liem-2022' } });
    expect(why.clarify).toBeUndefined();

    // The group has no current report yet: the bot asks which one, and "why" says the same.
    const group = info.chats.find((x) => x.kind === 'group') ?? { id: 0, members: [{ id: 0 }] };
    const from = group.members[0]?.id;
    const askGroup = async (text: string) => {
      const { messages } = (await (await c.api('/send', json({ chatId: group.id, fromId: from, text }))).json()) as MessagesResult;
      return messages[messages.length - 1];
    };
    const asked = await askGroup('/ask thu ngân sách đạt bao nhiêu');
    const clarify = (await (await c.api(`/chats/${group.id}/messages/${asked?.id}/why`)).json()) as WhyView;
    expect(clarify.answered).toBe(false);
    expect([...(clarify.clarify ?? [])].sort()).toEqual(['bac-tu-liem-2022', 'bao-cao-moi']);
    const picked = clarify.clarify?.[0];
    // Pressing "which report?" makes that report the group's current one; the next "why" explains within it.
    expect((await c.api('/press', json({ chatId: group.id, fromId: from, messageId: asked?.id, index: 0 }))).status).toBe(200);
    const next = await askGroup('/ask chi ngân sách quận đạt bao nhiêu');
    const within = (await (await c.api(`/chats/${group.id}/messages/${next?.id}/why`)).json()) as WhyView;
    expect(within).toMatchObject({ answered: true, chosen: { report: picked } });
    expect(within.clarify).toBeUndefined();
  });

  // Two reports are loaded since the import above, so /report offers a choice, which in groups is for admins.
  it('lets the editor, who made the group, choose its report with /report; another member is told only admins may', async () => {
    const group = info.chats.find((x) => x.kind === 'group') ?? { id: 0, members: [] };
    const say = async (fromId: number | undefined, text: string) => {
      const { messages } = (await (await c.api('/send', json({ chatId: group.id, fromId, text }))).json()) as MessagesResult;
      return messages[messages.length - 1];
    };
    const editor = await say(group.members[0]?.id, '/report');
    expect(editor?.from.isBot).toBe(true);
    expect(editor?.buttons.flat().map((b) => b.text).join(' ')).toContain('Bắc Từ Liêm');
    const member = await say(group.members[1]?.id, '/report');
    expect(member?.from.isBot).toBe(true);
    expect(member?.buttons).toEqual([]);
    expect(member?.text).toMatch(/quản trị|admin/i);
    // Two group replies behind the earlier ones, one every 3 s as Telegram allows a group: about 12 s.
  }, 40_000);
});
