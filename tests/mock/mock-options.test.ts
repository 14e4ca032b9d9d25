/** `npm run mock`'s options: checked before the server listens, each mistake one line naming the option. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MOCK_PORT, DEFAULT_MOCK_TOKEN, parseMockOptions } from '../../src/mock/mock-options.js';

const refusal = (argv: string[], env: Record<string, string> = {}): string => {
  try {
    parseMockOptions(argv, env);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('parseMockOptions', () => {
  it('takes --port and --token, else MOCK_PORT and MOCK_TOKEN, else the fixed defaults', () => {
    expect(parseMockOptions([], {})).toEqual({ port: DEFAULT_MOCK_PORT, token: DEFAULT_MOCK_TOKEN });
    expect(parseMockOptions([], { MOCK_PORT: '9000', MOCK_TOKEN: '42:abc_DEF-1' })).toEqual({ port: 9000, token: '42:abc_DEF-1' });
    expect(parseMockOptions(['--port', '0', '--token', '7:x'], { MOCK_PORT: '9000' })).toEqual({ port: 0, token: '7:x' });
    // Blank, as copied from an example file: the default.
    expect(parseMockOptions([], { MOCK_PORT: ' ', MOCK_TOKEN: '' })).toEqual({ port: DEFAULT_MOCK_PORT, token: DEFAULT_MOCK_TOKEN });
  });

  it('refuses a port Node would refuse and a token the bot would refuse, naming where it came from', () => {
    expect(refusal(['--port', 'abc'])).toBe('--port must be a port number from 0 to 65535 (0 picks a free one), got "abc"');
    expect(refusal(['--port', '99999'])).toMatch(/^--port must be a port number/);
    expect(refusal([], { MOCK_PORT: '80a' })).toMatch(/^MOCK_PORT must be a port number/);
    expect(refusal(['--token', 'secret'])).toMatch(/^--token must look like a bot token/);
    expect(refusal([], { MOCK_TOKEN: 'no colon' })).toMatch(/^MOCK_TOKEN must look like a bot token/);
    expect(refusal(['--colour', 'red'])).toMatch(/^Unknown option '--colour'.*\(options: --port N, --token T\)$/);
    expect(refusal(['--port', '-1'])).not.toContain('\n');
  });
});
