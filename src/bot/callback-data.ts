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
  | { readonly kind: 'topics'; readonly report: string }
  /** A report picked to answer the chat's pending question (the "which report?" buttons); `ask` names that question. */
  | { readonly kind: 'pick'; readonly ask: string; readonly report: string }
  /** A report chosen from the /report menu as the chat's current report. */
  | { readonly kind: 'use'; readonly report: string };

export type ButtonKind = ButtonAction['kind'];
type ActionOf<K extends ButtonKind> = Extract<ButtonAction, { kind: K }>;

const MAX_CALLBACK_BYTES = 64;

const ID = '[a-z0-9][a-z0-9-]{0,31}';
/** A pending question's token: a few letters and digits. */
const TOKEN = '[a-z0-9]{1,12}';

interface Codec<K extends ButtonKind> {
  readonly pattern: RegExp;
  encode(action: ActionOf<K>): string;
  /** From the pattern's groups; undefined only if the match is not this pattern's. */
  parse(groups: readonly (string | undefined)[]): ActionOf<K> | undefined;
}

type Field<K extends ButtonKind> = Exclude<keyof ActionOf<K>, 'kind'>;

/**
 * Every kind is written the same way, "prefix:field:field", each field of one shape; only
 * the prefix and the fields differ, so one codec serves them all.
 */
function codec<K extends ButtonKind>(kind: K, prefix: string, fields: readonly (readonly [Field<K>, string])[]): Codec<K> {
  return {
    pattern: new RegExp(`^${prefix}:${fields.map(([, shape]) => `(${shape})`).join(':')}$`),
    encode: (action) => [prefix, ...fields.map(([name]) => String(action[name]))].join(':'),
    parse: ([, ...values]) => {
      if (values.length !== fields.length || values.some((v) => v === undefined)) return undefined;
      // The fields are the action's fields, all strings, so the object is an ActionOf<K>.
      return Object.fromEntries([['kind', kind], ...fields.map(([name], i) => [name, values[i]])]) as ActionOf<K>;
    },
  };
}

const CODECS: { readonly [K in ButtonKind]: Codec<K> } = {
  fact: codec('fact', 'f', [['report', ID], ['fact', ID]]),
  topic: codec('topic', 't', [['report', ID], ['topic', ID]]),
  topics: codec('topics', 'm', [['report', ID]]),
  pick: codec('pick', 'p', [['ask', TOKEN], ['report', ID]]),
  use: codec('use', 'u', [['report', ID]]),
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
