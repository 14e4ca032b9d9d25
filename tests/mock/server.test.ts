import { describe, expect, it } from 'vitest';
import { api, startTelegram } from './mock-harness.js';

describe('fake Bot API: routing and envelope', () => {
  it('answers getMe with the bot, whose id comes from the token', async () => {
    const telegram = await startTelegram({ botUsername: 'report_test_bot' });
    const reply = await api(telegram, 'getMe');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ ok: true, result: { id: 123456, is_bot: true, username: 'report_test_bot' } });
  });

  it('answers 401 Unauthorized for another token and 404 Not Found for an unknown method', async () => {
    const telegram = await startTelegram();
    expect(await api(telegram, 'getMe', {}, { token: '999:nope' })).toEqual({
      status: 401,
      body: { ok: false, error_code: 401, description: 'Unauthorized' },
    });
    expect(await api(telegram, 'sendTelepathy')).toEqual({ status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } });
  });

  it('treats method names case-insensitively, as the Bot API does', async () => {
    const telegram = await startTelegram();
    expect((await api(telegram, 'GETME')).status).toBe(200);
  });

  it('accepts JSON, urlencoded and query-string parameters alike', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser();
    telegram.users.sendPrivate(user, 'xin chào');
    const markup = { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] };
    for (const encoding of ['json', 'form', 'query'] as const) {
      const reply = await api(telegram, 'sendMessage', { chat_id: user.id, text: `<b>${encoding}</b>`, parse_mode: 'HTML', reply_markup: markup }, { encoding });
      expect(reply.body).toMatchObject({
        ok: true,
        result: { chat: { id: user.id }, text: encoding, entities: [{ type: 'bold', offset: 0, length: encoding.length }], reply_markup: markup },
      });
    }
    expect(telegram.calls('sendMessage')).toHaveLength(3);
  });

  it('accepts multipart bodies, as grammY sends with file uploads', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser();
    telegram.users.sendPrivate(user, 'hi');
    const form = new FormData();
    form.append('chat_id', String(user.id));
    form.append('text', 'từ multipart');
    form.append('document', new Blob(['abc']), 'report.txt');
    const response = await fetch(`${telegram.apiRoot}/bot${telegram.token}/sendMessage`, { method: 'POST', body: form });
    expect(await response.json()).toMatchObject({ ok: true, result: { text: 'từ multipart' } });
    expect(telegram.calls('sendMessage')[0]?.params.document).toEqual({ filename: 'report.txt', size: 3 });
  });

  it('records every call with its parameters and outcome', async () => {
    const telegram = await startTelegram();
    await api(telegram, 'sendMessage', { chat_id: 42, text: 'x' });
    const [call] = telegram.calls();
    expect(call).toMatchObject({ method: 'sendMessage', params: { chat_id: 42, text: 'x' }, outcome: { status: 400, description: 'Bad Request: chat not found' } });
  });
});

describe('fake Bot API: sendMessage validation', () => {
  async function withChat() {
    const telegram = await startTelegram();
    const user = telegram.users.createUser();
    const { message } = telegram.users.sendPrivate(user, 'câu hỏi');
    const send = (params: Record<string, unknown>) => api(telegram, 'sendMessage', { chat_id: user.id, ...params });
    return { telegram, user, message, send };
  }

  it("answers Telegram's 400s for empty, too long and unparsable text", async () => {
    const { send } = await withChat();
    expect((await send({ text: '' })).body.description).toBe('Bad Request: message text is empty');
    expect((await send({ text: '  \n ' })).body.description).toBe('Bad Request: message text is empty');
    expect((await send({ text: 'x'.repeat(4097) })).body.description).toBe('Bad Request: message is too long');
    expect((await send({ text: 'x'.repeat(4096) })).status).toBe(200);
    // Length counts after parsing: tags do not count.
    expect((await send({ text: `<b>${'x'.repeat(4096)}</b>`, parse_mode: 'HTML' })).status).toBe(200);
    const badHtml = await send({ text: '<b>211%</b> — chi < thu', parse_mode: 'HTML' });
    expect(badHtml).toEqual({
      status: 400,
      body: { ok: false, error_code: 400, description: 'Bad Request: can\'t parse entities: Unsupported start tag "" at byte offset 20' },
    });
  });

  it('rejects callback data over 64 bytes and accepts 64', async () => {
    const { send } = await withChat();
    const keyboard = (data: string) => ({ inline_keyboard: [[{ text: 'A', callback_data: data }]] });
    expect((await send({ text: 'x', reply_markup: keyboard('é'.repeat(33)) })).body.description).toBe('Bad Request: BUTTON_DATA_INVALID');
    expect((await send({ text: 'x', reply_markup: keyboard('é'.repeat(32)) })).status).toBe(200);
  });

  it('replies to an existing message and refuses a missing one', async () => {
    const { send, message } = await withChat();
    const reply = await send({ text: 'trả lời', reply_parameters: { message_id: message.message_id } });
    expect(reply.body).toMatchObject({ ok: true, result: { reply_to_message: { message_id: message.message_id, text: 'câu hỏi' } } });
    expect((await send({ text: 'x', reply_parameters: { message_id: 999 } })).body.description).toBe('Bad Request: message to be replied not found');
    expect((await send({ text: 'x', reply_parameters: { message_id: 999, allow_sending_without_reply: true } })).status).toBe(200);
  });

  it('answers 400 chat not found and 403 when the user blocked the bot', async () => {
    const { telegram, user, send } = await withChat();
    expect((await api(telegram, 'sendMessage', { chat_id: 777, text: 'x' })).body.description).toBe('Bad Request: chat not found');
    telegram.users.setBlocked(user, true);
    expect((await send({ text: 'x' })).body).toMatchObject({ error_code: 403, description: 'Forbidden: bot was blocked by the user' });
  });

  it('puts a message in the forum topic asked for, or in the topic of the message it replies to', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser();
    const forum = telegram.users.createGroup({ forum: true });
    const topic = telegram.users.createTopic(forum.id, user, 'Ngân sách');
    const { message } = telegram.users.sendGroup(forum.id, user, 'hỏi', { threadId: topic });
    const explicit = await api(telegram, 'sendMessage', { chat_id: forum.id, text: 'a', message_thread_id: topic });
    expect(explicit.body.result).toMatchObject({ message_thread_id: topic, is_topic_message: true });
    const inferred = await api(telegram, 'sendMessage', { chat_id: forum.id, text: 'b', reply_parameters: { message_id: message.message_id } });
    expect(inferred.body.result).toMatchObject({ message_thread_id: topic, is_topic_message: true });
    const general = await api(telegram, 'sendMessage', { chat_id: forum.id, text: 'c' });
    expect(general.body.result).not.toHaveProperty('message_thread_id');
    expect((await api(telegram, 'sendMessage', { chat_id: forum.id, text: 'd', message_thread_id: 999 })).body.description).toBe(
      'Bad Request: message thread not found',
    );
  });

  it('lets waitForBotMessage read the bot messages of a chat in order', async () => {
    const { telegram, user, send } = await withChat();
    const later = telegram.waitForBotMessage(user.id, { timeoutMs: 1_000 });
    await send({ text: 'một' });
    await send({ text: 'hai' });
    expect((await later).text).toBe('một');
    expect((await telegram.waitForBotMessage(user.id)).text).toBe('hai');
    await expect(telegram.waitForBotMessage(user.id, { timeoutMs: 50 })).rejects.toThrow(/Timed out after 50 ms/);
  });
});

describe('fake Bot API: edits, queries and commands', () => {
  it('edits a bot message, refuses an identical edit and removes the keyboard when none is given', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser();
    telegram.users.sendPrivate(user, 'hi');
    const sent = await api(telegram, 'sendMessage', { chat_id: user.id, text: 'a', reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] } });
    const messageId = (sent.body.result as { message_id: number }).message_id;
    const edited = await api(telegram, 'editMessageText', { chat_id: user.id, message_id: messageId, text: 'b' });
    expect(edited.body.result).toMatchObject({ text: 'b', edit_date: expect.any(Number) as number });
    expect(edited.body.result).not.toHaveProperty('reply_markup');
    expect((await api(telegram, 'editMessageText', { chat_id: user.id, message_id: messageId, text: 'b' })).body.description).toMatch(
      /^Bad Request: message is not modified/,
    );
    expect((await api(telegram, 'editMessageText', { chat_id: user.id, message_id: 1, text: 'x' })).body.description).toBe(
      "Bad Request: message can't be edited",
    );
    expect((await telegram.waitForBotEdit(user.id)).text).toBe('b');
  });

  it('accepts one answer per callback query and records it', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser();
    telegram.users.sendPrivate(user, 'hi');
    const sent = await api(telegram, 'sendMessage', { chat_id: user.id, text: 'a', reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] } });
    const queryId = telegram.users.pressButton(user.id, (sent.body.result as { message_id: number }).message_id, user, { data: 'a' });
    expect((await api(telegram, 'answerCallbackQuery', { callback_query_id: queryId, text: 'ok' })).status).toBe(200);
    expect(await telegram.waitForCallbackAnswer(queryId)).toEqual({ text: 'ok' });
    expect((await api(telegram, 'answerCallbackQuery', { callback_query_id: queryId })).body.description).toBe(
      'Bad Request: query is too old and response timeout expired or query ID is invalid',
    );
  });

  it('validates inline results: at most 50, unique ids, parsable text', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser();
    const article = (id: number, text = 'x') => ({ type: 'article', id: String(id), title: `t${id}`, input_message_content: { message_text: text, parse_mode: 'HTML' } });
    const tooMany = telegram.users.inlineQuery(user, 'q');
    const answer = (id: string, results: unknown[]) => api(telegram, 'answerInlineQuery', { inline_query_id: id, results });
    expect((await answer(tooMany, Array.from({ length: 51 }, (_, i) => article(i)))).body.description).toBe('Bad Request: RESULTS_TOO_MUCH');
    expect((await answer(tooMany, [article(1), article(1)])).body.description).toBe('Bad Request: RESULT_ID_DUPLICATE');
    expect((await answer(tooMany, [article(1, '<b>x')])).body.description).toMatch(/^Bad Request: can't parse entities/);
    expect((await answer(tooMany, Array.from({ length: 50 }, (_, i) => article(i)))).status).toBe(200);
    expect((await telegram.waitForInlineAnswer(tooMany)).results).toHaveLength(50);
  });

  it('stores commands per scope and language', async () => {
    const telegram = await startTelegram();
    const commands = [{ command: 'ask', description: 'Hỏi' }];
    await api(telegram, 'setMyCommands', { commands, scope: { type: 'all_group_chats' }, language_code: 'en' });
    expect((await api(telegram, 'getMyCommands', { scope: { type: 'all_group_chats' }, language_code: 'en' })).body.result).toEqual(commands);
    expect((await api(telegram, 'getMyCommands')).body.result).toEqual([]);
    expect((await api(telegram, 'setMyCommands', { commands: [{ command: 'Ask!', description: 'x' }] })).body.description).toBe(
      'Bad Request: BOT_COMMAND_INVALID',
    );
    await api(telegram, 'deleteMyCommands', { scope: { type: 'all_group_chats' }, language_code: 'en' });
    expect((await api(telegram, 'getMyCommands', { scope: { type: 'all_group_chats' }, language_code: 'en' })).body.result).toEqual([]);
  });

  it('answers harmless setters with true and validates chat actions', async () => {
    const telegram = await startTelegram();
    const user = telegram.users.createUser();
    telegram.users.sendPrivate(user, 'hi');
    expect((await api(telegram, 'setMyDescription', { description: 'Hỏi đáp' })).body.result).toBe(true);
    expect((await api(telegram, 'getMyDescription')).body.result).toEqual({ description: 'Hỏi đáp' });
    expect((await api(telegram, 'sendChatAction', { chat_id: user.id, action: 'typing' })).body.result).toBe(true);
    expect((await api(telegram, 'sendChatAction', { chat_id: user.id, action: 'dancing' })).body.description).toBe(
      'Bad Request: wrong parameter action in request',
    );
  });
});
