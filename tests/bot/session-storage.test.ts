import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSessionStorage } from '../../src/bot/session-storage.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('session storage', () => {
  it('in memory: a session expires after its ttl, and expired ones are freed even if never read again', async () => {
    let now = 0;
    const storage = createSessionStorage<{ report: string }>({ ttlMs: 1_000, now: () => now });
    await storage.write('1', { report: 'a' });
    expect(await storage.read('1')).toEqual({ report: 'a' });
    now = 1_000;
    expect(await storage.read('1')).toBeUndefined();
    // Ten thousand chats, each seen once, one millisecond apart: memory holds only the last second's.
    for (let chat = 0; chat < 10_000; chat++) {
      now += 1;
      await storage.write(String(chat), { report: 'a' });
    }
    expect(storage.size).toBeLessThanOrEqual(1_000);
    expect(await storage.read('9999')).toEqual({ report: 'a' });
  });

  it('in memory: writing a session again restarts its clock', async () => {
    let now = 0;
    const storage = createSessionStorage<number>({ ttlMs: 1_000, now: () => now });
    await storage.write('7', 1);
    now = 900;
    await storage.write('7', 2);
    now = 1_500;
    await storage.write('8', 3);
    expect(await storage.read('7')).toBe(2);
  });

  it('in a folder: sessions survive a new storage (a restart) and refuse keys that are not plain', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sessions-'));
    dirs.push(dir);
    const first = createSessionStorage<{ report: string }>({ dir, ttlMs: 60_000 });
    await first.write('-1001234', { report: 'bac-tu-liem-2022' });
    const second = createSessionStorage<{ report: string }>({ dir, ttlMs: 60_000 });
    expect(await second.read('-1001234')).toEqual({ report: 'bac-tu-liem-2022' });
    await second.delete('-1001234');
    expect(await first.read('-1001234')).toBeUndefined();
    await expect(second.read('../../etc/passwd')).rejects.toThrow(/not usable as a file name/);
  });

  it('in a folder: a session file that is not JSON (a kill mid-write) is dropped and the chat starts afresh', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sessions-'));
    dirs.push(dir);
    const dropped: string[] = [];
    const storage = createSessionStorage<{ report: string }>({ dir, ttlMs: 60_000, onUnreadable: (key) => dropped.push(key) });
    await storage.write('77', { report: 'bac-tu-liem-2022' });
    const [sub] = readdirSync(dir);
    writeFileSync(path.join(dir, sub ?? '', '77.json'), '{"session":{"rep');
    expect(await storage.read('77')).toBeUndefined();
    expect(dropped).toEqual(['77']);
    await storage.write('77', { report: 'other' });
    expect(await storage.read('77')).toEqual({ report: 'other' });
  });
});
