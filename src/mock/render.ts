import type { InlineKeyboardButton, InlineQueryResult, Message, MessageEntity } from 'grammy/types';
import { styledRuns, type RunStyle } from '../render/styled-runs.js';
import type { CallbackAnswer } from './state.js';

/**
 * Bot messages as terminal text, the way a Telegram app shows them: formatting
 * from the entities (ANSI styles only when asked, i.e. on a TTY), links with
 * their address, quotes marked, and inline buttons listed with numbers to press.
 * Pure functions: no I/O.
 */

export interface RenderOptions {
  /** Use ANSI escape codes for bold, italic and the like (only when the output is a terminal). */
  readonly ansi: boolean;
}

const ANSI: Record<RunStyle, string> = {
  bold: '1',
  italic: '3',
  underline: '4',
  strikethrough: '9',
  spoiler: '2',
  code: '36',
  pre: '36',
  link: '4;34',
  mention: '34',
};

/** Text with its entities rendered; quotes get a bar, text links their URL in brackets. */
export function renderFormatted(text: string, entities: readonly MessageEntity[] = [], options: RenderOptions): string {
  const quoteBar = options.ansi ? '\u001b[2m│\u001b[0m ' : '│ ';
  let out = '';
  for (const run of styledRuns(text, entities)) {
    if (run.quoteStart) out += quoteBar;
    const segment = run.quote ? run.text.replace(/\n(?=.)/g, `\n${quoteBar}`) : run.text;
    const codes = run.styles.map((style) => ANSI[style]);
    out += options.ansi && codes.length > 0 ? `\u001b[${codes.join(';')}m${segment}\u001b[0m` : segment;
    // After the last piece of a link whose text is not its address, show where it goes.
    if (run.linkEnd !== undefined) out += ` (${run.linkEnd})`;
  }
  return out;
}

/** The callback buttons of a message, in reading order: what the numbers in the rendering press. */
export function numberedButtons(message: Pick<Message, 'reply_markup'>): InlineKeyboardButton[] {
  return (message.reply_markup?.inline_keyboard ?? []).flat();
}

function describeButton(button: InlineKeyboardButton): string {
  if ('url' in button) return `${button.text} → ${button.url}`;
  if ('switch_inline_query' in button || 'switch_inline_query_current_chat' in button) return `${button.text} (inline)`;
  return button.text;
}

/** One bot message: its text, then its buttons as "[1] …" lines. `edited` marks an edit of an earlier message. */
export function renderMessage(message: Pick<Message, 'text' | 'entities' | 'reply_markup' | 'caption' | 'sticker'>, options: RenderOptions & { edited?: boolean }): string {
  const body =
    message.text !== undefined
      ? renderFormatted(message.text, message.entities, options)
      : message.sticker !== undefined
        ? `[sticker ${message.sticker.emoji ?? ''}]`.replace(' ]', ']')
        : '[message without text]';
  const lines = [options.edited === true ? `(edited) ${body}` : body];
  numberedButtons(message).forEach((button, index) => {
    lines.push(`  [${index + 1}] ${describeButton(button)}`);
  });
  return lines.join('\n');
}

/** What a button press shows: a toast, an alert, or nothing. */
export function renderCallbackAnswer(answer: CallbackAnswer): string | undefined {
  if (answer.text === undefined || answer.text === '') return undefined;
  return answer.show_alert === true ? `[alert] ${answer.text}` : `[notice] ${answer.text}`;
}

/** Inline results as the list Telegram shows above the keyboard. */
export function renderInlineResults(results: readonly InlineQueryResult[]): string {
  if (results.length === 0) return '(no inline results)';
  return results
    .map((result, index) => {
      const title = 'title' in result && typeof result.title === 'string' ? result.title : result.id;
      const description = 'description' in result && typeof result.description === 'string' ? ` — ${result.description}` : '';
      return `  ${index + 1}. ${title}${description}`;
    })
    .join('\n');
}
