/**
 * Replies leave through the chat's outbox (chat-outbox.ts). This middleware
 * sits outside the per-chat sequencing: inside it a handler only queues its
 * reply, so the chat's next update can start; out here the update waits for its
 * replies to be sent, so its log line, its failure and a graceful stop all see
 * what really happened. A reply that could not be sent is an error of this update.
 */
import { BotError, type MiddlewareFn } from 'grammy';
import type { ChatOutbox } from '../chat-outbox.js';
import type { BotContext } from '../context.js';

export function replyDelivery(outbox: ChatOutbox, onError: (err: BotError<BotContext>) => void): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const chat = ctx.chat?.id;
    const pending: Promise<void>[] = [];
    if (chat !== undefined) {
      ctx.queueReply = (reply) => {
        pending.push(outbox.enqueue(String(chat), reply));
      };
    }
    try {
      await next();
    } finally {
      for (const result of await Promise.allSettled(pending)) {
        if (result.status === 'rejected') onError(new BotError<BotContext>(result.reason, ctx));
      }
    }
  };
}
