import { describe, expect, it } from 'vitest';
import { decodeAction } from '../../src/bot/callback-data.js';
import { alice, makeBot, text, styledTexts } from './bot-harness.js';

type Markup = { inline_keyboard: { text: string; callback_data: string }[][] } | undefined;
const buttons = (payload: Record<string, unknown> | undefined) =>
  ((payload?.reply_markup as Markup)?.inline_keyboard ?? []).flat();

describe('private chat', () => {
  it('answers a question with the figure in bold, the sentence in quotes and the report name', async () => {
    const { bot, sent, errors } = makeBot();
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    const [reply] = sent();
    expect(sent()).toHaveLength(1);
    expect(reply?.parse_mode).toBeUndefined();
    expect(reply?.link_preview_options).toEqual({ is_disabled: true });
    expect(reply?.text).toContain('211% — «Thu ngân sách ước đạt 211% dự toán giao.»');
    expect(reply?.entities).toContainEqual({ type: 'bold', offset: 0, length: 4 });
    expect(styledTexts(reply, 'italic')).toEqual(['Quận Bắc Từ Liêm: Thu ngân sách đạt 211% dự toán']);
    expect(reply?.text).toContain('Quận Bắc Từ Liêm: Thu ngân sách đạt 211% dự toán');
    expect(reply?.reply_parameters).toBeUndefined();
    expect(buttons(reply)).toHaveLength(0);
    expect(errors()).toEqual([]);
  });

  it('offers close alternatives as "did you mean" buttons', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('chi ngân sách'));
    const [reply] = sent();
    expect(styledTexts(reply, 'bold')).toEqual(['102%']);
    expect(reply?.text).toContain('Bạn muốn hỏi…?');
    const actions = buttons(reply).map((b) => decodeAction(b.callback_data));
    expect(actions).toContainEqual({ kind: 'fact', report: 'bac-tu-liem-2022', fact: 'chi-ngan-sach-quan' });
  });

  it('asks which figure is meant when one broad word is typed, one button per figure it could mean', async () => {
    const { bot, sent, errors } = makeBot();
    await bot.handleUpdate(text('ngân sách'));
    const [reply] = sent();
    expect(sent()).toHaveLength(1);
    expect(reply?.text).toContain('«ngân sách»');
    expect(reply?.text).toContain('Bạn muốn hỏi số liệu nào?');
    // No figure is given as the answer, and the report is not said to be silent on it.
    expect(styledTexts(reply, 'bold')).toEqual([]);
    expect(reply?.text).not.toContain('211%');
    expect(reply?.text).not.toContain('Báo cáo không nói');
    const actions = buttons(reply).map((b) => decodeAction(b.callback_data));
    expect(actions).toEqual([
      { kind: 'fact', report: 'bac-tu-liem-2022', fact: 'thu-ngan-sach' },
      { kind: 'fact', report: 'bac-tu-liem-2022', fact: 'chi-ngan-sach-thanh-pho' },
      { kind: 'fact', report: 'bac-tu-liem-2022', fact: 'chi-ngan-sach-quan' },
    ]);
    expect(errors()).toEqual([]);
  });

  it('asks back in English for a broad English word, quoting markup in it as plain text', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('<b>budget</b>'));
    const [reply] = sent();
    expect(reply?.parse_mode).toBeUndefined();
    expect(reply?.text).toContain('«<b>budget</b>»');
    expect(reply?.text).toContain('Which one do you mean?');
    expect(buttons(reply).length).toBeGreaterThan(1);
  });

  it('still answers a figure asked back on its own, and a word only one fact means', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('12,37%'));
    await bot.handleUpdate(text('Bí thư'));
    const [figure, name] = sent();
    expect(styledTexts(figure, 'bold')).toEqual(['12,37%']);
    expect(styledTexts(name, 'bold')).toEqual(['Vũ Hà']);
  });

  it('says kindly when the report has no answer, and suggests two or three answerable questions', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('giá vàng bao nhiêu'));
    const [reply] = sent();
    expect(reply?.text).toContain('Báo cáo không nói về điều này');
    expect(reply?.text).toContain('«giá vàng bao nhiêu»');
    expect(styledTexts(reply, 'bold')).toEqual([]);
    const suggested = buttons(reply);
    expect(suggested.length).toBeGreaterThanOrEqual(2);
    expect(suggested.length).toBeLessThanOrEqual(3);
    for (const b of suggested) expect(decodeAction(b.callback_data)?.kind).toBe('fact');
  });

  it('frames an English question in English and adds the gloss, keeping the sentence verbatim', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('How much budget revenue did the district collect?'));
    const reply = sent()[0]?.text as string;
    expect(reply).toContain('«Thu ngân sách ước đạt 211% dự toán giao.»');
    expect(styledTexts(sent()[0], 'italic')).toContain('Budget revenue is estimated at 211% of the assigned estimate.');
    expect(reply).toContain('From the report');
  });

  it('adds the figure in English units to an answer in English, not to one in Vietnamese', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('How many people are in the planning for the current term?'));
    await bot.handleUpdate(text('quy hoạch nhiệm kỳ hiện tại có bao nhiêu trường hợp'));
    const [english, vietnamese] = sent().map((m) => m.text as string);
    expect(english).toMatch(/^1\.195 trường hợp \(1,195 cases\) — «/);
    expect(vietnamese).toMatch(/^1\.195 trường hợp — «/);
  });

  it('uses English texts for a person whose Telegram is in English', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('giá vàng bao nhiêu', undefined, {}, { ...alice, language_code: 'en-GB' }));
    expect(sent()[0]?.text).toContain("The report does not say");
  });

  it('logs one line per update with the matched fact and latency, never the question at info level', async () => {
    const { bot, logs } = makeBot();
    await bot.handleUpdate(text('thu ngân sách đạt bao nhiêu'));
    const lines = logs.filter((l) => l.msg === 'update');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', kind: 'message', chat_type: 'private', fact: 'bac-tu-liem-2022/thu-ngan-sach', outcome: 'answered' });
    expect(typeof lines[0]?.ms).toBe('number');
    const infoText = JSON.stringify(logs.filter((l) => l.level !== 'debug'));
    expect(infoText).not.toContain('thu ngân sách đạt');
  });
});
