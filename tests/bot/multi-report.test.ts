/** Several reports in one bot: naming, asking back, /report, follow-ups, sessions across a restart. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChatSession } from '../../src/bot/chat-session.js';
import { createSessionStorage } from '../../src/bot/session-storage.js';
import { districtKnowledge } from '../engine/district-reports.js';
import { alice, group, makeBot, message, press, text, update, botInfo } from './bot-harness.js';

const districts = districtKnowledge();
const bob = { id: 8, is_bot: false, first_name: 'Bob', language_code: 'vi' };
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

type Payload = Record<string, unknown> | undefined;
/** The callback data of every button of a sent message, in order. */
function buttonData(payload: Payload): string[] {
  const markup = payload?.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => b.callback_data ?? '');
}
function buttonLabels(payload: Payload): string[] {
  const markup = payload?.reply_markup as { inline_keyboard?: { text: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => b.text);
}
const textOf = (payload: Payload): string => (typeof payload?.text === 'string' ? payload.text : '');
const last = <T>(list: readonly T[]): T | undefined => list[list.length - 1];
const multiBot = (options: Parameters<typeof makeBot>[0] = {}) => makeBot({ kb: districts, ...options });

describe('several reports in one bot', () => {
  it('answers a question that names its report from that report, and says which report (title and date)', async () => {
    const { bot, sent } = multiBot();
    await bot.handleUpdate(text('cam giang thu ngan sach dat bao nhieu'));
    const reply = textOf(last(sent()));
    expect(reply).toContain('118,6%');
    expect(reply).toContain('Huyện Cẩm Giàng: tổng kết năm 2024 (20/12/2024)');
    await bot.handleUpdate(text('Q3 thu ngân sách đạt bao nhiêu?'));
    expect(textOf(last(sent()))).toContain('104,1%');
  });

  it('asks back which report is meant, one button per report newest first, and answers the question when one is pressed', async () => {
    const { bot, sent } = multiBot();
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    const ask = last(sent());
    expect(textOf(ask)).toContain('báo cáo nào');
    expect(textOf(ask)).toContain('thu ngân sách đạt bao nhiêu');
    const data = buttonData(ask);
    expect(data.map((d) => d.split(':')[2])).toEqual(['cam-giang-2024', 'quan-3-2024', 'hai-ba-trung-2024']);
    expect(buttonLabels(ask)[0]).toContain('20/12/2024');
    // The question waits in the session: the buttons only carry a token and the report.
    for (const d of data) expect(d).not.toContain('ngân');

    await bot.handleUpdate(press(data[2], message({ text: textOf(ask), from: botInfo })));
    const answer = last(sent('editMessageText'));
    expect(textOf(answer)).toContain('121%');
    expect(textOf(answer)).toContain('Hai Bà Trưng');
    expect(sent('answerCallbackQuery')).toHaveLength(1);

    // A follow-up that names no report stays in the one picked.
    await bot.handleUpdate(text('còn chi ngân sách?'));
    expect(textOf(last(sent()))).toContain('88%');
  });

  it('a follow-up after an answer about one report stays in it', async () => {
    const { bot, sent } = multiBot();
    await bot.handleUpdate(text('thu ngân sách huyện Cẩm Giàng đạt bao nhiêu'));
    await bot.handleUpdate(text('còn chi ngân sách?'));
    expect(textOf(last(sent()))).toContain('96,2%');
    // Naming another report moves the chat to it.
    await bot.handleUpdate(text('chi ngân sách quận 3'));
    await bot.handleUpdate(text('thu ngân sách thì sao'));
    expect(textOf(last(sent()))).toContain('104,1%');
  });

  it('chats are apart: one chat’s report is not another’s', async () => {
    const { bot, sent } = multiBot();
    await bot.handleUpdate(text('thu ngân sách huyện Cẩm Giàng'));
    await bot.handleUpdate(text('còn chi ngân sách?', { id: 8, type: 'private', first_name: 'Bob' }, {}, bob));
    expect(buttonData(last(sent())).length).toBe(3);
  });

  it.each([
    ['a press with no question waiting', (token: string) => `p:${token}x:cam-giang-2024`],
    ['a report that was not offered', (token: string) => `p:${token}:nowhere-2020`],
    ['forged data', () => 'p:../../:etc'],
  ])('answers %s politely and answers nothing', async (_what, data) => {
    const { bot, sent, errors } = multiBot();
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    const token = buttonData(last(sent()))[0]?.split(':')[1] ?? '';
    await bot.handleUpdate(press(data(token)));
    expect(sent('editMessageText')).toEqual([]);
    expect(sent()).toHaveLength(1);
    expect(sent('answerCallbackQuery')).toHaveLength(1);
    expect(String(sent('answerCallbackQuery')[0]?.text)).toMatch(/đã cũ|không hiểu/);
    expect(errors()).toEqual([]);
  });

  it('a button of an older question does not answer after a newer one was asked back', async () => {
    const { bot, sent } = multiBot();
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    const old = buttonData(last(sent()))[0] ?? '';
    await bot.handleUpdate(text('chi ngân sách đạt bao nhiêu'));
    const fresh = buttonData(last(sent()))[0] ?? '';
    expect(fresh).not.toBe(old);
    await bot.handleUpdate(press(old));
    expect(sent('editMessageText')).toEqual([]);
    expect(String(sent('answerCallbackQuery')[0]?.text)).toContain('đã cũ');
    await bot.handleUpdate(press(fresh));
    expect(textOf(last(sent('editMessageText')))).toContain('96,2%');
  });

  it('/report lists the reports as buttons; a choice becomes the chat’s report for questions that name none', async () => {
    const { bot, sent } = multiBot();
    await bot.handleUpdate(text('/report'));
    const menu = last(sent());
    expect(buttonData(menu)).toEqual(['u:cam-giang-2024', 'u:quan-3-2024', 'u:hai-ba-trung-2024']);
    await bot.handleUpdate(press('u:quan-3-2024'));
    expect(textOf(last(sent('editMessageText')))).toContain('Quận 3: tổng kết năm 2024');
    await bot.handleUpdate(text('chi ngân sách đạt bao nhiêu'));
    expect(textOf(last(sent()))).toContain('91,5%');
    await bot.handleUpdate(text('/report'));
    expect(buttonLabels(last(sent())).filter((l) => l.startsWith('✓'))).toEqual([expect.stringContaining('Quận 3')]);
    await bot.handleUpdate(press('u:gone-2020'));
    expect(String(last(sent('answerCallbackQuery'))?.text)).toContain('đã cũ');
  });

  it('in groups only admins may change the report, asked of Telegram once a minute', async () => {
    const { bot, sent, calls } = multiBot({ admins: [alice.id] });
    await bot.handleUpdate(text('/report', group, {}, bob));
    expect(textOf(last(sent()))).toContain('quản trị viên');
    await bot.handleUpdate(press('u:quan-3-2024', message({ text: 'menu', from: botInfo }, group), bob));
    expect(String(last(sent('answerCallbackQuery'))?.text)).toContain('quản trị viên');
    expect(sent('editMessageText')).toEqual([]);
    expect(calls.filter((c) => c.method === 'getChatMember')).toHaveLength(1);

    await bot.handleUpdate(text('/report', group, {}, alice));
    expect(buttonData(last(sent()))).toHaveLength(3);
    await bot.handleUpdate(press('u:quan-3-2024', message({ text: 'menu', from: botInfo }, group), alice));
    expect(textOf(last(sent('editMessageText')))).toContain('Quận 3');
    await bot.handleUpdate(text('/ask chi ngân sách đạt bao nhiêu', group, {}, bob));
    expect(textOf(last(sent()))).toContain('91,5%');
    expect(calls.filter((c) => c.method === 'getChatMember')).toHaveLength(2);
  });

  it('in groups, when Telegram will not say who is an admin, the command and the button are answered, and the next try asks again', async () => {
    let refuse = true;
    const { bot, sent, calls, errors } = multiBot({
      admins: [alice.id],
      script: (call) => (call.method === 'getChatMember' && refuse ? { ok: false, error_code: 400, description: 'Bad Request: member list is inaccessible' } : undefined),
    });
    await bot.handleUpdate(text('/report', group, {}, alice));
    expect(textOf(last(sent()))).toContain('chưa kiểm tra được');
    await bot.handleUpdate(press('u:quan-3-2024', message({ text: 'menu', from: botInfo }, group), alice));
    expect(String(last(sent('answerCallbackQuery'))?.text)).toContain('chưa kiểm tra được');
    expect(sent('editMessageText')).toEqual([]);
    expect(errors()).toEqual([]);
    refuse = false;
    await bot.handleUpdate(text('/report', group, {}, alice));
    expect(buttonData(last(sent()))).toHaveLength(3);
    expect(calls.filter((c) => c.method === 'getChatMember')).toHaveLength(3);
  });

  it('keeps the chat’s report across a restart with a session folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sessions-'));
    temps.push(dir);
    const first = multiBot({ sessions: createSessionStorage<ChatSession>({ dir, ttlMs: 60_000 }) });
    await first.bot.handleUpdate(text('Hai Bà Trưng thu ngân sách'));
    const second = multiBot({ sessions: createSessionStorage<ChatSession>({ dir, ttlMs: 60_000 }) });
    await second.bot.handleUpdate(text('còn chi ngân sách?'));
    expect(textOf(last(second.sent()))).toContain('88%');
    // In memory, a new bot has forgotten.
    const third = multiBot();
    await third.bot.handleUpdate(text('còn chi ngân sách?'));
    expect(buttonData(last(third.sent()))).toHaveLength(3);
  });

  it('inline results and /facts name their report', async () => {
    const { bot, sent } = multiBot();
    await bot.handleUpdate(update({ inline_query: { id: 'iq1', from: alice, query: 'thu ngân sách', offset: '' } }));
    const results = (sent('answerInlineQuery')[0]?.results ?? []) as { description: string }[];
    expect(results.length).toBeGreaterThan(1);
    for (const r of results) expect(r.description).toMatch(/\d\d\/\d\d\/\d{4} — /);
    await bot.handleUpdate(text('/facts'));
    const facts = last(sent());
    expect(textOf(facts)).toContain('(18/12/2024)');
    expect(buttonLabels(facts).every((l) => /\d\d\/\d\d\/\d{4}$/.test(l))).toBe(true);
  });

  it('with one report, /report says so and answers name no date', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('/report'));
    expect(textOf(last(sent()))).toContain('một báo cáo');
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    expect(textOf(last(sent()))).not.toMatch(/\(\d\d\/\d\d\/\d{4}\)/);
  });
});
