/**
 * Callback data for inline buttons. Telegram allows 1-64 bytes and sends the
 * string back verbatim, so anything that comes back is parsed strictly: a
 * forged or malformed value is `undefined`, never an exception.
 */

export type ButtonAction =
  | { readonly kind: 'fact'; readonly report: string; readonly fact: string }
  | { readonly kind: 'topic'; readonly report: string; readonly topic: string }
  | { readonly kind: 'topics'; readonly report: string };

const MAX_CALLBACK_BYTES = 64;

const ID = '[a-z0-9][a-z0-9-]{0,31}';
const FACT = new RegExp(`^f:(${ID}):(${ID})$`);
const TOPIC = new RegExp(`^t:(${ID}):(${ID})$`);
const TOPICS = new RegExp(`^m:(${ID})$`);

export function encodeAction(action: ButtonAction): string | undefined {
  let data: string;
  switch (action.kind) {
    case 'fact':
      data = `f:${action.report}:${action.fact}`;
      break;
    case 'topic':
      data = `t:${action.report}:${action.topic}`;
      break;
    case 'topics':
      data = `m:${action.report}`;
      break;
  }
  // Ids outside the expected shape would not parse back; better no button than a dead one.
  if (Buffer.byteLength(data, 'utf8') > MAX_CALLBACK_BYTES || decodeAction(data) === undefined) {
    return undefined;
  }
  return data;
}

export function decodeAction(data: string | undefined): ButtonAction | undefined {
  if (data === undefined || data.length > MAX_CALLBACK_BYTES) return undefined;
  let m = FACT.exec(data);
  if (m?.[1] !== undefined && m[2] !== undefined) return { kind: 'fact', report: m[1], fact: m[2] };
  m = TOPIC.exec(data);
  if (m?.[1] !== undefined && m[2] !== undefined) return { kind: 'topic', report: m[1], topic: m[2] };
  m = TOPICS.exec(data);
  if (m?.[1] !== undefined) return { kind: 'topics', report: m[1] };
  return undefined;
}
