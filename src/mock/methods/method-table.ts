import { chatMemberMethods } from './chat-members.js';
import type { MethodHandler } from './method-context.js';
import { messageMethods } from './messages.js';
import { queryMethods } from './queries.js';
import { settingsMethods } from './settings.js';
import { updateMethods } from './updates.js';

/** Every method the mock implements, keyed by lower-case name: Bot API method names are case-insensitive. */
export const METHODS: ReadonlyMap<string, MethodHandler> = new Map(
  Object.entries({ ...settingsMethods, ...updateMethods, ...messageMethods, ...queryMethods, ...chatMemberMethods }).map(
    ([name, handler]) => [name.toLowerCase(), handler],
  ),
);

export type { MethodContext, MethodHandler } from './method-context.js';
