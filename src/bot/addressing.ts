/**
 * Whether a group message is meant for the bot, and what the question is.
 * A group gets an answer only when it asks for one: a mention of the bot or a
 * reply to one of its messages (/ask is a command, handled separately).
 */
import type { Message, MessageEntity, UserFromGetMe } from 'grammy/types';

export type Addressing =
  | { readonly addressed: false }
  | { readonly addressed: true; readonly how: 'mention' | 'reply'; readonly question: string };

function isReplyToBot(msg: Message, me: UserFromGetMe): boolean {
  const replied = msg.reply_to_message;
  if (replied === undefined) return false;
  // In forum topics every message "replies" to the topic's opening service
  // message; that is not a reply to the bot.
  if (replied.forum_topic_created !== undefined) return false;
  return replied.from?.id === me.id;
}

/** Character ranges (UTF-16, like Telegram's offsets) that mention the bot. */
function mentionRanges(text: string, entities: readonly MessageEntity[], me: UserFromGetMe): [number, number][] {
  const ranges: [number, number][] = [];
  const handle = `@${me.username}`.toLowerCase();
  for (const e of entities) {
    const slice = text.slice(e.offset, e.offset + e.length);
    if ((e.type === 'mention' && slice.toLowerCase() === handle) || (e.type === 'text_mention' && e.user.id === me.id)) {
      ranges.push([e.offset, e.offset + e.length]);
    }
  }
  if (ranges.length > 0) return ranges;
  // Some clients and test servers send no entities: recognise the @username itself.
  const pattern = new RegExp(`(?<![A-Za-z0-9_@])@${me.username}(?![A-Za-z0-9_])`, 'gi');
  for (const m of text.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** The text with the bot's mentions cut out, tidied: "@bot, chi ngân sách?" → "chi ngân sách?". */
function withoutRanges(text: string, ranges: readonly [number, number][]): string {
  let out = '';
  let from = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    out += text.slice(from, start) + ' ';
    from = end;
  }
  out += text.slice(from);
  return out
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:;.!-]+/, '')
    .trim();
}

/** For a group message with text or a caption (empty string when it has neither). */
export function addressing(msg: Message, me: UserFromGetMe): Addressing {
  const text = msg.text ?? msg.caption ?? '';
  const entities = msg.entities ?? msg.caption_entities ?? [];
  const ranges = mentionRanges(text, entities, me);
  const question = withoutRanges(text, ranges);
  if (isReplyToBot(msg, me)) return { addressed: true, how: 'reply', question };
  if (ranges.length > 0) return { addressed: true, how: 'mention', question };
  return { addressed: false };
}

/** A command for this bot: "/ask …" or "/ask@thisbot …", not "/start@otherbot". */
function isOwnCommand(msg: Message, me: UserFromGetMe): boolean {
  const command = msg.entities?.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (command === undefined || msg.text === undefined) return false;
  const target = msg.text.slice(0, command.length).split('@')[1];
  return target === undefined || target.toLowerCase() === me.username.toLowerCase();
}

/**
 * Whether a message is something the bot acts on: anything in a private chat; in a
 * group, a mention, a reply to the bot or one of its commands. The flood limit counts
 * only these, so people talking fast among themselves are never told to slow down.
 */
export function isMeantForBot(msg: Message, me: UserFromGetMe): boolean {
  if (msg.chat.type === 'private') return true;
  return addressing(msg, me).addressed || isOwnCommand(msg, me);
}
