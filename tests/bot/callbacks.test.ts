import { describe, expect, it } from 'vitest';
import { botInfo, dm, makeBot, message, press, text, styledTexts } from './bot-harness.js';

describe('inline buttons', () => {
  it('a fact button edits the pressed message into that fact and stops the spinner', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(press('f:bac-tu-liem-2022:chi-ngan-sach-quan'));
    const [edit] = sent('editMessageText');
    expect(styledTexts(edit, 'bold')).toEqual(['97,4%']);
    expect(edit?.parse_mode).toBeUndefined();
    expect(edit?.link_preview_options).toEqual({ is_disabled: true });
    expect(sent('answerCallbackQuery')).toHaveLength(1);
    expect(sent('answerCallbackQuery')[0]?.text).toBeUndefined();
  });

  it('a topic button shows the facts of the topic with a way back; back shows the topics', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(press('t:bac-tu-liem-2022:ngan-sach'));
    const topic = sent('editMessageText')[0];
    expect(styledTexts(topic, 'bold')).toEqual(expect.arrayContaining(['Ngân sách', '211%', '97,4%']));
    expect(JSON.stringify(topic?.reply_markup)).toContain('m:bac-tu-liem-2022');
    await bot.handleUpdate(press('m:bac-tu-liem-2022'));
    expect(JSON.stringify(sent('editMessageText')[1]?.reply_markup)).toContain('t:bac-tu-liem-2022:the-thao');
  });

  it.each([
    ['forged data', 'f:../../etc:passwd', 'không hiểu'],
    ['an over-long payload', `f:${'a'.repeat(40)}:${'b'.repeat(40)}`, 'không hiểu'],
    ['no data at all (a game button)', undefined, 'không hiểu'],
    ['a stale fact', 'f:bac-tu-liem-2022:fact-that-was-removed', 'đã cũ'],
    ['a stale report', 't:old-report:ngan-sach', 'đã cũ'],
  ])('answers %s politely and changes nothing', async (_what, data, hint) => {
    const { bot, sent, errors } = makeBot();
    await bot.handleUpdate(press(data));
    expect(sent('answerCallbackQuery')).toHaveLength(1);
    expect(sent('answerCallbackQuery')[0]?.text).toContain(hint);
    expect(sent('editMessageText')).toEqual([]);
    expect(sent()).toEqual([]);
    expect(errors()).toEqual([]);
  });

  it('pressing the fact the message already shows is not an error', async () => {
    const { bot, errors, sent } = makeBot({
      script: (c) => (c.method === 'editMessageText' ? { ok: false, error_code: 400, description: 'Bad Request: message is not modified' } : undefined),
    });
    await bot.handleUpdate(press('f:bac-tu-liem-2022:thu-ngan-sach'));
    expect(errors()).toEqual([]);
    expect(sent()).toEqual([]);
    expect(sent('answerCallbackQuery')).toHaveLength(1);
  });

  it('sends a new message when the pressed one can no longer be edited', async () => {
    const { bot, sent } = makeBot({
      script: (c) => (c.method === 'editMessageText' ? { ok: false, error_code: 400, description: "Bad Request: message can't be edited" } : undefined),
    });
    await bot.handleUpdate(press('f:bac-tu-liem-2022:thu-ngan-sach'));
    expect(styledTexts(sent()[0], 'bold')).toContain('211%');
    const old = message({ text: 'x', date: 0 }, dm, botInfo);
    await bot.handleUpdate(press('f:bac-tu-liem-2022:thu-ngan-sach', old));
    expect(sent()).toHaveLength(2);
  });

  it('when showing fails and so does stopping the spinner, the showing failure is the one logged', async () => {
    const { bot, logs } = makeBot({
      script: (c) =>
        c.method === 'editMessageText'
          ? { ok: false, error_code: 403, description: 'Forbidden: bot was kicked from the group chat' }
          : c.method === 'answerCallbackQuery'
            ? { ok: false, error_code: 400, description: 'Bad Request: query is too old and response timeout expired' }
            : undefined,
    });
    await bot.handleUpdate(press('f:bac-tu-liem-2022:thu-ngan-sach'));
    expect(logs.find((l) => l.method === 'editMessageText')).toMatchObject({ description: 'Forbidden: bot was kicked from the group chat' });
    expect(logs.find((l) => l.method === 'answerCallbackQuery')).toMatchObject({ level: 'warn' });
  });

  it('every button the bot renders carries data within 64 bytes that decodes back', async () => {
    const { bot, calls } = makeBot();
    for (const q of ['/facts', 'chi ngân sách', 'thời tiết', 'xyz']) await bot.handleUpdate(text(q));
    for (const t of ['ngan-sach', 'hoi-nghi', 'xay-dung-dang']) await bot.handleUpdate(press(`t:bac-tu-liem-2022:${t}`));
    const data = calls.flatMap((c) => JSON.stringify(c.payload.reply_markup ?? {}).match(/"callback_data":"[^"]*"/g) ?? []);
    expect(data.length).toBeGreaterThan(5);
    for (const d of data) expect(Buffer.byteLength(d.slice(17, -1))).toBeLessThanOrEqual(64);
  });
});
