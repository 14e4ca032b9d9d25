/**
 * The command list, declared once. The /help text and the menus registered
 * with setMyCommands are both derived from it, and the handler table in
 * features/commands.ts is typed by it, so a command cannot be listed without a
 * handler or handled without being listed.
 */
import type { BotCommand, BotCommandScope } from 'grammy/types';
import type { Language } from '../engine/index.js';

export type Where = 'private' | 'group';

interface CommandSpec {
  readonly command: string;
  readonly description: Readonly<Record<Language, string>>;
  readonly where: readonly Where[];
  /** Listed only when several reports are loaded: with one, there is nothing to choose. */
  readonly severalReports?: true;
}

export const COMMANDS = [
  {
    command: 'start',
    description: { vi: 'Giới thiệu và cách hỏi', en: 'What I do and how to ask' },
    where: ['private'],
  },
  {
    command: 'help',
    description: { vi: 'Cách hỏi, kèm ví dụ', en: 'How to ask, with examples' },
    where: ['private', 'group'],
  },
  {
    command: 'ask',
    description: { vi: 'Hỏi một câu về báo cáo', en: 'Ask a question about the report' },
    where: ['private', 'group'],
  },
  {
    command: 'facts',
    description: { vi: 'Các chủ đề báo cáo đề cập', en: 'Topics the report covers' },
    where: ['private', 'group'],
  },
  {
    command: 'report',
    description: { vi: 'Chọn báo cáo để hỏi', en: 'Choose the report to ask about' },
    where: ['private', 'group'],
    severalReports: true,
  },
  {
    command: 'source',
    description: { vi: 'Tên, tác giả và nguồn của báo cáo', en: "The report's title, author and source" },
    where: ['private', 'group'],
  },
] as const satisfies readonly CommandSpec[];

export type CommandName = (typeof COMMANDS)[number]['command'];

/** The commands listed in one kind of chat; `reports`: how many reports are loaded. (All stay handled.) */
export function commandsFor(where: Where, lang: Language, reports: number): BotCommand[] {
  const listed = (c: CommandSpec): boolean => c.where.includes(where) && (c.severalReports !== true || reports > 1);
  return (COMMANDS as readonly CommandSpec[]).filter(listed).map((c) => ({
    command: c.command,
    description: c.description[lang],
  }));
}

/** Arguments for one setMyCommands call. */
export interface CommandMenu {
  readonly commands: BotCommand[];
  readonly scope: BotCommandScope;
  /** Undefined: the default menu (Vietnamese); 'en' for English-language apps. */
  readonly language_code: 'en' | undefined;
}

const SCOPES: Record<Where, BotCommandScope> = {
  private: { type: 'all_private_chats' },
  group: { type: 'all_group_chats' },
};

export function commandMenus(reports: number): CommandMenu[] {
  const menus: CommandMenu[] = [];
  for (const where of ['private', 'group'] as const) {
    menus.push({ commands: commandsFor(where, 'vi', reports), scope: SCOPES[where], language_code: undefined });
    menus.push({ commands: commandsFor(where, 'en', reports), scope: SCOPES[where], language_code: 'en' });
  }
  return menus;
}
