import type { MessageEntity } from 'grammy/types';

/**
 * The entities Telegram's servers add to what a person types: commands,
 * @mentions and links. Offsets are in UTF-16 code units, as in the Bot API.
 */
export function detectEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const patterns: ReadonlyArray<[MessageEntity['type'], RegExp]> = [
    ['bot_command', /(?<![\w/])\/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?(?![\w/@])/g],
    ['mention', /(?<![\w@/])@[a-zA-Z0-9_]{5,32}(?![\w@])/g],
    ['url', /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g],
  ];
  for (const [type, pattern] of patterns) {
    for (const match of text.matchAll(pattern)) {
      entities.push({ type, offset: match.index, length: match[0].length } as MessageEntity);
    }
  }
  // A mention inside a command ("/ask@bot") belongs to the command.
  const commands = entities.filter((entity) => entity.type === 'bot_command');
  return entities
    .filter((entity) => entity.type !== 'mention' || !commands.some((c) => entity.offset >= c.offset && entity.offset < c.offset + c.length))
    .sort((a, b) => a.offset - b.offset);
}
