/**
 * `npm run mock`: the fake Bot API server on its own, for running the real bot
 * against it (BOT_TOKEN + TELEGRAM_API_ROOT) while you play the user here.
 * Options: --port N (default 8081, or MOCK_PORT; busy → an ephemeral port), --token T (or MOCK_TOKEN).
 */
import { FakeTelegram } from './fake-telegram.js';
import type { Fault } from './faults.js';
import { MockOptionError, parseMockOptions } from './mock-options.js';
import { renderInlineResults } from './render.js';
import { runTerminalChat } from './terminal-chat.js';


const HELP = [
  'Type a message to send it to the bot as a private message; a number presses that button.',
  'Commands:',
  '  :inline <query>                 an inline query; prints the bot\'s results',
  '  :flood <method> <seconds> [n]   the next n calls of <method> answer 429 retry_after',
  '  :error <method> [n]             the next n calls answer 500',
  '  :drop <method> [n]              the next n calls lose their connection',
  '  :calls                          the last 15 Bot API calls',
  '  :help                           this text',
].join('\n');

async function start(port: number, token: string): Promise<FakeTelegram> {
  // Failed calls and injected faults only; `:calls` lists everything.
  const log = (line: string): void => {
    process.stderr.write(`  · ${line}\n`);
  };
  try {
    return await FakeTelegram.start({ port, token, log, maxLongPollMs: 30_000 });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE' && port !== 0) {
      process.stderr.write(`Port ${port} is busy; using a free one.\n`);
      return FakeTelegram.start({ port: 0, token, log, maxLongPollMs: 30_000 });
    }
    throw error;
  }
}

function faultCommand(telegram: FakeTelegram, words: string[]): string {
  const [name, method, ...rest] = words;
  if (method === undefined) return 'Which method? e.g. :flood sendMessage 3';
  const counts = rest.map((word) => (/^\d{1,6}$/.test(word) ? Number(word) : NaN));
  if (counts.some((n) => Number.isNaN(n) || n < 1)) return `Counts are whole numbers from 1, e.g. ${name === ':flood' ? ':flood sendMessage 3 2 (retry after 3 s, twice)' : `${name ?? ':error'} sendMessage 2`}`;
  let fault: Fault;
  let times: number;
  if (name === ':flood') {
    fault = { kind: 'flood', retryAfter: counts[0] ?? 3 };
    times = counts[1] ?? 1;
  } else {
    fault = name === ':error' ? { kind: 'server-error' } : { kind: 'drop' };
    times = counts[0] ?? 1;
  }
  telegram.faults.inject(method, fault, times);
  return `OK: the next ${times} ${method} call(s) will get ${fault.kind}.`;
}

async function command(telegram: FakeTelegram, line: string): Promise<string | undefined> {
  if (!line.startsWith(':')) return undefined;
  const words = line.split(/\s+/);
  switch (words[0]) {
    case ':help':
      return HELP;
    case ':flood':
    case ':error':
    case ':drop':
      return faultCommand(telegram, words);
    case ':calls':
      return telegram.calls().slice(-15).map((call) => {
        const outcome = call.outcome === undefined ? 'pending' : call.outcome === 'dropped' ? 'dropped' : String(call.outcome.status);
        return `  ${new Date(call.at).toISOString().slice(11, 23)} ${call.method} → ${outcome}`;
      }).join('\n') || '(no calls yet)';
    case ':inline': {
      const user = telegram.users.createUser({ firstName: 'Inline', languageCode: 'vi' });
      const id = telegram.users.inlineQuery(user, line.slice(':inline'.length).trim());
      try {
        return renderInlineResults((await telegram.waitForInlineAnswer(id, { timeoutMs: 10_000 })).results);
      } catch {
        return '(no answer to the inline query within 10 s)';
      }
    }
    default:
      return `Unknown command ${words[0] ?? ''}. ${HELP}`;
  }
}

async function main(): Promise<void> {
  const { port, token } = parseMockOptions(process.argv.slice(2), process.env);
  const telegram = await start(port, token);
  process.stdout.write(
    [
      `Fake Telegram Bot API listening on ${telegram.apiRoot}`,
      `Bot: @${telegram.bot.username} (id ${telegram.bot.id})   token: ${telegram.token}`,
      '',
      'Run the real bot against it in another terminal:',
      `  BOT_TOKEN=${telegram.token} TELEGRAM_API_ROOT=${telegram.apiRoot} npm start`,
      '',
      HELP,
      'Ctrl-C stops the mock.',
      '',
    ].join('\n'),
  );
  const shutdown = (): void => {
    void telegram.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await runTerminalChat({
    telegram,
    input: process.stdin,
    output: process.stdout,
    replyTimeoutMs: 10_000,
    noReplyHint: '; is the bot running against this mock?',
    command: (line) => command(telegram, line),
  });
  await telegram.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof MockOptionError ? 'mock: ' : ''}${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
