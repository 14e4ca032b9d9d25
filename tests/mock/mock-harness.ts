import { afterEach } from 'vitest';
import { FakeTelegram, type FakeTelegramOptions } from '../../src/mock/index.js';

export interface ApiReply {
  readonly status: number;
  readonly body: { ok: boolean; result?: unknown; error_code?: number; description?: string; parameters?: { retry_after?: number } };
}

const started: FakeTelegram[] = [];

/** A fake Telegram closed after the test. */
export async function startTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const telegram = await FakeTelegram.start({ token: '123456:TEST_token-for-unit-tests', maxLongPollMs: 3_000, ...options });
  started.push(telegram);
  return telegram;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((telegram) => telegram.close()));
});

/** A raw Bot API call, JSON by default, or as a form or query string like other clients send. */
export async function api(
  telegram: FakeTelegram,
  method: string,
  params: Record<string, unknown> = {},
  options: { encoding?: 'json' | 'form' | 'query'; token?: string; signal?: AbortSignal } = {},
): Promise<ApiReply> {
  const encoding = options.encoding ?? 'json';
  let url = `${telegram.apiRoot}/bot${options.token ?? telegram.token}/${method}`;
  const asStrings = new URLSearchParams(
    Object.entries(params).map(([key, value]): [string, string] => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
  let init: RequestInit = { method: 'POST' };
  if (encoding === 'json') init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) };
  if (encoding === 'form') init = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: asStrings.toString() };
  if (encoding === 'query') {
    url += `?${asStrings.toString()}`;
    init = { method: 'GET' };
  }
  if (options.signal) init.signal = options.signal;
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as ApiReply['body'] };
}
