/**
 * One queue of outgoing replies per chat. Handlers put a reply in and go on, so
 * a chat's next update is worked on while its last reply waits for Telegram
 * (the throttler spaces a group's messages 3 s apart); replies still go out in
 * the order their updates came, one at a time per chat. In a group, replies that
 * piled up while the chat waited leave as one message, each part under the name
 * of who asked and the start of the question: forty questions in a second are
 * answered in a few messages rather than in two minutes (Telegram allows 20 a
 * minute in a group). A reply with buttons goes alone. A queue that empties is
 * dropped, so memory stays flat.
 */
import { bold, concat, joinPieces, type FormattedText } from '../render/formatted-text.js';
import { MAX_MESSAGE_LENGTH, truncate } from '../render/message-limits.js';
import type { Draft } from './render/draft.js';

export interface OutgoingReply {
  readonly draft: Draft;
  /** Sends a draft (this one, or the merged one) as a reply to this reply's update. */
  readonly send: (draft: Draft) => Promise<unknown>;
  /** Replies that may merge: a group's, in the same forum topic; undefined never merges. */
  readonly mergeKey?: string | undefined;
  /** Who asked and what, to label this reply's part of a merged message. */
  readonly label?: { readonly name: string; readonly question: string } | undefined;
}

interface Queued extends OutgoingReply {
  readonly resolve: () => void;
  readonly reject: (err: unknown) => void;
}

/** How much of a question labels its part of a merged reply. */
const LABEL_QUESTION_CHARS = 60;

function labelled(reply: OutgoingReply): FormattedText {
  if (reply.label === undefined) return reply.draft;
  return concat(bold(truncate(reply.label.name, 40)), ': «', truncate(reply.label.question, LABEL_QUESTION_CHARS), '»\n', reply.draft);
}

/**
 * A reply with buttons never merges: a merged message has room for one keyboard, and its
 * text ("which report?", "did you mean…") points at buttons that must be under it.
 */
const mergeable = (reply: Queued, key: string | undefined): boolean => reply.mergeKey !== undefined && reply.mergeKey === key && reply.draft.reply_markup === undefined;

/** The queued replies the first one can carry along, merged. */
function takeBatch(queue: Queued[]): { draft: Draft; batch: Queued[] } {
  const first = queue.shift();
  if (first === undefined) throw new Error('empty outbox queue');
  const batch = [first];
  if (!mergeable(first, first.mergeKey)) return { draft: first.draft, batch };
  let parts = [labelled(first)];
  while (queue[0] !== undefined && mergeable(queue[0], first.mergeKey)) {
    const next = [...parts, labelled(queue[0])];
    if (joinPieces(next, '\n\n').text.length > MAX_MESSAGE_LENGTH) break;
    parts = next;
    const taken = queue.shift();
    if (taken !== undefined) batch.push(taken);
  }
  return batch.length === 1 ? { draft: first.draft, batch } : { draft: joinPieces(parts, '\n\n'), batch };
}

export class ChatOutbox {
  private readonly queues = new Map<string, Queued[]>();

  /** Settles when the reply has been sent (alone or merged), or rejects with why it was not. */
  enqueue(chat: string, reply: OutgoingReply): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const queue = this.queues.get(chat);
      const queued = { ...reply, resolve, reject };
      if (queue !== undefined) {
        queue.push(queued);
        return;
      }
      this.queues.set(chat, [queued]);
      void this.drain(chat);
    });
  }

  /** Chats with replies waiting or in flight. */
  get size(): number {
    return this.queues.size;
  }

  private async drain(chat: string): Promise<void> {
    const queue = this.queues.get(chat);
    while (queue !== undefined && queue.length > 0) {
      // Merges only what waited while the previous message was in flight: the first reply goes at once.
      const { draft, batch } = takeBatch(queue);
      const [first] = batch;
      try {
        await first?.send(draft);
        for (const reply of batch) reply.resolve();
      } catch (err) {
        for (const reply of batch) reply.reject(err);
      }
    }
    this.queues.delete(chat);
  }
}
