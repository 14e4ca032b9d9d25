import { FakeTelegram } from './fake-telegram.js';
import { runTerminalChat } from './terminal-chat.js';

export interface LocalChatOptions {
  /** Starts the same bot the production entry point runs, against the given Bot API root and token; resolves once polling has started; returns a stop function. */
  startBot: (apiRoot: string, token: string) => Promise<() => Promise<void>>;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Started once the bot runs, before the chat (the console, on a terminal); returns a stop function. */
  alongside?: (telegram: FakeTelegram) => Promise<() => Promise<void>>;
}

/**
 * Try the bot without Telegram: the fake Bot API runs in this process, the real
 * bot polls it, and the terminal is a private chat. Ends when input ends, with
 * the bot stopped and the server closed.
 */
export async function runLocalChat(options: LocalChatOptions): Promise<void> {
  const telegram = await FakeTelegram.start({ maxLongPollMs: 5_000 });
  let stopBot: (() => Promise<void>) | undefined;
  let stopAlongside: (() => Promise<void>) | undefined;
  try {
    stopBot = await options.startBot(telegram.apiRoot, telegram.token);
    stopAlongside = await options.alongside?.(telegram);
    if ('isTTY' in options.input && options.input.isTTY === true) {
      options.output.write('Type a question (a number presses a button; Ctrl-D or Ctrl-C quits).\n');
    }
    await runTerminalChat({ telegram, input: options.input, output: options.output });
  } finally {
    await stopAlongside?.();
    // The bot confirms its offset with the server on the way out, so it stops first.
    await stopBot?.();
    await telegram.close();
  }
}
