import { ApiError, badRequest } from '../api-error.js';
import { optionalBool, optionalInt, optionalJson, optionalString, type Params } from '../params.js';
import type { TelegramState } from '../state.js';
import type { MethodContext, MethodHandler } from './method-context.js';

const TERMINATED = 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';
const WEBHOOK_ACTIVE = "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";

function allowedUpdates(params: Params): string[] | undefined {
  const value = optionalJson(params, 'allowed_updates', 'allowed updates');
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw badRequest("can't parse allowed updates JSON object");
  }
  return value;
}

/** Read through a call: a setWebhook may have run while a poll was waiting. */
function webhookIsSet(state: TelegramState): boolean {
  return state.webhook !== null;
}

const getUpdates: MethodHandler = async (params, context) => {
  const { state, signal } = context;
  if (state.webhook !== null) throw new ApiError(409, WEBHOOK_ACTIVE);
  const offset = optionalInt(params, 'offset');
  const limit = Math.min(Math.max(optionalInt(params, 'limit') ?? 100, 1), 100);
  const timeoutMs = Math.min(Math.max(optionalInt(params, 'timeout') ?? 0, 0) * 1000, context.maxLongPollMs);
  const allowed = allowedUpdates(params);

  // Two pollers at once: the one already waiting is terminated, as on Telegram.
  state.activePoll?.abort();
  const mine = new AbortController();
  state.activePoll = mine;
  const release = (): void => {
    if (state.activePoll === mine) state.activePoll = null;
  };
  try {
    if (offset !== undefined) state.updates.confirm(offset);
    state.updates.setAllowed(allowed);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const batch = state.updates.take(limit);
      const remaining = deadline - Date.now();
      if (batch.length > 0 || remaining <= 0) return batch;
      await state.updates.wait(remaining, AbortSignal.any([signal, mine.signal]));
      if (mine.signal.aborted) throw new ApiError(409, webhookIsSet(state) ? WEBHOOK_ACTIVE : TERMINATED);
      if (signal.aborted) return [];
    }
  } finally {
    release();
  }
};

function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

const setWebhook: MethodHandler = (params, context: MethodContext) => {
  const { state } = context;
  const url = optionalString(params, 'url') ?? '';
  const secretToken = optionalString(params, 'secret_token');
  const maxConnections = optionalInt(params, 'max_connections');
  const allowed = allowedUpdates(params);
  if (optionalBool(params, 'drop_pending_updates') === true) state.updates.clear();
  if (url === '') {
    state.webhook = null;
    context.webhookChanged();
    return true;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badRequest('bad webhook: Failed to resolve host: Name or service not known');
  }
  // Telegram requires HTTPS; the mock also accepts plain HTTP on this machine, where tests run.
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLoopback(parsed))) {
    throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
  }
  if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
    throw badRequest('secret token contains unallowed characters');
  }
  if (maxConnections !== undefined && (maxConnections < 1 || maxConnections > 100)) {
    throw badRequest('bad webhook: max_connections must be between 1 and 100');
  }
  state.updates.setAllowed(allowed);
  state.webhook = {
    url,
    ...(secretToken === undefined ? {} : { secretToken }),
    ...(maxConnections === undefined ? {} : { maxConnections }),
    ...(allowed === undefined ? {} : { allowedUpdates: allowed }),
  };
  state.activePoll?.abort();
  context.webhookChanged();
  return true;
};

const deleteWebhook: MethodHandler = (params, context) => {
  const { state } = context;
  if (optionalBool(params, 'drop_pending_updates') === true) state.updates.clear();
  state.webhook = null;
  context.webhookChanged();
  return true;
};

const getWebhookInfo: MethodHandler = (_params, { state }) => {
  const webhook = state.webhook;
  return {
    url: webhook?.url ?? '',
    has_custom_certificate: false,
    pending_update_count: state.updates.size,
    ...(webhook?.lastErrorDate === undefined ? {} : { last_error_date: webhook.lastErrorDate }),
    ...(webhook?.lastErrorMessage === undefined ? {} : { last_error_message: webhook.lastErrorMessage }),
    ...(webhook?.maxConnections === undefined ? {} : { max_connections: webhook.maxConnections }),
    ...(webhook?.allowedUpdates === undefined ? {} : { allowed_updates: webhook.allowedUpdates }),
  };
};

export const updateMethods: Readonly<Record<string, MethodHandler>> = { getUpdates, setWebhook, deleteWebhook, getWebhookInfo };
