import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../src/mock/terminal-chat.js';
import { api, startTelegram } from './mock-harness.js';

describe('runTerminalChat', () => {
  it('says a pressed button is gone, and goes on, when its message lost the button unseen', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser({ firstName: 'Local' });
    const chatId = telegram.users.privateChat(user).chat.id;
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const chat = runTerminalChat({ telegram, input, output, user, replyTimeoutMs: 200, settleMs: 50 });

    const sent = await api(telegram, 'sendMessage', { chat_id: chatId, text: 'Pick', reply_markup: { inline_keyboard: [[{ text: 'One', callback_data: 'one' }]] } });
    expect(printed).toContain('[1] One');
    // The message changes without the chat hearing of it (e.g. an edit it missed).
    const messageId = (sent.body.result as { message_id: number }).message_id;
    const record = telegram.state.chat(chatId);
    const stored = record?.messages.get(messageId);
    if (record === undefined || stored === undefined) throw new Error('the message was not stored');
    record.messages.set(messageId, { ...stored, reply_markup: undefined });

    input.end('1\nhello\n');
    await chat;
    expect(printed).toContain('> 1\n(that button is gone)\n> hello\n');
    expect(telegram.pendingUpdates().map((update) => update.message?.text)).toEqual(['hello']);
  });

  it('reads a number as a message once the latest bot message has no buttons: it never presses an older one', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser({ firstName: 'Local' });
    const chatId = telegram.users.privateChat(user).chat.id;
    const input = new PassThrough();
    const output = new PassThrough();
    const chat = runTerminalChat({ telegram, input, output, user, replyTimeoutMs: 200, settleMs: 50 });
    await api(telegram, 'sendMessage', { chat_id: chatId, text: 'Pick', reply_markup: { inline_keyboard: [[{ text: 'One', callback_data: 'one' }]] } });
    await api(telegram, 'sendMessage', { chat_id: chatId, text: 'An answer with no buttons' });
    input.end('1\n');
    await chat;
    expect(telegram.pendingUpdates().map((update) => update.message?.text ?? update.callback_query?.data)).toEqual(['1']);
  });
});
