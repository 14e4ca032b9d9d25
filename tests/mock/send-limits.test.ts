import { describe, expect, it } from 'vitest';
import { SendLimits } from '../../src/mock/send-limits.js';

/** Sends one message to `chat` at `at` ms; the 429's retry_after, or 0 when it went. */
function send(limits: SendLimits, chat: number, at: number): number {
  const refused = limits.check('sendMessage', { chat_id: chat }, at);
  if (refused !== undefined) return refused.parameters?.retry_after ?? -1;
  limits.sent('sendMessage', { chat_id: chat }, at);
  return 0;
}

describe('the fake Bot API\'s sending limits', () => {
  it('a private chat may burst 4, then one a second', () => {
    const limits = new SendLimits();
    expect([0, 1, 2, 3, 4].map((i) => send(limits, 7, i))).toEqual([0, 0, 0, 0, 1]);
    expect(send(limits, 7, 1_010)).toBe(0);
    expect(send(limits, 7, 1_020)).toBe(1);
    expect(limits.refused).toBe(2);
  });

  it('a group gets 20 a minute, then a retry_after that says when the minute frees up', () => {
    const limits = new SendLimits();
    for (let i = 0; i < 20; i++) expect(send(limits, -100, i * 1_000)).toBe(0);
    expect(send(limits, -100, 20_000)).toBe(40);
    expect(send(limits, -100, 60_000)).toBe(0);
  });

  it('30 a second overall, whatever the chats', () => {
    const limits = new SendLimits();
    for (let chat = 1; chat <= 30; chat++) expect(send(limits, chat, chat)).toBe(0);
    expect(send(limits, 31, 100)).toBe(1);
    expect(send(limits, 31, 1_001)).toBe(0);
  });

  it('edits, chat actions and refused messages do not count', () => {
    const limits = new SendLimits();
    for (let i = 0; i < 10; i++) {
      expect(limits.check('editMessageText', { chat_id: 7 }, i)).toBeUndefined();
      expect(limits.check('sendChatAction', { chat_id: 7 }, i)).toBeUndefined();
      // Checked but never sent (Telegram answered 400): not counted.
      expect(limits.check('sendMessage', { chat_id: 7 }, i)).toBeUndefined();
    }
  });
});
