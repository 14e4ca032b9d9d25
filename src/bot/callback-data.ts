/**
 * Callback data for inline buttons, encoded and parsed here and nowhere else.
 * Each kind of button has one pattern; features/callbacks.ts registers one
 * `callbackQuery(pattern)` handler per kind with it, and `actionFromMatch`
 * turns grammY's match back into the action. Telegram allows 1-64 bytes and
 * sends the string back verbatim, so anything that comes back is parsed
 * strictly: forged or malformed data matches no pattern (never an exception).
 */

export type ButtonAction =
  | { readonly kind: 'fact'; readonly report: string; readonly fact: string }
  | { readonly kind: 'topic'; readonly report: string; readonly topic: string }
  | { readonly kind: 'topics'; readonly report: string };

export type ButtonKind = ButtonAction['kind'];
type ActionOf<K extends ButtonKind> = Extract<ButtonAction, { kind: K }>;

const MAX_CALLBACK_BYTES = 64;

const ID = '[a-z0-9][a-z0-9-]{0,31}';

interface Codec<K extends ButtonKind> {
  readonly pattern: RegExp;
  encode(action: ActionOf<K>): string;
  /** From the pattern's groups; undefined only if the match is not this pattern's. */
  parse(groups: readonly (string | undefined)[]): ActionOf<K> | undefined;
}

const CODECS: { readonly [K in ButtonKind]: Codec<K> } = {
  fact: {
    pattern: new RegExp(`^f:(${ID}):(${ID})$`),
    encode: (a) => `f:${a.report}:${a.fact}`,
    parse: ([, report, fact]) => (report === undefined || fact === undefined ? undefined : { kind: 'fact', report, fact }),
  },
  topic: {
    pattern: new RegExp(`^t:(${ID}):(${ID})$`),
    encode: (a) => `t:${a.report}:${a.topic}`,
    parse: ([, report, topic]) => (report === undefined || topic === undefined ? undefined : { kind: 'topic', report, topic }),
  },
  topics: {
    pattern: new RegExp(`^m:(${ID})$`),
    encode: (a) => `m:${a.report}`,
    parse: ([, report]) => (report === undefined ? undefined : { kind: 'topics', report }),
  },
};

export const BUTTON_KINDS = Object.keys(CODECS) as readonly ButtonKind[];

/** The pattern `bot.callbackQuery()` filters this kind of button with. */
export function buttonPattern(kind: ButtonKind): RegExp {
  return CODECS[kind].pattern;
}

/** The action of a button whose data matched `buttonPattern(kind)`. */
export function actionFromMatch<K extends ButtonKind>(kind: K, match: RegExpMatchArray | string): ActionOf<K> | undefined {
  if (typeof match === 'string') return undefined;
  return (CODECS[kind] as Codec<K>).parse(match);
}

export function encodeAction(action: ButtonAction): string | undefined {
  const data = (CODECS[action.kind] as Codec<ButtonKind>).encode(action);
  // Ids outside the expected shape would not parse back; better no button than a dead one.
  if (Buffer.byteLength(data, 'utf8') > MAX_CALLBACK_BYTES || decodeAction(data) === undefined) return undefined;
  return data;
}

export function decodeAction(data: string | undefined): ButtonAction | undefined {
  if (data === undefined || data.length > MAX_CALLBACK_BYTES) return undefined;
  for (const kind of BUTTON_KINDS) {
    const match = CODECS[kind].pattern.exec(data);
    if (match !== null) return actionFromMatch(kind, match);
  }
  return undefined;
}
