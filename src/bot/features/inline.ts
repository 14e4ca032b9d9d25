/** Inline mode: "@bot chi ngân sách" in any chat lists matching facts. */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import type { BotDeps } from '../deps.js';
import { INLINE_CACHE_SECONDS, MAX_INLINE_RESULTS, renderInlineResults } from '../render/inline-results.js';

export function inlineFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.on('inline_query', async (ctx) => {
    // An empty query gives the headline facts (the engine's contract for search).
    const matches = deps.matcher.search(ctx.inlineQuery.query.trim(), MAX_INLINE_RESULTS);
    const results = renderInlineResults(matches, deps.kb, ctx.lang);
    ctx.answered = { fact: null, outcome: `inline:${results.length}` };
    // Personal, because the framing follows each person's language.
    await ctx.answerInlineQuery(results, { cache_time: INLINE_CACHE_SECONDS, is_personal: true });
  });

  return composer;
}
