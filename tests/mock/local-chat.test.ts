import { PassThrough } from 'node:stream';
import { Bot, InlineKeyboard } from 'grammy';
import { describe, expect, it } from 'vitest';
import { runLocalChat } from '../../src/mock/local-chat.js';

/** A tiny grammY bot standing in for ours: the local chat must work with any bot that polls. */
async function startEchoBot(apiRoot: string, token: string): Promise<() => Promise<void>> {
  const bot = new Bot(token, { client: { apiRoot } });
  bot.on('message:text', async (ctx) => {
    const text = ctx.message.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    await ctx.reply(`<b>Echo</b>: ${text}`, { parse_mode: 'HTML', reply_markup: new InlineKeyboard().text('Again', 'again') });
  });
  bot.callbackQuery('again', async (ctx) => {
    await ctx.answerCallbackQuery({ text: 'pressed' });
    await ctx.editMessageText('Pressed <a href="https://e.org">here</a>', { parse_mode: 'HTML' });
  });
  const done = new Promise<void>((resolve, reject) => {
    bot.start({ onStart: () => { resolve(); } }).catch(reject);
  });
  await done;
  return () => bot.stop();
}

describe('runLocalChat', () => {
  it('answers piped lines in order, presses buttons by number, and stops everything at EOF', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    let apiRoot = '';
    let stopped = false;
    input.end('xin chào <b>&\n\n1\n');
    await runLocalChat({
      input,
      output,
      startBot: async (root, token) => {
        apiRoot = root;
        const stop = await startEchoBot(root, token);
        return async () => {
          await stop();
          stopped = true;
        };
      },
    });
    expect(printed).toBe(
      [
        '> xin chào <b>&',
        'Echo: xin chào <b>&',
        '  [1] Again',
        '> 1',
        '[notice] pressed',
        '(edited) Pressed here (https://e.org)',
        '',
      ].join('\n'),
    );
    expect(stopped).toBe(true);
    // The server is closed: nothing listens any more.
    await expect(fetch(`${apiRoot}/botx/getMe`)).rejects.toThrow();
  });

  it('after an edit takes the buttons away, a number is a message again, not a press of a gone button', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    input.end('xin chào\n1\n1\n');
    await runLocalChat({ input, output, startBot: startEchoBot });
    expect(printed).toBe(
      [
        '> xin chào',
        'Echo: xin chào',
        '  [1] Again',
        '> 1',
        '[notice] pressed',
        '(edited) Pressed here (https://e.org)',
        '> 1',
        'Echo: 1',
        '  [1] Again',
        '',
      ].join('\n'),
    );
  });

  it('stops the server even when the bot cannot start', async () => {
    let apiRoot = '';
    await expect(
      runLocalChat({
        input: new PassThrough(),
        output: new PassThrough(),
        startBot: (root) => {
          apiRoot = root;
          return Promise.reject(new Error('no knowledge'));
        },
      }),
    ).rejects.toThrow('no knowledge');
    await expect(fetch(`${apiRoot}/botx/getMe`)).rejects.toThrow();
  });
});
