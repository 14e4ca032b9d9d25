/**
 * The one reading of (text, entities) into styled runs: pieces of text with the
 * styles that cover them. The terminal chat turns runs into ANSI or plain text,
 * the console page into DOM nodes (textContent only). No imports at run time,
 * so the page can load this module as it is.
 */
import type { MessageEntity } from 'grammy/types';

export type RunStyle = 'bold' | 'italic' | 'underline' | 'strikethrough' | 'spoiler' | 'code' | 'pre' | 'link' | 'mention';

export interface StyledRun {
  readonly text: string;
  readonly styles: readonly RunStyle[];
  /** Where the link covering this run goes (a text link's URL, or the text of a bare URL). */
  readonly href?: string;
  /** Set on the last run of a text link whose text is not its address: that address. */
  readonly linkEnd?: string;
  /** Inside a block quote. */
  readonly quote: boolean;
  /** The first run of a block quote. */
  readonly quoteStart: boolean;
}

const STYLES: Partial<Record<MessageEntity['type'], RunStyle>> = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underline',
  strikethrough: 'strikethrough',
  spoiler: 'spoiler',
  code: 'code',
  pre: 'pre',
  text_link: 'link',
  url: 'link',
  mention: 'mention',
  text_mention: 'mention',
};

const isQuote = (entity: MessageEntity): boolean => entity.type === 'blockquote' || entity.type === 'expandable_blockquote';

/** Text cut at every entity boundary; each piece carries the entities over it. Entities outside the text are ignored. */
export function styledRuns(text: string, entities: readonly MessageEntity[] = []): StyledRun[] {
  const inside = entities.filter((e) => e.offset >= 0 && e.length > 0 && e.offset < text.length);
  const bounds = new Set<number>([0, text.length]);
  for (const entity of inside) {
    bounds.add(entity.offset);
    bounds.add(Math.min(entity.offset + entity.length, text.length));
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  const runs: StyledRun[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? from;
    const active = inside.filter((e) => e.offset <= from && e.offset + e.length >= to);
    const styles: RunStyle[] = [];
    for (const entity of active) {
      const style = STYLES[entity.type];
      if (style !== undefined && !styles.includes(style)) styles.push(style);
    }
    const link = active.find((e) => e.type === 'text_link' || e.type === 'url');
    const linkText = link === undefined ? '' : text.slice(link.offset, link.offset + link.length);
    const href = link === undefined ? undefined : link.type === 'text_link' ? link.url : linkText;
    const endsLink = link?.type === 'text_link' && link.offset + link.length === to && linkText !== link.url;
    const quote = active.some(isQuote);
    runs.push({
      text: text.slice(from, to),
      styles,
      ...(href === undefined ? {} : { href }),
      ...(endsLink ? { linkEnd: href } : {}),
      quote,
      quoteStart: active.some((e) => isQuote(e) && e.offset === from),
    });
  }
  return runs;
}

