import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { makeBot, text } from './bot-harness.js';

const TOKEN = '123456789:AAtest_token-secret0123456789';
const SECRET_HALF = 'AAtest_token-secret0123456789';

function capture(level: 'debug' | 'info' | 'warn' = 'debug') {
  const lines: string[] = [];
  const logger = createLogger({ level, secrets: [TOKEN, 'hook-secret-1'], destination: { write: (l: string) => lines.push(l) } });
  return { logger, lines };
}

const parsed = (line: string | undefined): Record<string, unknown> => JSON.parse(line ?? '') as Record<string, unknown>;

describe('logger', () => {
  it('writes one JSON object per line with ISO time, level name, message and bound fields', () => {
    const { logger, lines } = capture();
    logger.child({ update_id: 5 }).info({ ms: 1.5 }, 'update');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('\n')).toBe(true);
    const line = parsed(lines[0]);
    expect(line).toMatchObject({ level: 'info', msg: 'update', update_id: 5, ms: 1.5 });
    expect(new Date(String(line.time)).toISOString()).toBe(line.time);
  });

  it('drops lines below its level', () => {
    const { logger, lines } = capture('warn');
    logger.debug('a');
    logger.info('b');
    logger.warn('c');
    expect(lines.map((l) => parsed(l).msg)).toEqual(['c']);
  });

  it('censors fields that hold a secret by name (pino redact)', () => {
    const { logger, lines } = capture();
    logger.info({ token: 'anything', config: { webhookSecret: 'other' }, headers: { 'x-telegram-bot-api-secret-token': 'h' } }, 'config');
    expect(parsed(lines[0])).toMatchObject({ token: '[REDACTED]', config: { webhookSecret: '[REDACTED]' }, headers: { 'x-telegram-bot-api-secret-token': '[REDACTED]' } });
  });

  it('redacts the token everywhere, including inside nested network errors, their stacks and causes', () => {
    const { logger, lines } = capture();
    const url = `https://api.telegram.org/bot${TOKEN}/sendMessage`;
    const fetchError = new TypeError(`request to ${url} failed, reason: ECONNRESET`, { cause: new Error(`socket for ${url}`) });
    const http = new HttpError("Network request for 'sendMessage' failed!", fetchError);
    logger.error({ error: http, url, nested: { deeper: [SECRET_HALF] } }, `failed ${TOKEN}`);
    const grammy = new GrammyError(`Call to 'getMe' failed! (401: ${TOKEN})`, { ok: false, error_code: 401, description: `Unauthorized ${TOKEN}` }, 'getMe', {});
    logger.warn({ error: grammy, note: 'hook-secret-1' }, 'grammy');
    const all = lines.join('');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(SECRET_HALF);
    expect(all).not.toContain('hook-secret-1');
    expect(all).toContain('ECONNRESET');
    expect(all).toContain('Unauthorized [REDACTED]');
    // The nested fetch error is serialised, not lost.
    expect(JSON.stringify(parsed(lines[0]).error)).toContain('request to https://api.telegram.org/bot[REDACTED]/sendMessage');
  });

  it('redacts every configured secret, however short', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', secrets: ['xy7', undefined, ''], destination: { write: (l: string) => lines.push(l) } });
    logger.info({ field: 'and xy7 here' }, 'secret xy7 in the message');
    expect(lines[0]).not.toContain('xy7');
    expect(lines[0]).toContain('secret [REDACTED] in the message');
  });

  it('survives circular fields', () => {
    const { logger, lines } = capture();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    logger.info({ loop }, 'loop');
    expect(lines[0]).toContain('[Circular]');
  });
});

describe('the per-update log line', () => {
  it('says "answered" with the fact, chat type and latency when the reply went out', async () => {
    const { bot, logs } = makeBot();
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    const line = logs.find((l) => l.msg === 'update');
    expect(line).toMatchObject({ kind: 'message', chat_type: 'private', outcome: 'answered', fact: 'bac-tu-liem-2022/thu-ngan-sach' });
    expect(typeof line?.ms).toBe('number');
    // The question itself is logged only at debug.
    expect(JSON.stringify(logs.filter((l) => l.level !== 'debug'))).not.toContain('thu ngân sách đạt');
  });

  it('says "failed" when sending the reply failed, and the failure names the chat and method', async () => {
    const { bot, logs } = makeBot({
      script: (c) => (c.method === 'sendMessage' ? { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } : undefined),
    });
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    expect(logs.find((l) => l.msg === 'update')).toMatchObject({ outcome: 'failed', fact: 'bac-tu-liem-2022/thu-ngan-sach' });
    expect(logs.find((l) => l.level === 'warn')).toMatchObject({ chat_id: 7, method: 'sendMessage' });
  });
});
