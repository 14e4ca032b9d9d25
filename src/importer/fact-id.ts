import { MAX_FACT_ID } from '../engine/knowledge/validate.js';
import { fold } from '../engine/text/fold.js';

/**
 * Readable, stable fact ids from a fact's own words: the content words of its context
 * nearest before the figure (Vietnamese names the thing, then its number: "thu ngân
 * sách đạt 211%"), or after it when none come before, then the figure
 * ("tong-thu-ngan-sach-211pct", "du-toan-quan-giao-97-4pct"), folded to
 * ASCII, at most MAX_FACT_ID characters, made unique with -2, -3 … in article order.
 */

/** Words that say nothing about which fact this is. */
const FILLER = new Set(
  'va voi cua cac nhung duoc da la cho trong tai theo so den tu mot nay do thi ma uoc dat ve co the tren duoi hon nam ngay khi nhu bi se dang cung con nhieu tong cu the doi cung ky of the and in to a on for by at with is was were from as'.split(' '),
);
const FIGURE_PART = 14;

const slug = (text: string): string =>
  fold(text)
    .replace(/%/g, 'pct')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function figureSlug(figure: string): string {
  const full = slug(figure);
  if (full.length <= FIGURE_PART) return full;
  return full.slice(0, FIGURE_PART).replace(/-[^-]*$/, '') || full.slice(0, FIGURE_PART);
}

/** The id a fact's words give, before it is made unique. */
export function baseFactId(figure: string, context: string): string {
  const tail = figureSlug(figure);
  const figureWords = new Set(slug(figure).split('-'));
  const at = context.indexOf(figure);
  const content = (text: string): string[] =>
    slug(text)
      .split('-')
      .filter((w) => w !== '' && !FILLER.has(w) && !figureWords.has(w) && w.length > 1 && !/^\d+$/.test(w));
  const before = content(at < 0 ? '' : context.slice(0, at));
  const after = content(at < 0 ? context : context.slice(at + figure.length));
  const budget = MAX_FACT_ID - 3 - 1 - tail.length;
  const chosen: string[] = [];
  // Nearest words first, backwards from the figure; then forwards if too few came before.
  for (const word of before.reverse()) {
    if (chosen.length >= 3 || [word, ...chosen].join('-').length > budget) break;
    chosen.unshift(word);
  }
  if (chosen.length < 2) {
    for (const word of after) {
      if (chosen.length >= 3 || [...chosen, word].join('-').length > budget) break;
      chosen.push(word);
    }
  }
  const head = chosen.join('-');
  const id = [head, tail].filter(Boolean).join('-');
  return id.slice(0, MAX_FACT_ID - 3).replace(/-+$/, '') || 'fact';
}

/** Gives each base id a unique form, keeping ids already taken (a re-import's). */
export function uniqueIds(bases: readonly string[], taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set(taken);
  return bases.map((base) => {
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
