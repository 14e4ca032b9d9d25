import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/mock/user-entities.js';
import { api, startTelegram } from './mock-harness.js';

async function updates(telegram: Awaited<ReturnType<typeof startTelegram>>): Promise<Update[]> {
  return (await api(telegram, 'getUpdates')).body.result as Update[];
}

describe('acting as users', () => {
  it('sends private messages shaped like Telegram updates', async () => {
    const telegram = await startTelegram();
    const alice = telegram.users.createUser({ firstName: 'Alice', languageCode: 'vi' });
    telegram.users.sendPrivate(alice, 'thu ngân sách');
    telegram.users.sendPrivate(alice, 'chi ngân sách');
    const [first, second] = await updates(telegram);
    expect(first).toEqual({
      update_id: expect.any(Number) as number,
      message: {
        message_id: 1,
        from: { id: alice.id, is_bot: false, first_name: 'Alice', language_code: 'vi' },
        chat: { id: alice.id, type: 'private', first_name: 'Alice' },
        date: expect.any(Number) as number,
        text: 'thu ngân sách',
      },
    });
    expect(second?.update_id).toBe((first?.update_id ?? 0) + 1);
    expect(second?.message?.message_id).toBe(2);
  });

  it('numbers messages per chat', async () => {
    const telegram = await startTelegram();
    const alice = telegram.users.createUser();
    const group = telegram.users.createGroup();
    expect(telegram.users.sendPrivate(alice, 'a').message.message_id).toBe(1);
    expect(telegram.users.sendGroup(group.id, alice, 'b').message.message_id).toBe(1);
    expect(telegram.users.sendGroup(group.id, alice, 'c').message.message_id).toBe(2);
  });

  it('marks commands and mentions with the entities Telegram adds', () => {
    expect(detectEntities('/ask@report_bot chi ngân sách?')).toEqual([{ type: 'bot_command', offset: 0, length: 15 }]);
    expect(detectEntities('hỏi @report_bot: thu ngân sách')).toEqual([{ type: 'mention', offset: 4, length: 11 }]);
    expect(detectEntities('a/b and x@y.z and /help')).toEqual([{ type: 'bot_command', offset: 18, length: 5 }]);
  });

  it('replies to a message, and posts in forum topics the way Telegram does', async () => {
    const telegram = await startTelegram();
    const alice = telegram.users.createUser();
    const forum = telegram.users.createGroup({ forum: true, title: 'Phường' });
    const topic = telegram.users.createTopic(forum.id, alice, 'Ngân sách');
    const { message } = telegram.users.sendGroup(forum.id, alice, 'thu ngân sách?', { threadId: topic });
    expect(message).toMatchObject({
      message_thread_id: topic,
      is_topic_message: true,
      chat: { type: 'supergroup', is_forum: true },
      // A topic message that replies to nothing points at the topic's creation message.
      reply_to_message: { message_id: topic, forum_topic_created: { name: 'Ngân sách' } },
    });
    const reply = telegram.users.sendGroup(forum.id, alice, 'và chi?', { replyTo: message.message_id }).message;
    expect(reply).toMatchObject({ message_thread_id: topic, reply_to_message: { message_id: message.message_id } });
    expect(reply.reply_to_message).not.toHaveProperty('reply_to_message');
  });

  it('in privacy mode delivers only commands for the bot and replies to it, as Telegram does', async () => {
    const telegram = await startTelegram({ botUsername: 'report_bot' });
    const alice = telegram.users.createUser();
    const group = telegram.users.createGroup({ privacyMode: true });
    const delivered = (text: string, options?: { replyTo?: number }) => telegram.users.sendGroup(group.id, alice, text, options).update !== undefined;
    // Commands: bare ones reach every bot, addressed ones only their bot.
    expect(delivered('/ask thu?')).toBe(true);
    expect(delivered('/ask@report_bot thu?')).toBe(true);
    expect(delivered('/ask@Report_Bot thu?')).toBe(true);
    expect(delivered('/ask@other_bot thu?')).toBe(false);
    // Not a command, only a slash.
    expect(delivered('/ thu?')).toBe(false);
    // A plain message, and a mention: some clients do not deliver bare mentions, so the mock never does.
    expect(delivered('chuyện phiếm')).toBe(false);
    expect(delivered('@report_bot thu?')).toBe(false);
    expect(delivered('cho hỏi @report_bot thu?')).toBe(false);
    // Replies: to the bot's message yes, to a person's no.
    const mine = await api(telegram, 'sendMessage', { chat_id: group.id, text: '211%' });
    expect(delivered('thu?', { replyTo: (mine.body.result as { message_id: number }).message_id })).toBe(true);
    const theirs = telegram.users.sendGroup(group.id, alice, 'hi').message.message_id;
    expect(delivered('thu?', { replyTo: theirs })).toBe(false);
    // Service messages still arrive.
    const forum = telegram.users.createGroup({ forum: true, privacyMode: true });
    telegram.users.createTopic(forum.id, alice, 'Ngân sách');
    expect(telegram.pendingUpdates().at(-1)?.message?.forum_topic_created).toBeDefined();
  });

  it('sends stickers, edits, inline queries and button presses', async () => {
    const telegram = await startTelegram();
    const alice = telegram.users.createUser();
    telegram.users.sendSticker(alice.id, alice);
    const { message } = telegram.users.sendPrivate(alice, 'thu');
    telegram.users.editMessage(alice.id, message.message_id, 'chi');
    const inlineId = telegram.users.inlineQuery(alice, 'ngân sách', { chatType: 'sender' });
    const sent = await api(telegram, 'sendMessage', {
      chat_id: alice.id,
      text: 'Bạn muốn hỏi…?',
      reply_markup: { inline_keyboard: [[{ text: '102%', callback_data: 'fact:2' }]] },
    });
    const botMessageId = (sent.body.result as { message_id: number }).message_id;
    const callbackId = telegram.users.pressButton(alice.id, botMessageId, alice, { text: '102%' });
    const [sticker, , edited, inline, callback] = await updates(telegram);
    expect(sticker?.message?.sticker).toMatchObject({ type: 'regular', emoji: '👍' });
    expect(edited?.edited_message).toMatchObject({ message_id: message.message_id, text: 'chi', edit_date: expect.any(Number) as number });
    expect(inline?.inline_query).toMatchObject({ id: inlineId, query: 'ngân sách', offset: '', chat_type: 'sender', from: { id: alice.id } });
    expect(callback?.callback_query).toMatchObject({
      id: callbackId,
      data: 'fact:2',
      chat_instance: expect.any(String) as string,
      message: { message_id: botMessageId, from: { is_bot: true } },
    });
    expect(() => telegram.users.pressButton(alice.id, botMessageId, alice, { data: 'nope' })).toThrow(/no such callback button/);
  });

  it('posts a chosen inline result via the bot', async () => {
    const telegram = await startTelegram();
    const alice = telegram.users.createUser();
    const group = telegram.users.createGroup();
    const queryId = telegram.users.inlineQuery(alice, 'thu');
    await api(telegram, 'answerInlineQuery', {
      inline_query_id: queryId,
      results: [{ type: 'article', id: 'f1', title: '211%', input_message_content: { message_text: '<b>211%</b>', parse_mode: 'HTML' } }],
    });
    const { message } = telegram.users.chooseInlineResult(group.id, alice, queryId, 'f1');
    expect(message).toMatchObject({ text: '211%', entities: [{ type: 'bold', offset: 0, length: 4 }], via_bot: { id: telegram.bot.id } });
  });

  it('answers getChatMember as Telegram does: creator and admins as made, posters as members, others left', async () => {
    const telegram = await startTelegram();
    const [owner, admin, poster, stranger] = ['Owner', 'Admin', 'Poster', 'Stranger'].map((firstName) => telegram.users.createUser({ firstName }));
    if (owner === undefined || admin === undefined || poster === undefined || stranger === undefined) throw new Error('four users');
    const group = telegram.users.createGroup({ supergroup: true, creator: owner, admins: [admin] });
    telegram.users.sendGroup(group.id, poster, '/report');
    const status = async (userId: number, chatId = group.id) => (await api(telegram, 'getChatMember', { chat_id: chatId, user_id: userId })).body;
    expect((await status(owner.id)).result).toMatchObject({ status: 'creator', user: { id: owner.id } });
    expect((await status(admin.id)).result).toMatchObject({ status: 'administrator', can_manage_chat: true, user: { id: admin.id } });
    expect((await status(poster.id)).result).toEqual({ status: 'member', user: poster });
    expect((await status(stranger.id)).result).toEqual({ status: 'left', user: stranger });
    expect((await status(telegram.bot.id)).result).toMatchObject({ status: 'member', user: { id: telegram.bot.id, is_bot: true } });
    expect(await status(stranger.id + 1000)).toMatchObject({ ok: false, error_code: 400, description: 'Bad Request: user not found' });
    expect(await status(owner.id, -42)).toMatchObject({ ok: false, error_code: 400, description: 'Bad Request: chat not found' });
    // form-encoded, as some clients send it
    expect((await api(telegram, 'getChatMember', { chat_id: String(group.id), user_id: String(admin.id) }, { encoding: 'form' })).body.result).toMatchObject({ status: 'administrator' });
  });

  it('sends photos with captions, hidden by privacy mode unless the caption is a command, and presses forged button data', async () => {
    const telegram = await startTelegram();
    const alice = telegram.users.createUser({ firstName: 'Alice' });
    const { message } = telegram.users.sendPhoto(alice.id, alice, { caption: 'thu ngân sách @mock_report_bot' });
    expect(message).toMatchObject({ chat: { id: alice.id, type: 'private' }, caption: 'thu ngân sách @mock_report_bot', caption_entities: [{ type: 'mention', offset: 14, length: 16 }] });
    expect(message.photo?.length).toBe(2);
    expect(message.text).toBeUndefined();
    const group = telegram.users.createGroup({ privacyMode: true });
    expect(telegram.users.sendPhoto(group.id, alice, { caption: 'just a picture' }).update).toBeUndefined();
    expect(telegram.users.sendPhoto(group.id, alice).update).toBeUndefined();
    expect(telegram.users.sendPhoto(group.id, alice, { caption: '/ask thu ngân sách' }).update).toBeDefined();
    const pressed = telegram.users.pressButton(alice.id, message.message_id, alice, { forgedData: 'f:nope:💥' });
    const updates = (await api(telegram, 'getUpdates')).body.result as Update[];
    expect(updates.at(-1)?.callback_query).toMatchObject({ id: pressed, data: 'f:nope:💥', message: { message_id: message.message_id } });
    expect(() => telegram.users.pressButton(alice.id, 999, alice, { forgedData: 'x' })).toThrow(/no message 999/);
  });
});
