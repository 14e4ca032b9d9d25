/** A group's replies that piled up leave as one message; a reply with buttons keeps them and goes alone. */
import { describe, expect, it } from 'vitest';
import { ChatOutbox, type OutgoingReply } from '../../src/bot/chat-outbox.js';
import type { Draft } from '../../src/bot/render/draft.js';

const buttons = { inline_keyboard: [[{ text: 'Quận 3', callback_data: 'r:1' }]] };

function harness() {
  const sent: Draft[] = [];
  let release: () => void = () => undefined;
  // The first send is held until released, so the others pile up behind it, as in a throttled group.
  let held = true;
  const send = async (draft: Draft): Promise<void> => {
    sent.push(draft);
    if (held) {
      held = false;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    }
  };
  const reply = (text: string, reply_markup?: Draft['reply_markup']): OutgoingReply => ({
    draft: { text, entities: [], ...(reply_markup === undefined ? {} : { reply_markup }) },
    send,
    mergeKey: 'group',
    label: { name: 'An', question: text },
  });
  return {
    sent,
    reply,
    release: () => {
      release();
    },
  };
}

describe('ChatOutbox', () => {
  it('merges the replies that waited, but sends one with buttons alone, buttons and all', async () => {
    const { sent, reply, release } = harness();
    const outbox = new ChatOutbox();
    const done = [
      outbox.enqueue('g', reply('một')),
      outbox.enqueue('g', reply('hai')),
      outbox.enqueue('g', reply('ba')),
      outbox.enqueue('g', reply('báo cáo nào?', buttons)),
      outbox.enqueue('g', reply('bốn')),
      outbox.enqueue('g', reply('năm')),
    ];
    release();
    await Promise.all(done);
    expect(sent.map((d) => d.text.replace(/\s+/g, ' '))).toEqual(['một', 'An: «hai» hai An: «ba» ba', 'báo cáo nào?', 'An: «bốn» bốn An: «năm» năm']);
    expect(sent.map((d) => d.reply_markup)).toEqual([undefined, undefined, buttons, undefined]);
  });
});
