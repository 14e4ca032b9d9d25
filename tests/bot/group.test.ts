import { describe, expect, it } from 'vitest';
import type { Chat } from 'grammy/types';
import { alice, botInfo, group, makeBot, message, text, update, styledTexts } from './bot-harness.js';

const QUESTION = 'thu ngân sách đạt bao nhiêu';

describe('groups: silent unless addressed', () => {
  it.each([
    ['/ask', `/ask ${QUESTION}`],
    ['/ask@botname', `/ask@ReportBot ${QUESTION}`],
    ['/ask@BOTNAME in other case', `/ask@reportbot ${QUESTION}`],
    ['a mention', `@ReportBot ${QUESTION}`],
    ['a mention in the middle', `cho hỏi @ReportBot, ${QUESTION}?`],
  ])('answers %s, quoting the asking message', async (_how, body) => {
    const { bot, sent } = makeBot();
    const asking = text(body, group);
    await bot.handleUpdate(asking);
    expect(sent()).toHaveLength(1);
    expect(styledTexts(sent()[0], 'bold')).toContain('211%');
    expect(sent()[0]?.reply_parameters).toMatchObject({ message_id: asking.message?.message_id });
  });

  it('asks which figure is meant for /ask with one broad word, quoting the asker, with a button per figure', async () => {
    const { bot, sent } = makeBot();
    const asking = text('/ask ngân sách', group);
    await bot.handleUpdate(asking);
    expect(sent()).toHaveLength(1);
    expect(sent()[0]?.text).toContain('Bạn muốn hỏi số liệu nào?');
    expect(styledTexts(sent()[0], 'bold')).toEqual([]);
    expect(sent()[0]?.reply_parameters).toMatchObject({ message_id: asking.message?.message_id });
    const markup = sent()[0]?.reply_markup as { inline_keyboard: unknown[][] } | undefined;
    expect(markup?.inline_keyboard.length).toBe(3);
  });

  it('answers a mention that arrives without entities', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(update({ message: { ...message({}, group), text: `@reportbot ${QUESTION}` } }));
    expect(styledTexts(sent()[0], 'bold')).toContain('211%');
  });

  it('answers a reply to one of its messages', async () => {
    const { bot, sent } = makeBot();
    const mine = message({ text: 'earlier answer' }, group, botInfo);
    await bot.handleUpdate(text(QUESTION, group, { reply_to_message: mine }));
    expect(styledTexts(sent()[0], 'bold')).toContain('211%');
  });

  it.each([
    ['a plain message', text(QUESTION, group)],
    ['a mention of another bot', text(`@OtherBot ${QUESTION}`, group)],
    ['a username that only starts like the bot', text(`@ReportBotFan ${QUESTION}`, group)],
    ['/ask addressed to another bot', text(`/ask@OtherBot ${QUESTION}`, group)],
    ['a reply to another person', text(QUESTION, group, { reply_to_message: message({ text: 'hi' }, group) })],
    ['an edited message not meant for it', update({ edited_message: { ...message({ text: QUESTION }, group), edit_date: 2 } })],
    ['a sticker', update({ message: message({ sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } }, group) })],
    ['a member joining', update({ message: message({ new_chat_members: [alice] }, group) })],
  ])('stays silent for %s', async (_what, u) => {
    const { bot, calls, errors } = makeBot();
    await bot.handleUpdate(u);
    expect(calls).toEqual([]);
    expect(errors()).toEqual([]);
  });

  it('asks for an edited mention to be sent again, quoting it, as in a private chat', async () => {
    const { bot, sent } = makeBot();
    const edited = { ...message({ text: `@ReportBot ${QUESTION}` }, group), edit_date: 2 };
    await bot.handleUpdate(update({ edited_message: edited }));
    expect(sent()).toHaveLength(1);
    expect(sent()[0]?.text).toContain('gửi lại');
    expect(sent()[0]?.reply_parameters).toMatchObject({ message_id: edited.message_id });
  });

  it('ignores messages from other bots, even when they address it', async () => {
    const { bot, calls } = makeBot();
    const otherBot = { id: 99, is_bot: true, first_name: 'Other' };
    await bot.handleUpdate(text(`/ask ${QUESTION}`, group, {}, otherBot));
    expect(calls).toEqual([]);
  });

  it('answers an anonymous admin (who posts as the group, via GroupAnonymousBot)', async () => {
    const { bot, sent } = makeBot();
    const anonymous = { id: 1087968824, is_bot: true, first_name: 'Group' };
    await bot.handleUpdate(text(`/ask ${QUESTION}`, group, { sender_chat: group }, anonymous));
    expect(sent()).toHaveLength(1);
  });

  it('explains how to ask for /ask alone: the question goes after the command', async () => {
    for (const body of ['/ask', '/ask@ReportBot']) {
      const { bot, sent } = makeBot();
      await bot.handleUpdate(text(body, group));
      expect(sent()[0]?.text).toContain('sau lệnh');
      expect(sent()[0]?.text).toContain('/ask Thu ngân sách đạt bao nhiêu?');
    }
  });

  it('explains how to ask for a bare mention: the question goes after the mention, no command involved', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('@ReportBot', group));
    expect(sent()[0]?.text).toContain('sau khi nhắc tên mình');
    expect(styledTexts(sent()[0], 'code')).toContain('@ReportBot Thu ngân sách đạt bao nhiêu?');
    expect(sent()[0]?.text).not.toContain('lệnh');
    const english = makeBot();
    await english.bot.handleUpdate(text('@ReportBot', group, {}, { ...alice, language_code: 'en' }));
    expect(english.sent()[0]?.text).toContain('right after mentioning me');
    expect(english.sent()[0]?.text).not.toContain('command');
  });

  it('gives a text-only hint to a sticker sent in reply to the bot', async () => {
    const { bot, sent } = makeBot();
    const mine = message({ text: 'earlier answer' }, group, botInfo);
    const sticker = { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } as const;
    await bot.handleUpdate(update({ message: message({ sticker, reply_to_message: mine }, group) }));
    expect(sent()[0]?.text).toContain('chỉ đọc được câu hỏi bằng chữ');
  });

  it('answers in the same forum topic, and does not mistake the topic header for a reply to the bot', async () => {
    const forum = { ...group, is_forum: true } satisfies Chat;
    const topicStart = message({ forum_topic_created: { name: 'Ngân sách', icon_color: 1 } }, forum, botInfo);
    const { bot, sent, calls } = makeBot();
    await bot.handleUpdate(text(QUESTION, forum, { is_topic_message: true, message_thread_id: 77, reply_to_message: topicStart }));
    expect(calls).toEqual([]);
    await bot.handleUpdate(text(`/ask ${QUESTION}`, forum, { is_topic_message: true, message_thread_id: 77, reply_to_message: topicStart }));
    expect(sent()[0]).toMatchObject({ chat_id: forum.id, message_thread_id: 77 });
    expect(styledTexts(sent()[0], 'bold')).toContain('211%');
  });

  it('answers /help in a group with how to address the bot there', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('/help@ReportBot', group));
    expect(sent()[0]?.text).toContain('@ReportBot');
    expect(styledTexts(sent()[0], 'code').filter((c) => c.startsWith('/ask ')).length).toBeGreaterThan(1);
    expect(sent()[0]?.text).not.toContain('/start');
  });
});
