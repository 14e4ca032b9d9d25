import Fuse from 'fuse.js';
import type { Match } from '../answer.js';
import type { Fact } from '../knowledge/types.js';

/**
 * Search as you type, for inline mode: "@bot chi ngân s" is half a question, and its
 * last word is half a word. Fuse.js's Bitap search finds such an approximate substring
 * in the ways each fact is asked, which a word index cannot. Diacritics are ignored
 * (fuse.js strips the marks; "đ", a letter of its own, is folded here), and location is
 * ignored, since the words may sit anywhere in a question.
 */

/** Bitap works on patterns of at most 32 characters; longer ones are whole questions, for the matcher. */
export const MAX_TYPEAHEAD_LENGTH = 32;
/** Fuse.js score (0 exact, 1 anything) above which a fact is not offered. */
const THRESHOLD = 0.3;

const plainD = (text: string): string => text.replace(/[đĐ]/g, 'd');

export class Typeahead {
  private readonly fuse: Fuse<Fact>;

  constructor(facts: readonly Fact[]) {
    this.fuse = new Fuse(facts, {
      keys: [
        // The ways people ask weigh most; a figure or keyword typed alone is a strong hint too.
        { name: 'questions', weight: 3, getFn: (f) => [...f.questions.vi, ...f.questions.en].map(plainD) },
        { name: 'keywords', weight: 2, getFn: (f) => f.keywords.map(plainD) },
        { name: 'figure', weight: 2, getFn: (f) => plainD(f.figure) },
      ],
      ignoreDiacritics: true,
      ignoreLocation: true,
      includeScore: true,
      threshold: THRESHOLD,
    });
  }

  search(query: string, limit: number): Match[] {
    const pattern = plainD(query.trim());
    if (pattern === '' || pattern.length > MAX_TYPEAHEAD_LENGTH) return [];
    return this.fuse.search(pattern, { limit }).map((hit) => ({ fact: hit.item, score: 1 - (hit.score ?? 1) }));
  }
}
