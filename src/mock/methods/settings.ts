import { badRequest } from '../api-error.js';
import { isRecord, optionalJson, optionalString, type Params } from '../params.js';
import { validateCommands } from '../markup-limits.js';
import type { MethodHandler } from './method-context.js';

/** Commands are stored per scope and language, as Telegram keeps them. */
function commandsKey(params: Params): string {
  const scope = optionalJson(params, 'scope', 'bot command scope') ?? { type: 'default' };
  if (!isRecord(scope) || typeof scope.type !== 'string') throw badRequest("can't parse BotCommandScope JSON object");
  const language = optionalString(params, 'language_code') ?? '';
  if (language !== '' && !/^[a-z]{2}$/.test(language)) throw badRequest('invalid language code specified');
  const target = [scope.chat_id, scope.user_id].filter((part) => part !== undefined).map(String).join(':');
  return `${scope.type}${target ? `:${target}` : ''}|${language}`;
}

const setMyCommands: MethodHandler = (params, { state }) => {
  const commands = validateCommands(optionalJson(params, 'commands', 'commands'));
  state.commands.set(commandsKey(params), commands);
  return true;
};

const getMyCommands: MethodHandler = (params, { state }) => state.commands.get(commandsKey(params)) ?? [];

const deleteMyCommands: MethodHandler = (params, { state }) => {
  state.commands.delete(commandsKey(params));
  return true;
};

const getMe: MethodHandler = (_params, { state }) => state.bot;

/** Setters a bot may call at start-up; the mock keeps their values and answers true. */
function remember(method: string): MethodHandler {
  return (params, { state }) => {
    state.settings.set(method, params);
    return true;
  };
}

function recall(method: string, field: string, fallback: unknown): MethodHandler {
  return (_params, { state }) => {
    const stored = state.settings.get(method);
    return { [field]: stored?.[field] ?? fallback };
  };
}

export const settingsMethods: Readonly<Record<string, MethodHandler>> = {
  getMe,
  setMyCommands,
  getMyCommands,
  deleteMyCommands,
  setMyDescription: remember('setMyDescription'),
  setMyShortDescription: remember('setMyShortDescription'),
  setMyName: remember('setMyName'),
  setChatMenuButton: remember('setChatMenuButton'),
  setMyDefaultAdministratorRights: remember('setMyDefaultAdministratorRights'),
  getMyDescription: recall('setMyDescription', 'description', ''),
  getMyShortDescription: recall('setMyShortDescription', 'short_description', ''),
  getMyName: (_params, context) => ({ name: context.state.settings.get('setMyName')?.name ?? context.state.bot.first_name }),
  getChatMenuButton: () => ({ type: 'default' }),
  logOut: () => true,
  close: () => true,
};
