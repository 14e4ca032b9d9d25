import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTelegram, type BotEvent } from '../../src/mock/index.js';
import { ensureBuilt, killBots, startPollingBot } from './bot-process.js';

// One bot process serves these conversations; each test uses its own users and chats.
let telegram: FakeTelegram;

beforeAll(async () => {
  await ensureBuilt();
  telegram = await FakeTelegram.start({ botUsername: 'baocao_test_bot' });
  await startPollingBot(telegram);
}, 60_000);

afterAll(async () => {
  await killBots();
  await telegram.close();
});

const ASK = 'thu ngân sách đạt bao nhiêu';

function callbackButtons(message: Message) {
  return (message.reply_markup?.inline_keyboard ?? []).flat().filter((button) => 'callback_data' in button);
}

describe('the real bot, in conversation', () => {
  it('answers a private question with the figure', async () => {
    const user = telegram.users.createUser({ languageCode: 'vi' });
    telegram.users.sendPrivate(user, ASK);
    const answer = await telegram.waitForBotMessage(user.id);
    expect(answer.text).toContain('211%');
    expect(answer.text).toContain('Thu ngân sách ước đạt 211% dự toán giao.');
  });

  it('answers /ask@bot, a mention and a reply in a group, quoting the asking message', async () => {
    const user = telegram.users.createUser();
    const group = telegram.users.createGroup({ supergroup: true });

    const command = telegram.users.sendGroup(group.id, user, `/ask@baocao_test_bot ${ASK}`).message;
    const first = await telegram.waitForBotMessage(group.id);
    expect(first.text).toContain('211%');
    expect(first.reply_to_message?.message_id).toBe(command.message_id);

    const mention = telegram.users.sendGroup(group.id, user, '@baocao_test_bot chi ngân sách đạt bao nhiêu').message;
    const second = await telegram.waitForBotMessage(group.id);
    expect(second.text).toContain('102%');
    expect(second.reply_to_message?.message_id).toBe(mention.message_id);

    const reply = telegram.users.sendGroup(group.id, user, ASK, { replyTo: second.message_id }).message;
    const third = await telegram.waitForBotMessage(group.id);
    expect(third.text).toContain('211%');
    expect(third.reply_to_message?.message_id).toBe(reply.message_id);
  });

  it('with privacy mode on, /ask@bot and a reply still reach it; a bare mention does not, so it is never relied on', async () => {
    const user = telegram.users.createUser();
    const group = telegram.users.createGroup({ supergroup: true, privacyMode: true });

    const command = telegram.users.sendGroup(group.id, user, `/ask@baocao_test_bot ${ASK}`).message;
    const first = await telegram.waitForBotMessage(group.id);
    expect(first.text).toContain('211%');
    expect(first.reply_to_message?.message_id).toBe(command.message_id);

    expect(telegram.users.sendGroup(group.id, user, '@baocao_test_bot chi ngân sách đạt bao nhiêu').update).toBeUndefined();

    const reply = telegram.users.sendGroup(group.id, user, 'chi ngân sách đạt bao nhiêu', { replyTo: first.message_id }).message;
    const second = await telegram.waitForBotMessage(group.id);
    expect(second.text).toContain('102%');
    expect(second.reply_to_message?.message_id).toBe(reply.message_id);
    expect(telegram.botMessages(group.id)).toHaveLength(2);
  });

  it('stays silent in a group when not addressed', async () => {
    const user = telegram.users.createUser();
    const group = telegram.users.createGroup({ supergroup: true });
    telegram.users.sendGroup(group.id, user, ASK);
    telegram.users.sendGroup(group.id, user, 'chào cả nhà 👋');
    // The bot handles updates in order: once the addressed question is answered, the
    // unaddressed messages before it have been handled too, without a word.
    const addressed = telegram.users.sendGroup(group.id, user, `/ask ${ASK}`).message;
    const answer = await telegram.waitForBotMessage(group.id);
    expect(answer.reply_to_message?.message_id).toBe(addressed.message_id);
    expect(telegram.botMessages(group.id)).toHaveLength(1);
  });

  it('answers in the same forum topic', async () => {
    const user = telegram.users.createUser();
    const forum = telegram.users.createGroup({ forum: true });
    const topic = telegram.users.createTopic(forum.id, user, 'Ngân sách');
    telegram.users.sendGroup(forum.id, user, `/ask@baocao_test_bot ${ASK}`, { threadId: topic });
    const answer = await telegram.waitForBotMessage(forum.id);
    expect(answer.text).toContain('211%');
    expect(answer.message_thread_id).toBe(topic);
    expect(answer.is_topic_message).toBe(true);
  });

  it('answers an inline query with matching facts', async () => {
    const user = telegram.users.createUser();
    const queryId = telegram.users.inlineQuery(user, 'chi ngân sách', { chatType: 'supergroup' });
    const { results } = await telegram.waitForInlineAnswer(queryId);
    expect(results.length).toBeGreaterThan(0);
    expect(JSON.stringify(results[0])).toContain('102%');
  });

  it('answers a "did you mean" button press', async () => {
    const user = telegram.users.createUser();
    telegram.users.sendPrivate(user, 'chi ngân sách');
    const offer = await telegram.waitForBotMessage(user.id);
    expect(offer.text).toContain('102%');
    const button = callbackButtons(offer).find((candidate) => /quận/i.test(candidate.text)) ?? callbackButtons(offer)[0];
    expect(button).toBeDefined();
    const from = telegram.state.events.length;
    const queryId = telegram.users.pressButton(user.id, offer.message_id, user, { text: button?.text ?? '' });
    await telegram.waitForCallbackAnswer(queryId);
    // Pressing may edit the offer or send a new message; either must carry the other figure.
    const { event } = await telegram.state.waitForEvent(
      (e): e is Extract<BotEvent, { kind: 'message' | 'edit' }> => (e.kind === 'message' || e.kind === 'edit') && e.chatId === user.id,
      { timeoutMs: 5_000, from },
    );
    expect(event.message.text).toContain('97,4%');
  });
});
