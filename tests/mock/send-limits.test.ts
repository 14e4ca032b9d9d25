import { describe, expect, it } from 'vitest';
import { LoopLag } from '../../src/mock/loop-lag.js';
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

  it('holds against the bot only what surely reached it within the second, after a stall of its own', () => {
    // The fake's loop stood still 400 ms up to t=1000: the 30 messages it counts at 1000..1029 reached it over those 400 ms.
    const stalled = new SendLimits(undefined, (_within, now) => (now < 2_000 ? 400 : 0));
    const steady = new SendLimits();
    for (const limits of [stalled, steady]) for (let i = 0; i < 30; i++) expect(send(limits, 100 + i, 1_000 + i)).toBe(0);
    // At 1500 all 30 surely reached it within the last second: a 31st is over the limit either way.
    expect(send(stalled, 200, 1_500)).toBe(1);
    // At 1800 they may have reached it as early as 600, more than a second before: only the steady fake may say so.
    expect(send(stalled, 201, 1_800)).toBe(0);
    expect(send(steady, 201, 1_800)).toBe(1);
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

describe('LoopLag', () => {
  it('measures how late the loop ran, and forgets a stall once it is older than asked', () => {
    let now = 0;
    const lag = new LoopLag(() => now);
    lag.start();
    lag.stop();
    for (const at of [20, 40, 60]) lag.tick(at);
    expect(lag.longestWithin(1_000, 60)).toBe(0);
    lag.tick(560);
    expect(lag.longestWithin(1_000, 600)).toBe(480);
    now = 2_000;
    expect(lag.longestWithin(1_000, 2_000)).toBe(0);
  });

  it('counts a stall still going on: the timer overdue', () => {
    let now = 0;
    const lag = new LoopLag(() => now);
    lag.start();
    now = 300;
    expect(lag.longestWithin(1_000, 300)).toBe(280);
    lag.stop();
  });
});
