import { badRequest } from '../api-error.js';
import { isRecord, optionalBool, optionalInt, optionalJson, optionalString, type Params } from '../params.js';
import type { PendingQuery } from '../state.js';
import { validateInlineResults } from '../markup-limits.js';
import type { MethodHandler } from './method-context.js';

const QUERY_INVALID = 'query is too old and response timeout expired or query ID is invalid';

/** A query may be answered once; after that (or for an unknown id) Telegram answers this 400. */
function openQuery(queries: Map<string, PendingQuery>, params: Params, name: string): PendingQuery {
  const id = optionalString(params, name);
  const query = id === undefined ? undefined : queries.get(id);
  if (query === undefined || query.answered) throw badRequest(QUERY_INVALID);
  return query;
}

const answerCallbackQuery: MethodHandler = (params, { state }) => {
  const query = openQuery(state.callbackQueries, params, 'callback_query_id');
  const text = optionalString(params, 'text');
  if (text !== undefined && text.length > 200) throw badRequest('MESSAGE_TOO_LONG');
  const showAlert = optionalBool(params, 'show_alert');
  const url = optionalString(params, 'url');
  const cacheTime = optionalInt(params, 'cache_time');
  query.answered = true;
  state.emit({
    kind: 'callback-answer',
    queryId: optionalString(params, 'callback_query_id') ?? '',
    answer: {
      ...(text === undefined ? {} : { text }),
      ...(showAlert === undefined ? {} : { show_alert: showAlert }),
      ...(url === undefined ? {} : { url }),
      ...(cacheTime === undefined ? {} : { cache_time: cacheTime }),
    },
  });
  return true;
};

const answerInlineQuery: MethodHandler = (params, { state, format }) => {
  const query = openQuery(state.inlineQueries, params, 'inline_query_id');
  const results = validateInlineResults(optionalJson(params, 'results', 'inline query results'), format);
  const nextOffset = optionalString(params, 'next_offset');
  if (nextOffset !== undefined && Buffer.byteLength(nextOffset, 'utf8') > 64) throw badRequest('NEXT_OFFSET_INVALID');
  const cacheTime = optionalInt(params, 'cache_time');
  const isPersonal = optionalBool(params, 'is_personal');
  const button = optionalJson(params, 'button', 'inline query results button');
  if (button !== undefined && (!isRecord(button) || typeof button.text !== 'string')) throw badRequest('BUTTON_TEXT_INVALID');
  query.answered = true;
  state.emit({
    kind: 'inline-answer',
    queryId: optionalString(params, 'inline_query_id') ?? '',
    answer: {
      results,
      ...(cacheTime === undefined ? {} : { cache_time: cacheTime }),
      ...(isPersonal === undefined ? {} : { is_personal: isPersonal }),
      ...(nextOffset === undefined ? {} : { next_offset: nextOffset }),
      ...(button === undefined ? {} : { button: button as { text: string } }),
    },
  });
  return true;
};

export const queryMethods: Readonly<Record<string, MethodHandler>> = { answerCallbackQuery, answerInlineQuery };

