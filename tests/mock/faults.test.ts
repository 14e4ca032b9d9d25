import { describe, expect, it } from 'vitest';
import { api, startTelegram } from './mock-harness.js';

describe('fault injection', () => {
  it('answers the next N calls of a method with 429 and retry_after, then normally', async () => {
    const telegram = await startTelegram();
    telegram.faults.flood('getMe', 7, 2);
    for (let i = 0; i < 2; i++) {
      expect(await api(telegram, 'getMe')).toEqual({
        status: 429,
        body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } },
      });
    }
    expect((await api(telegram, 'getMe')).status).toBe(200);
    expect(telegram.calls('getMe').map((call) => call.fault?.kind)).toEqual(['flood', 'flood', undefined]);
  });

  it('refuses a count that would plan a fault for ever', async () => {
    const telegram = await startTelegram();
    for (const times of [Number.NaN, 0, -1, 1.5]) {
      expect(() => {
        telegram.faults.serverError('sendMessage', times);
      }).toThrow(/whole number of calls/);
    }
    expect(telegram.faults.pending('sendMessage')).toBe(0);
  });

  it('answers 500, and faults of one method leave others alone', async () => {
    const telegram = await startTelegram();
    telegram.faults.serverError('sendMessage');
    expect((await api(telegram, 'getMe')).status).toBe(200);
    expect((await api(telegram, 'SENDMESSAGE', { chat_id: 1, text: 'x' })).body).toEqual({
      ok: false,
      error_code: 500,
      description: 'Internal Server Error',
    });
  });

  it('drops the connection without an answer', async () => {
    const telegram = await startTelegram();
    telegram.faults.drop('getMe');
    await expect(api(telegram, 'getMe')).rejects.toThrow();
    expect(telegram.calls('getMe')[0]?.outcome).toBe('dropped');
    expect((await api(telegram, 'getMe')).status).toBe(200);
  });

  it('queues different faults in order', async () => {
    const telegram = await startTelegram();
    telegram.faults.serverError('getMe');
    telegram.faults.flood('getMe', 1);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await api(telegram, 'getMe')).status);
    expect(statuses).toEqual([500, 429, 200]);
  });

  it('holds a call to one chat in flight until released, answering other calls meanwhile', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser();
    const other = telegram.users.createUser();
    for (const person of [user, other]) telegram.users.privateChat(person);
    const release = telegram.faults.hold('sendMessage', user.id);
    const held = api(telegram, 'sendMessage', { chat_id: user.id, text: 'a' });
    const call = await telegram.waitForCall('sendMessage', { where: (c) => Number(c.params.chat_id) === user.id });
    expect((await api(telegram, 'sendMessage', { chat_id: other.id, text: 'b' })).status).toBe(200);
    expect(call.outcome).toBeUndefined();
    release();
    expect((await held).status).toBe(200);
    expect(call.outcome).toEqual({ status: 200 });
  });

  it('lets every held call go when its faults are cleared, as closing the fake does', async () => {
    const telegram = await startTelegram();
    telegram.faults.hold('getMe');
    const held = api(telegram, 'getMe');
    await telegram.waitForCall('getMe');
    telegram.faults.clear();
    expect((await held).status).toBe(200);
  });

  it('can hold a call in flight and then answer it normally', async () => {
    const telegram = await startTelegram();
    telegram.faults.delay('getMe', 30);
    const reply = api(telegram, 'getMe');
    const call = await telegram.waitForCall('getMe');
    expect(call.outcome).toBeUndefined();
    expect((await reply).status).toBe(200);
    expect(call.outcome).toEqual({ status: 200 });
  });
});
