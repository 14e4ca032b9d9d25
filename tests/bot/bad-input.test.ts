import { describe, expect, it } from 'vitest';
import type { MessageEntity, Update } from 'grammy/types';
import { botInfo, dm, makeBot, message, text, update } from './bot-harness.js';

const file = { file_id: 'f', file_unique_id: 'f' };
const sticker = { ...file, type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } as const;

const media: [string, Update][] = [
  ['a sticker', update({ message: message({ sticker }) })],
  ['a photo with a caption', update({ message: message({ photo: [{ ...file, width: 1, height: 1 }], caption: 'thu ngân sách?' }) })],
  ['a voice note', update({ message: message({ voice: { ...file, duration: 3 } }) })],
  ['a file', update({ message: message({ document: { ...file, file_name: 'report.pdf' } }) })],
  ['a location', update({ message: message({ location: { latitude: 21, longitude: 105 } }) })],
];

describe('bad or unusual input in a private chat', () => {
  it.each(media)('answers %s with a short hint to type a question', async (_what, u) => {
    const { bot, sent, errors } = makeBot();
    await bot.handleUpdate(u);
    expect(sent()).toHaveLength(1);
    expect(sent()[0]?.text).toContain('chỉ đọc được câu hỏi bằng chữ');
    expect(errors()).toEqual([]);
  });

  it.each([
    ['an edited message', update({ edited_message: { ...message({ text: 'thu ngân sách?' }), edit_date: 2 } }), 'tin nhắn mới'],
    ['a forwarded message', text('thu ngân sách?', dm, { forward_origin: { type: 'hidden_user', date: 1, sender_user_name: 'X' } }), 'tự gõ'],
    ['a whitespace-only message', text(' \n\t '), 'chưa có câu hỏi'],
    ['a 4,000-character message', text('thu ngân sách '.repeat(300).slice(0, 4000)), 'dài quá'],
    ['an unknown command', text('/weather'), '/help'],
  ])('answers %s with a polite hint', async (_what, u, hint) => {
    const { bot, sent, errors } = makeBot();
    await bot.handleUpdate(u);
    expect(sent()).toHaveLength(1);
    expect(sent()[0]?.text).toContain(hint);
    expect(errors()).toEqual([]);
  });

  it.each([
    ['emoji', '😀🎉'],
    ['HTML', '<b>&_*[</b> <script>alert(1)</script>'],
    ['Markdown', '*bold* _it_ [link](http://x) `code`'],
  ])('answers a question made of %s without breaking the message format', async (_what, question) => {
    const { bot, sent, errors } = makeBot();
    await bot.handleUpdate(text(question));
    const reply = sent()[0];
    expect(reply?.text).toMatch(/Báo cáo không nói về điều này|The report does not say/);
    // The question comes back as the very characters typed, and no formatting covers it.
    expect(reply?.text).toContain(`«${question}»`);
    expect(reply?.parse_mode).toBeUndefined();
    const at = (reply?.text as string).indexOf(question);
    for (const e of (reply?.entities ?? []) as MessageEntity[]) expect(e.offset + e.length <= at || e.offset >= at + question.length).toBe(true);
    expect(errors()).toEqual([]);
  });

  it('quotes back HTML in a question as plain text, never as markup', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('<b>&_*[ weather?'));
    expect(sent()[0]?.text).toContain('«<b>&_*[ weather?»');
    expect(sent()[0]?.entities).toEqual([]);
  });

  it('stays silent for its own messages sent via inline mode, and for service messages', async () => {
    const { bot, calls } = makeBot();
    await bot.handleUpdate(text('<b>211%</b> — «Thu ngân sách…»', dm, { via_bot: botInfo }));
    await bot.handleUpdate(update({ message: message({ new_chat_title: 'x' }) }));
    await bot.handleUpdate(update({ my_chat_member: { chat: dm, from: dm as never, date: 1, old_chat_member: { status: 'member', user: botInfo }, new_chat_member: { status: 'kicked', user: botInfo, until_date: 0 } } }));
    expect(calls).toEqual([]);
  });

  it('survives a reply Telegram refuses (403 blocked, 400) and logs it as a warning', async () => {
    for (const code of [403, 400]) {
      const { bot, logs, errors } = makeBot({ script: () => ({ ok: false, error_code: code, description: `Forbidden ${code}` }) });
      await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
      expect(errors()).toEqual([]);
      expect(logs.some((l) => l.level === 'warn' && l.description === `Forbidden ${code}`)).toBe(true);
    }
  });

  it('keeps going after an unexpected failure, logging it as an error', async () => {
    const { bot, errors, sent } = makeBot({ script: () => ({ ok: false, error_code: 418, description: 'teapot' }) });
    await expect(bot.handleUpdate(text('thu ngân sách'))).resolves.toBeUndefined();
    expect(errors()).toHaveLength(1);
    expect(sent()).toHaveLength(1);
  });
});
