/**
 * The console page in a real headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core): ask, open "why", press a button, teach, refuse a bad upload.
 * Every wait is for a selector or a text, never a fixed sleep.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestConsole, type ConsoleUnderTest } from './console-harness.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let c: ConsoleUnderTest;
let browser: BrowserContext;
let page: Page;
let profile: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run installs it)`);
  c = await startTestConsole();
  profile = mkdtempSync(join(tmpdir(), 'console-chromium-'));
  // A fresh profile for each run (playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: FLAGS, viewport: { width: 1280, height: 800 } });
  page = browser.pages()[0] ?? (await browser.newPage());
  // No request may leave the console's own origin.
  await page.route('**/*', (route) => (route.request().url().startsWith(c.running.origin) || route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  await page.goto(c.running.url);
  await page.waitForSelector('body.ready');
});

afterAll(async () => {
  await browser.close();
  await c.close();
  rmSync(profile, { recursive: true, force: true });
});

async function ask(question: string): Promise<void> {
  const before = await page.locator('.message.bot').count();
  await page.fill('#composer-input', question);
  await page.press('#composer-input', 'Enter');
  await page.locator('.message.bot').nth(before).waitFor();
}

const lastBot = () => page.locator('.message.bot').last();

describe('console page in Chromium', () => {
  it('asks a question and shows the answer with its figure in bold', async () => {
    await ask('thu ngân sách đạt bao nhiêu');
    await expect.poll(() => lastBot().locator('.text').innerText()).toContain('«Thu ngân sách ước đạt 211% dự toán giao.»');
    expect(await lastBot().locator('.text strong').first().innerText()).toBe('211%');
  });

  it('opens "why": the fact chosen, score against threshold, words as read, alternatives', async () => {
    await ask('chi ngan sach');
    await lastBot().locator('.why-button').click();
    await page.locator('#why-body .candidates').waitFor();
    expect(await page.locator('#why-body .verdict').innerText()).toBe('Answered');
    expect(await page.locator('#why-body .words tbody tr').count()).toBe(3);
    expect(await page.locator('#why-body .words').innerText()).toContain('ngan');
    expect(await page.locator('#why-body .candidate').count()).toBeGreaterThan(1);
    expect(await page.locator('#why-body .score-summary').innerText()).toContain('62%');
    await page.click('#why-close');
  });

  it('presses an alternatives button and the answer is edited in place', async () => {
    await ask('chi ngân sách');
    const message = lastBot();
    const id = await message.getAttribute('data-id');
    await message.locator('.keyboard-button').first().click();
    await page.locator(`.message.bot[data-id="${id}"] .meta`, { hasText: 'edited' }).waitFor();
    expect(await page.locator(`.message.bot[data-id="${id}"] .text strong`).first().innerText()).toBe('97,4%');
  });

  it('teaches a paraphrase from "why", and the same question is then answered, without a restart', async () => {
    const question = 'tiền vào kho quận năm nay thế nào';
    await ask(question);
    expect(await lastBot().innerText()).toContain('Báo cáo không nói');
    await lastBot().locator('.why-button').click();
    await page.locator('#teach-search').fill('211%');
    await page.locator('.teach-fact[data-fact="bac-tu-liem-2022/thu-ngan-sach"] .teach-pick').click();
    await page.locator('#teach-status.ok').waitFor();
    await page.click('#why-close');
    await ask(question);
    expect(await lastBot().locator('.text strong').first().innerText()).toBe('211%');
  });

  it('shows a reply that arrives without the page asking for it (the long poll)', async () => {
    const before = await page.locator('.message.bot').count();
    const info = (await (await c.api('/info')).json()) as { chats: { id: number; kind: string; members: { id: number }[] }[] };
    const shown = info.chats.find((x) => x.kind === 'private');
    // Sent from outside the page, as a second tab or a late bot reply would be.
    expect((await c.api('/send', json({ chatId: shown?.id, fromId: shown?.members[0]?.id, text: 'chi ngân sách quận đạt bao nhiêu' }))).status).toBe(200);
    await page.locator('.message.bot').nth(before).waitFor();
    expect(await lastBot().locator('.text strong').first().innerText()).toBe('97,4%');
  });

  it('refuses a malformed upload with a clear message', async () => {
    await page.click('#tab-button-reports');
    await page.setInputFiles('#import-file', { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 binary') });
    await page.click('#import-form button[type=submit]');
    await page.locator('#import-status.error').waitFor();
    expect(await page.locator('#import-status').innerText()).toContain('pick a .txt or .html file');
    expect(await page.locator('#import-review').innerText()).toBe('');
    await page.click('#tab-button-chat');
  });

  it('on a phone-width screen keeps the composer in view as the chat grows: the messages scroll, not the page', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    try {
      // By now the chat holds more than a screenful of messages.
      await ask('chi ngân sách quận đạt bao nhiêu');
      const box = await page.locator('#composer').boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(740);
      expect(await page.evaluate<number>('document.documentElement.scrollHeight')).toBeLessThanOrEqual(740);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('after sending, shows the reply even when the editor had scrolled up to read older messages', async () => {
    await page.locator('#messages').evaluate('(list) => { list.scrollTop = 0; }');
    await ask('thu ngân sách đạt bao nhiêu');
    const list = await page.locator('#messages').boundingBox();
    const last = await lastBot().boundingBox();
    expect(list).not.toBeNull();
    expect(last).not.toBeNull();
    expect((last?.y ?? 0) + (last?.height ?? 0)).toBeLessThanOrEqual((list?.y ?? 0) + (list?.height ?? 0) + 1);
    expect(last?.y ?? 0).toBeGreaterThanOrEqual(list?.y ?? 0);
  });

  it('on a phone-width screen fits the group chat, speaker list and send button included, in the screen width', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    try {
      await page.locator('.chat-entry').nth(1).click();
      await page.locator('#speaker').waitFor();
      const send = await page.locator('#send').boundingBox();
      expect((send?.x ?? 0) + (send?.width ?? 0)).toBeLessThanOrEqual(375);
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.locator('.chat-entry').first().click();
    }
  });
});
