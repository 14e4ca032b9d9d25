/**
 * Who may use the console's API: whoever holds the random token of the printed
 * address (sent as the X-Console-Token header), like a notebook server. A page on
 * another site cannot send that header without a CORS grant we never give, and a
 * Host check refuses DNS-rebinding tricks when bound to loopback.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

export const TOKEN_HEADER = 'x-console-token';

export function newConsoleToken(): string {
  return randomBytes(24).toString('base64url');
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Host names a browser sends for a loopback server; anything else is a rebinding attempt. */
function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase();
  return name === '127.0.0.1' || name === 'localhost' || name === '::1';
}

/** 401 without a token, 403 with a wrong one; with `loopbackOnly`, 403 for a foreign Host header. */
export function requireToken(token: string, options: { loopbackOnly: boolean }): MiddlewareHandler {
  return async (c, next) => {
    if (options.loopbackOnly && !isLoopbackHost(c.req.header('host'))) return c.json({ error: 'This console only answers on 127.0.0.1.' }, 403);
    const given = c.req.header(TOKEN_HEADER);
    if (given === undefined || given === '') return c.json({ error: 'The console token is missing: open the address the console printed.' }, 401);
    if (!sameToken(given, token)) return c.json({ error: 'Wrong console token: open the address the console printed.' }, 403);
    await next();
    return undefined;
  };
}
