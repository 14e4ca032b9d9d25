import { GrammyError, HttpError, type Transformer } from 'grammy';
import { describe, expect, it } from 'vitest';
import { describeUnreachableApi, identifyBot } from '../../src/bot/connect.js';
import { botInfo, makeBot, TOKEN } from './bot-harness.js';

describe('connecting at start-up', () => {
  it('learns who the bot is with one getMe, so init() has nothing left to call', async () => {
    const methods: string[] = [];
    const telegram: Transformer = (_prev, method) => {
      methods.push(method);
      return Promise.resolve({ ok: true, result: method === 'getMe' ? botInfo : true } as never);
    };
    const { bot } = makeBot({ unidentified: true, fake: telegram });
    await identifyBot(bot);
    expect(bot.isInited()).toBe(true);
    await bot.init();
    expect(bot.botInfo.username).toBe('ReportBot');
    expect(methods).toEqual(['getMe']);
  });

  it('names the server and the network reason, never the request URL with the token', () => {
    const fetchError = Object.assign(new Error(`request to http://127.0.0.1:9/bot${TOKEN}/getMe failed, reason: connect ECONNREFUSED 127.0.0.1:9`), { code: 'ECONNREFUSED' });
    const line = describeUnreachableApi(new HttpError("Network request for 'getMe' failed!", fetchError), 'http://127.0.0.1:9');
    expect(line).toBe('Cannot reach the Telegram Bot API at http://127.0.0.1:9: connect ECONNREFUSED 127.0.0.1:9');
    expect(describeUnreachableApi(new HttpError('x', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })), undefined)).toBe(
      'Cannot reach the Telegram Bot API at https://api.telegram.org: ECONNRESET',
    );
  });

  it('describes a server that keeps failing with 5xx, and leaves other errors to the caller', () => {
    const failing = new GrammyError("Call to 'getMe' failed!", { ok: false, error_code: 502, description: 'Bad Gateway' }, 'getMe', {});
    expect(describeUnreachableApi(failing, undefined)).toMatch(/^Cannot reach the Telegram Bot API at https:\/\/api\.telegram\.org: .*502 \(Bad Gateway\)/);
    const refused = new GrammyError("Call to 'getMe' failed!", { ok: false, error_code: 401, description: 'Unauthorized' }, 'getMe', {});
    expect(describeUnreachableApi(refused, undefined)).toBeUndefined();
    expect(describeUnreachableApi(new Error('other'), undefined)).toBeUndefined();
  });
});
