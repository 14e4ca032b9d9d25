/**
 * `npm run mock`'s options, checked before anything listens: a port Node would refuse
 * or a token the bot's own configuration would refuse is one line naming the option.
 */
import { parseArgs } from 'node:util';

/** Fixed by default so a restarted mock works with the same bot command line. */
export const DEFAULT_MOCK_TOKEN = '1234567890:AAmock_token_for_the_local_mock_only';
export const DEFAULT_MOCK_PORT = 8081;

/** The shape the bot's configuration accepts for BOT_TOKEN (src/config.ts). */
const TOKEN = /^\d+:[A-Za-z0-9_-]+$/;

export class MockOptionError extends Error {}

export interface MockOptions {
  readonly port: number;
  readonly token: string;
}

export function parseMockOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): MockOptions {
  let values: { port?: string; token?: string };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { port: { type: 'string' }, token: { type: 'string' } } }));
  } catch (error) {
    throw new MockOptionError(`${error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)} (options: --port N, --token T)`);
  }
  const portFrom = values.port !== undefined ? '--port' : 'MOCK_PORT';
  const portText = (values.port ?? env.MOCK_PORT)?.trim() || String(DEFAULT_MOCK_PORT);
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) throw new MockOptionError(`${portFrom} must be a port number from 0 to 65535 (0 picks a free one), got "${portText}"`);
  const tokenFrom = values.token !== undefined ? '--token' : 'MOCK_TOKEN';
  const token = (values.token ?? env.MOCK_TOKEN)?.trim() || DEFAULT_MOCK_TOKEN;
  if (!TOKEN.test(token)) throw new MockOptionError(`${tokenFrom} must look like a bot token, "<digits>:<letters, digits, _ or ->", as the bot's BOT_TOKEN must; got "${token}"`);
  return { port: Number(portText), token };
}
