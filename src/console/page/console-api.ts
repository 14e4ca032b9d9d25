/** Calls to the console's API, with the token from the page's own address. */
import type { ApiErrorBody } from '../api-types.js';

const token = new URLSearchParams(location.search).get('token') ?? '';

export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export function hasToken(): boolean {
  return token !== '';
}

async function send<T>(method: string, path: string, body?: BodyInit, type?: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers: { 'X-Console-Token': token, ...(type === undefined ? {} : { 'Content-Type': type }) },
      ...(body === undefined ? {} : { body }),
      ...(signal === undefined ? {} : { signal }),
    });
  } catch (error) {
    // Called off by the page itself (a long poll for a chat no longer shown): not an outage.
    if (signal?.aborted === true) throw error;
    throw new ApiFailure('The console is not reachable: is npm run console still running?', 0);
  }
  const data = (await response.json().catch(() => ({}))) as T | Partial<ApiErrorBody>;
  if (!response.ok) {
    const message = (data as Partial<ApiErrorBody>).error ?? `The console answered ${response.status}.`;
    throw new ApiFailure(message, response.status);
  }
  return data as T;
}

export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return send<T>('GET', path, undefined, undefined, signal);
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return send<T>('POST', path, JSON.stringify(body), 'application/json');
}

export function postForm<T>(path: string, form: FormData): Promise<T> {
  return send<T>('POST', path, form);
}

export function deleteJson<T>(path: string): Promise<T> {
  return send<T>('DELETE', path);
}

/** A failure as one sentence for the page. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
