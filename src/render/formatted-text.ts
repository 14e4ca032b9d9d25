/**
 * Text with Telegram entities, built by concatenation. Offsets and lengths are in
 * UTF-16 code units, as Telegram counts them (and as JavaScript strings are indexed).
 * Whatever a piece of plain text holds (HTML, Markdown, user input), it stays text:
 * formatting is only ever added as an entity, so nothing can be "unescaped".
 */
import type { MessageEntity } from 'grammy/types';

export interface FormattedText {
  readonly text: string;
  readonly entities: readonly MessageEntity[];
}

/** Plain text or already formatted text. */
export type Piece = string | FormattedText;

/** The entity types the renderers use: each stands on its own, with no extra fields. */
export type SimpleStyle = 'bold' | 'italic' | 'code' | 'underline' | 'strikethrough' | 'spoiler' | 'blockquote';

function asFormatted(piece: Piece): FormattedText {
  return typeof piece === 'string' ? { text: piece, entities: [] } : piece;
}

/** The pieces one after another. */
export function concat(...pieces: readonly Piece[]): FormattedText {
  let text = '';
  const entities: MessageEntity[] = [];
  for (const piece of pieces.map(asFormatted)) {
    for (const entity of piece.entities) entities.push({ ...entity, offset: entity.offset + text.length });
    text += piece.text;
  }
  return { text, entities };
}

/** The pieces with `separator` between them. */
export function joinPieces(pieces: readonly Piece[], separator: Piece): FormattedText {
  return concat(...pieces.flatMap((piece, i) => (i === 0 ? [piece] : [separator, piece])));
}

/** The pieces inside one entity of `type` (outer entities come first, as Telegram lists them). */
export function styled(type: SimpleStyle, ...pieces: readonly Piece[]): FormattedText {
  const inner = concat(...pieces);
  if (inner.text.length === 0) return inner;
  const entity = { type, offset: 0, length: inner.text.length } as MessageEntity;
  return { text: inner.text, entities: [entity, ...inner.entities] };
}

export const bold = (...pieces: readonly Piece[]): FormattedText => styled('bold', ...pieces);
export const italic = (...pieces: readonly Piece[]): FormattedText => styled('italic', ...pieces);
export const code = (...pieces: readonly Piece[]): FormattedText => styled('code', ...pieces);
