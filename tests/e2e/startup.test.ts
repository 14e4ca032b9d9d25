import { describe, expect, it } from 'vitest';
import { freePort, spawnBot, useFakeTelegram } from './bot-process.js';

const fakeTelegram = useFakeTelegram();

describe('starting the real bot', () => {
  it('exits non-zero within seconds, naming the problem, when the token is refused', async () => {
    const telegram = await fakeTelegram.start();
    const bot = spawnBot({ BOT_TOKEN: '123456789:AAthis-token-is-not-known-to-telegram', TELEGRAM_API_ROOT: telegram.apiRoot });
    const exit = await bot.waitForExit(10_000);
    expect(exit.code).not.toBe(0);
    expect(exit.code).not.toBeNull();
    expect(bot.output()).toMatch(/BOT_TOKEN/);
    expect(bot.output()).toMatch(/401|Unauthorized|rejected/i);
    expect(bot.output()).not.toContain('AAthis-token-is-not-known-to-telegram');
    // It stopped at the first refusal instead of retrying in a loop.
    expect(telegram.calls().length).toBeLessThanOrEqual(2);
  });

  it.each(['polling', 'webhook'])('%s: exits non-zero within seconds when the Bot API cannot be reached', async (mode) => {
    // A port nobody listens on: every call is refused, as with no network or a wrong TELEGRAM_API_ROOT.
    const apiRoot = `http://127.0.0.1:${await freePort()}`;
    const token = '123456789:AAunreachable-api-root-token';
    const webhook = { BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.org/hook', WEBHOOK_SECRET: 'e2e_unreachable_0123456789', PORT: String(await freePort()) };
    const bot = spawnBot({ BOT_TOKEN: token, TELEGRAM_API_ROOT: apiRoot, ...(mode === 'webhook' ? webhook : {}) });
    const exit = await bot.waitForExit(10_000);
    expect(exit).toEqual({ code: 1, signal: null });
    expect(bot.output()).toContain(`Cannot reach the Telegram Bot API at ${apiRoot}: `);
    expect(bot.output()).toMatch(/ECONNREFUSED/);
    expect(bot.output()).not.toContain('AAunreachable-api-root-token');
  });

  it('with no BOT_TOKEN, runs the local chat: answers piped questions and exits 0', async () => {
    const bot = spawnBot({}, { stdin: 'thu ngân sách đạt bao nhiêu\nchi ngân sách\n' });
    const exit = await bot.waitForExit(30_000);
    expect(exit, bot.output()).toEqual({ code: 0, signal: null });
    const stdout = bot.stdout();
    expect(stdout).toContain('Thu ngân sách ước đạt 211% dự toán giao.');
    expect(stdout).toContain('102%');
    // Answers come in the order the questions were asked.
    expect(stdout.indexOf('211%')).toBeLessThan(stdout.indexOf('102%'));
    // How to connect to Telegram is explained.
    expect(bot.output()).toMatch(/BOT_TOKEN/);
  });
});
