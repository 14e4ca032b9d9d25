import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from 'grammy';
import { group, makeBot, press, text, type Script } from './bot-harness.js';

/** Fails the first `times` sendMessage calls with `error`, then lets them through. */
function failingSend(times: number, error: ReturnType<Script>): Script {
  let left = times;
  return (call) => (call.method === 'sendMessage' && left-- > 0 ? error : undefined);
}

describe('Telegram failures', () => {
  beforeEach(() => {
    // Retry waits are timeouts; the flood limiter's window reset is an interval and stays real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('429 with retry_after, then success: waits and delivers exactly one answer', async () => {
    const { bot, calls, errors } = makeBot({
      retries: true,
      script: failingSend(1, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }),
    });
    const handled = bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    await vi.advanceTimersByTimeAsync(999);
    expect(calls.filter((c) => c.method === 'sendMessage')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await handled;
    expect(calls.filter((c) => c.method === 'sendMessage')).toHaveLength(2); // the refused one and the delivered one
    expect(errors()).toEqual([]);
  });

  it('a 5xx is retried', async () => {
    const { bot, calls, errors } = makeBot({ retries: true, script: failingSend(2, { ok: false, error_code: 502, description: 'Bad Gateway' }) });
    const handled = bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    await vi.runAllTimersAsync();
    await handled;
    expect(calls.filter((c) => c.method === 'sendMessage')).toHaveLength(3);
    expect(errors()).toEqual([]);
  });

  it('gives up after a bounded number of retries and logs the failure', async () => {
    const { bot, calls, errors } = makeBot({ retries: true, script: failingSend(100, { ok: false, error_code: 500, description: 'Internal' }) });
    const handled = bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    await vi.runAllTimersAsync();
    await handled;
    expect(calls.filter((c) => c.method === 'sendMessage')).toHaveLength(4); // 1 + maxRetryAttempts (3)
    expect(errors()).toHaveLength(1);
  });

  it('a 429 asking for a very long wait fails the call instead of blocking the bot', async () => {
    const { bot, calls, errors } = makeBot({
      retries: true,
      script: failingSend(1, { ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 3600 } }),
    });
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    expect(calls.filter((c) => c.method === 'sendMessage')).toHaveLength(1);
    expect(errors()).toHaveLength(1);
  });

  it('network errors are retried a few times with short waits, then given up', async () => {
    let failures = 0;
    const { bot, calls, errors, logs } = makeBot({
      retries: true,
      script: (call) => {
        if (call.method !== 'sendMessage') return undefined;
        failures += 1;
        throw new HttpError("Network request for 'sendMessage' failed!", new Error('ECONNRESET'));
      },
    });
    const handled = bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    await vi.runAllTimersAsync();
    await handled;
    expect(failures).toBe(4);
    expect(calls.filter((c) => c.method === 'sendMessage')).toHaveLength(4);
    expect(logs.filter((l) => l.msg === 'network error, retrying')).toHaveLength(3);
    expect(errors()).toHaveLength(1);
  });
});

describe('flood control', () => {
  it('limits one person: the first extra message gets one "slow down" note, the rest are let go until their window ends', async () => {
    let now = 0;
    const { bot, sent } = makeBot({ rateLimit: { limit: 3, windowMs: 10_000, now: () => now } });
    for (let i = 0; i < 6; i++) await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    expect(sent()).toHaveLength(4);
    expect(sent()[3]?.text).toContain('nhanh quá');
    now = 10_000;
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    expect(sent()[4]?.text).toContain('211%');
  });

  it('keeps a window per person: one person flooding does not hold up another, whose window opened later', async () => {
    let now = 0;
    const { bot, sent } = makeBot({ rateLimit: { limit: 2, windowMs: 10_000, now: () => now } });
    const bob = { id: 8, is_bot: false, first_name: 'Bob', language_code: 'vi' };
    const bobChat = { id: 8, type: 'private' as const, first_name: 'Bob' };
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    now = 6_000;
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu', bobChat, {}, bob));
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu', bobChat, {}, bob));
    now = 11_000;
    // Alice's window closed at 10 s; Bob's, opened at 6 s, is still full.
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu', bobChat, {}, bob));
    expect(sent().map((p) => [p.chat_id, String(p.text).includes('nhanh quá')])).toEqual([
      [7, false],
      [8, false],
      [8, false],
      [7, false],
      [8, true],
    ]);
  });

  it('tells a person flooding a group once, quoting them, and answers the others', async () => {
    const { bot, sent } = makeBot({ rateLimit: { limit: 1, windowMs: 60_000 } });
    await bot.handleUpdate(text('/ask thu ngân sách', group));
    const second = text('/ask thu ngân sách', group);
    await bot.handleUpdate(second);
    await bot.handleUpdate(text('/ask thu ngân sách', group));
    expect(sent()).toHaveLength(2);
    expect(sent()[1]?.text).toContain('nhanh quá');
    expect(sent()[1]?.reply_parameters).toMatchObject({ message_id: second.message?.message_id });
  });

  it('counts in a group only what is meant for the bot: talk among people never earns a "slow down"', async () => {
    const { bot, sent } = makeBot({ rateLimit: { limit: 2, windowMs: 60_000 } });
    for (let i = 0; i < 10; i++) await bot.handleUpdate(text(`chuyện riêng ${i}`, group));
    await bot.handleUpdate(text('/start@OtherBot', group));
    expect(sent()).toEqual([]);
    await bot.handleUpdate(text('/ask thu ngân sách', group));
    await bot.handleUpdate(text('@ReportBot chi ngân sách', group));
    await bot.handleUpdate(text('/ask@ReportBot thu ngân sách', group));
    expect(sent().map((p) => String(p.text).includes('nhanh quá'))).toEqual([false, false, true]);
  });

  it('tells a flooding button-presser through the button, and still stops the spinner after', async () => {
    const { bot, sent } = makeBot({ rateLimit: { limit: 1, windowMs: 60_000 } });
    for (let i = 0; i < 3; i++) await bot.handleUpdate(press('f:bac-tu-liem-2022:thu-ngan-sach'));
    expect(sent('editMessageText')).toHaveLength(1);
    expect(sent('answerCallbackQuery').map((p) => p.text)).toEqual([undefined, expect.stringContaining('nhanh quá'), undefined]);
  });
});
