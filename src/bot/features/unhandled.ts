/**
 * Registered last. In private chats, a sticker, photo, voice note or file gets
 * a short hint; in groups the bot stays silent. Service messages get nothing.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { sendHint } from '../draft-sending.js';
import { texts } from '../texts.js';

export function unhandledFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer
    .chatType('private')
    .on(
      [
        'message:sticker',
        'message:photo',
        'message:voice',
        'message:video',
        'message:video_note',
        'message:audio',
        'message:document',
        'message:animation',
        'message:location',
        'message:contact',
        'message:poll',
        'message:dice',
        'message:story',
      ],
      async (ctx) => {
        await sendHint(ctx, texts(ctx.lang).textOnly, 'not-text');
      },
    );
  return composer;
}
