import { describe, expect, it } from 'vitest';
import { COMMANDS, commandMenus } from '../../src/bot/command-list.js';
import { alice, group, makeBot, text, styledTexts } from './bot-harness.js';

describe('commands', () => {
  it('/start and /help explain how to ask, with examples and every private command that applies to one report', async () => {
    for (const command of ['/start', '/help']) {
      const { bot, sent } = makeBot();
      await bot.handleUpdate(text(command));
      const reply = sent()[0]?.text as string;
      expect(reply).toContain('Ví dụ:');
      expect(reply).toContain('Thu ngân sách đạt bao nhiêu?');
      for (const c of COMMANDS) if (c.command !== 'report') expect(reply).toContain(`/${c.command} — ${c.description.vi}`);
    }
  });

  it('/help follows an English Telegram language', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('/help', undefined, {}, { ...alice, language_code: 'en' }));
    expect(sent()[0]?.text).toContain('Examples:');
    expect(sent()[0]?.text).toContain('How much budget revenue did the district collect?');
  });

  it('/ask answers in private too, and /ask alone explains how', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('/ask thu ngân sách đạt bao nhiêu'));
    await bot.handleUpdate(text('/ask   '));
    expect(styledTexts(sent()[0], 'bold')).toContain('211%');
    expect(styledTexts(sent()[1], 'code')[0]).toMatch(/^\/ask \S/);
  });

  it('/facts lists the report topics as buttons', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('/facts@ReportBot', group));
    const markup = JSON.stringify(sent()[0]?.reply_markup);
    expect(markup).toContain('"text":"Ngân sách"');
    expect(markup).toContain('"callback_data":"t:bac-tu-liem-2022:ngan-sach"');
  });

  it('/source names the title, author and source', async () => {
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('/source'));
    expect(styledTexts(sent()[0], 'bold')).toContain('Quận Bắc Từ Liêm: Thu ngân sách đạt 211% dự toán');
    expect(sent()[0]?.text).toContain('Tác giả: Lê Thắm');
    expect(sent()[0]?.text).toContain('Nguồn: ');
  });

  it('derives the setMyCommands menus from the one command list: private and group, vi and en', () => {
    const menus = commandMenus(2);
    expect(menus.map((m) => [m.scope.type, m.language_code])).toEqual([
      ['all_private_chats', undefined],
      ['all_private_chats', 'en'],
      ['all_group_chats', undefined],
      ['all_group_chats', 'en'],
    ]);
    expect(menus[0]?.commands.map((c) => c.command)).toEqual(COMMANDS.map((c) => c.command));
    expect(menus[2]?.commands.map((c) => c.command)).not.toContain('start');
    expect(menus[1]?.commands[0]?.description).toBe(COMMANDS[0].description.en);
    for (const menu of menus) for (const c of menu.commands) expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
  });

  it('lists /report only when there is more than one report to choose', async () => {
    expect(commandMenus(1)[0]?.commands.map((c) => c.command)).not.toContain('report');
    expect(commandMenus(2)[0]?.commands.map((c) => c.command)).toContain('report');
    const { bot, sent } = makeBot();
    await bot.handleUpdate(text('/help'));
    expect(sent()[0]?.text).toContain('/facts');
    expect(sent()[0]?.text).not.toContain('/report');
  });
});
