import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';

const TOKEN = '123456789:AAtest_token-secret0123456789';
const SECRET_HALF = 'AAtest_token-secret0123456789';

function capture(level: 'debug' | 'info' | 'warn' = 'debug') {
  const lines: string[] = [];
  const logger = createLogger({ level, secrets: [TOKEN, 'hook-secret-1'], write: (l) => lines.push(l), now: () => new Date(0) });
  return { logger, lines };
}

describe('logger', () => {
  it('writes one JSON object per line with level, message and bound fields', () => {
    const { logger, lines } = capture();
    logger.child({ update_id: 5 }).info('update', { ms: 1.5 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toEqual({ time: '1970-01-01T00:00:00.000Z', level: 'info', msg: 'update', update_id: 5, ms: 1.5 });
  });

  it('drops lines below its level', () => {
    const { logger, lines } = capture('warn');
    logger.debug('a');
    logger.info('b');
    logger.warn('c');
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['c']);
  });

  it('redacts the token everywhere, including inside nested network errors and their causes', () => {
    const { logger, lines } = capture();
    const url = `https://api.telegram.org/bot${TOKEN}/sendMessage`;
    const fetchError = new TypeError(`request to ${url} failed, reason: ECONNRESET`, { cause: new Error(`socket for ${url}`) });
    const http = new HttpError("Network request for 'sendMessage' failed!", fetchError);
    logger.error(`failed ${TOKEN}`, { error: http, url, nested: { deeper: [SECRET_HALF] } });
    const grammy = new GrammyError(`Call to 'getMe' failed! (401: ${TOKEN})`, { ok: false, error_code: 401, description: `Unauthorized ${TOKEN}` }, 'getMe', {});
    logger.warn('grammy', { error: grammy, secret: 'hook-secret-1' });
    const all = lines.join('\n');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(SECRET_HALF);
    expect(all).not.toContain('hook-secret-1');
    expect(all).toContain('ECONNRESET');
    expect(all).toContain('[REDACTED]');
    expect(all).toContain('Unauthorized [REDACTED]');
  });

  it('redacts every configured secret, however short', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', secrets: ['xy7', undefined, ''], write: (l) => lines.push(l) });
    logger.info('secret xy7 in the message', { field: 'and xy7 here' });
    expect(lines[0]).not.toContain('xy7');
    expect(lines[0]).toContain('secret [REDACTED] in the message');
  });

  it('survives circular fields', () => {
    const { logger, lines } = capture();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    logger.info('loop', { loop });
    expect(lines[0]).toContain('[Circular]');
  });
});
