import { createInterface } from 'node:readline';
import type { Message, User } from 'grammy/types';
import type { FakeTelegram } from './fake-telegram.js';
import { numberedButtons, renderCallbackAnswer, renderMessage } from './render.js';
import type { BotEvent } from './state.js';

export interface TerminalChatOptions {
  readonly telegram: FakeTelegram;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** The person typing; default a local user with Vietnamese as app language. */
  readonly user?: User;
  /** How long to wait for the bot's first reply to a line before reading the next one. */
  readonly replyTimeoutMs?: number;
  /** After a reply, how long to keep collecting follow-ups (an edit, a second message). */
  readonly settleMs?: number;
  /** Hint printed when a line gets no reply in time. */
  readonly noReplyHint?: string;
  /** Handles a line before it is sent; returns what to print if the line was a command for it, else undefined. */
  readonly command?: (line: string) => Promise<string | undefined>;
}

function isTty(stream: NodeJS.ReadableStream | NodeJS.WritableStream): boolean {
  return 'isTTY' in stream && stream.isTTY === true;
}

/**
 * A person's private chat with the bot, in a terminal: each line is sent as a
 * private message, a number presses that button of the latest keyboard, and
 * the bot's messages are printed as they arrive. Resolves when input ends.
 */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { telegram, input, output } = options;
  const user = options.user ?? telegram.users.createUser({ firstName: 'Local', lastName: 'User', username: 'local_user', languageCode: 'vi' });
  const chatId = telegram.users.privateChat(user).chat.id;
  const ansi = isTty(output);
  const interactive = isTty(input);
  const replyTimeoutMs = options.replyTimeoutMs ?? 15_000;
  const settleMs = options.settleMs ?? 400;
  const myQueries = new Set<string>();
  let keyboard: Message | undefined;

  const write = (text: string): void => {
    output.write(text.endsWith('\n') ? text : `${text}\n`);
  };
  type Relevant = Extract<BotEvent, { kind: 'message' | 'edit' | 'callback-answer' }>;
  const relevant = (event: BotEvent): event is Relevant =>
    ((event.kind === 'message' || event.kind === 'edit') && event.chatId === chatId) ||
    (event.kind === 'callback-answer' && myQueries.has(event.queryId));

  // Printed as they arrive, so late replies still show up.
  const unsubscribe = telegram.state.subscribe((event) => {
    if (!relevant(event)) return;
    if (event.kind === 'callback-answer') {
      const shown = renderCallbackAnswer(event.answer);
      if (shown !== undefined) write(shown);
      return;
    }
    if (numberedButtons(event.message).length > 0) keyboard = event.message;
    // A new message without buttons, or the keyboard's own edited without them: a number typed
    // now means the number, never a button further up that the person no longer looks at.
    else if (event.kind === 'message' || event.message.message_id === keyboard?.message_id) keyboard = undefined;
    write(renderMessage(event.message, { ansi, edited: event.kind === 'edit' }));
  });

  const waitForReply = async (): Promise<void> => {
    let from = telegram.state.events.length;
    let timeoutMs = replyTimeoutMs;
    let replied = false;
    for (;;) {
      try {
        const { index } = await telegram.state.waitForEvent(relevant, { timeoutMs, from });
        replied = true;
        from = index + 1;
        timeoutMs = settleMs;
      } catch {
        break;
      }
    }
    if (!replied) write(`(no reply within ${Math.round(replyTimeoutMs / 1000)} s${options.noReplyHint ?? ''})`);
  };

  const lines = createInterface({ input, terminal: interactive, ...(interactive ? { output } : {}) });
  const prompt = (): void => {
    if (interactive) lines.prompt();
  };
  // On a terminal, Ctrl-C reaches readline rather than the process; it ends the chat.
  lines.on('SIGINT', () => {
    lines.close();
  });
  lines.setPrompt('› ');
  prompt();
  try {
    for await (const raw of lines) {
      const line = raw.trim();
      if (line === '') {
        prompt();
        continue;
      }
      if (!interactive) write(`> ${line}`);
      const commandOutput = await options.command?.(line);
      if (commandOutput !== undefined) {
        write(commandOutput);
        prompt();
        continue;
      }
      const number = /^\d{1,2}$/.test(line) ? Number(line) : undefined;
      const buttons = keyboard === undefined ? [] : numberedButtons(keyboard);
      const button = number === undefined ? undefined : buttons[number - 1];
      if (keyboard !== undefined && button !== undefined && 'callback_data' in button) {
        try {
          myQueries.add(telegram.users.pressButton(chatId, keyboard.message_id, user, { index: (number ?? 1) - 1 }));
        } catch {
          // The message changed in a way this chat did not see: nothing to press.
          keyboard = undefined;
          write('(that button is gone)');
          prompt();
          continue;
        }
      } else {
        telegram.users.sendPrivate(user, line);
      }
      await waitForReply();
      prompt();
    }
  } finally {
    unsubscribe();
    lines.close();
  }
}
