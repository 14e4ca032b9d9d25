import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';

const TOKEN = '123456789:AAtest_token-secret0123456789';

describe('configuration', () => {
  it('runs the local chat when no BOT_TOKEN is configured, even if .env left it blank', () => {
    expect(parseConfig({})).toEqual({ ok: true, config: { mode: 'local', logLevel: 'warn', knowledgeDir: 'knowledge', sessionDir: undefined } });
    expect(parseConfig({ BOT_TOKEN: '  ', LOG_LEVEL: '' }, '/pkg/knowledge')).toMatchObject({ ok: true, config: { mode: 'local', knowledgeDir: '/pkg/knowledge' } });
  });

  it('keeps the log quiet (warn) in the local chat and at info with a token, unless LOG_LEVEL says otherwise', () => {
    expect(parseConfig({ LOG_LEVEL: '' })).toMatchObject({ ok: true, config: { mode: 'local', logLevel: 'warn' } });
    expect(parseConfig({ LOG_LEVEL: 'debug' })).toMatchObject({ ok: true, config: { mode: 'local', logLevel: 'debug' } });
    expect(parseConfig({ BOT_TOKEN: TOKEN })).toMatchObject({ ok: true, config: { mode: 'polling', logLevel: 'info' } });
  });

  it('defaults to polling, and accepts an API root for the mock or a self-hosted server', () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/', LOG_LEVEL: 'DEBUG', KNOWLEDGE_DIR: 'kb', SESSION_DIR: ' sessions ' })).toEqual({
      ok: true,
      config: { mode: 'polling', token: TOKEN, apiRoot: 'http://127.0.0.1:8081', logLevel: 'debug', knowledgeDir: 'kb', sessionDir: 'sessions' },
    });
  });

  it('reads the webhook settings', () => {
    const env = { BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.org/tg', WEBHOOK_SECRET: 's3cret_-X_0123456', PORT: '3000' };
    expect(parseConfig(env)).toMatchObject({ ok: true, config: { mode: 'webhook', webhookUrl: 'https://bot.example.org/tg', webhookSecret: 's3cret_-X_0123456', port: 3000, apiRoot: undefined } });
    expect(parseConfig({ ...env, PORT: undefined })).toMatchObject({ ok: true, config: { port: 8080 } });
  });

  it('reads BOT_MODE in any case, like LOG_LEVEL', () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, BOT_MODE: 'Polling' })).toMatchObject({ ok: true, config: { mode: 'polling' } });
    const webhook = { BOT_TOKEN: TOKEN, BOT_MODE: 'WEBHOOK', WEBHOOK_URL: 'https://bot.example.org/tg', WEBHOOK_SECRET: 's3cret_-X_0123456789' };
    expect(parseConfig(webhook)).toMatchObject({ ok: true, config: { mode: 'webhook' } });
    expect(parseConfig({ BOT_MODE: 'Webhook' })).toEqual({ ok: false, error: 'BOT_TOKEN is required when BOT_MODE=webhook' });
  });

  it('requires an https WEBHOOK_URL, as Telegram does, except for a local address (the mock)', () => {
    const env = { BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_SECRET: 'abcdefghijklmnop' };
    expect(parseConfig({ ...env, WEBHOOK_URL: 'http://bot.example.org/hook' })).toEqual({
      ok: false,
      error: 'WEBHOOK_URL must be an https:// URL: Telegram delivers webhooks over HTTPS only (got "http://bot.example.org/hook")',
    });
    for (const local of ['http://127.0.0.1:8443/hook', 'http://localhost/hook']) {
      expect(parseConfig({ ...env, WEBHOOK_URL: local })).toMatchObject({ ok: true, config: { webhookUrl: local } });
    }
  });

  it('refuses SESSION_FILE with a pointer to SESSION_DIR, rather than ignore it and lose sessions on restart', () => {
    for (const env of [{ SESSION_FILE: 'sessions.json' }, { BOT_TOKEN: TOKEN, SESSION_FILE: '/var/lib/bot/s.json', SESSION_DIR: 'sessions' }]) {
      const parsed = parseConfig(env);
      expect(parsed.ok).toBe(false);
      expect(parsed.ok ? '' : parsed.error).toMatch(/^SESSION_FILE is not supported: .*Set SESSION_DIR to a folder instead/);
    }
    // Left blank in .env, as .env.example has it: no error.
    expect(parseConfig({ SESSION_FILE: ' ' })).toMatchObject({ ok: true });
  });

  it('requires a WEBHOOK_SECRET of at least 16 characters, so redacting it never mangles the logs', () => {
    const env = { BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://x.org' };
    expect(parseConfig({ ...env, WEBHOOK_SECRET: 'abcdefghijklmno' })).toEqual({
      ok: false,
      error: 'WEBHOOK_SECRET must be 16-256 characters of A-Z, a-z, 0-9, _ and - (e.g. from: openssl rand -hex 32)',
    });
    expect(parseConfig({ ...env, WEBHOOK_SECRET: 'abcdefghijklmnop' })).toMatchObject({ ok: true });
  });

  it.each([
    [{ BOT_TOKEN: 'not a token' }, 'BOT_TOKEN'],
    [{ BOT_TOKEN: `${TOKEN} extra` }, 'BOT_TOKEN'],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: 'push' }, 'BOT_MODE'],
    [{ BOT_TOKEN: TOKEN, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'api.telegram.org' }, 'TELEGRAM_API_ROOT'],
    [{ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'ftp://x' }, 'TELEGRAM_API_ROOT'],
    [{ BOT_MODE: 'webhook' }, 'BOT_TOKEN'],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_SECRET: 'abc' }, 'WEBHOOK_URL'],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://x.org' }, 'WEBHOOK_SECRET'],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://x.org', WEBHOOK_SECRET: 'has spaces! and more' }, 'WEBHOOK_SECRET'],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://x.org', WEBHOOK_SECRET: 'abc' }, 'WEBHOOK_SECRET'],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://x.org', WEBHOOK_SECRET: 'abcdefghijklmnop', PORT: '80a' }, 'PORT'],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://x.org', WEBHOOK_SECRET: 'abcdefghijklmnop', PORT: '70000' }, 'PORT'],
  ])('rejects %j with one line naming %s', (env, variable) => {
    const result = parseConfig(env);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.startsWith(variable)).toBe(true);
    expect(result.error).not.toContain('\n');
    expect(result.error).not.toContain(TOKEN);
  });
});
