import Fuse from 'fuse.js';
import { editDistance } from './edit-distance.js';

/** A word the index knows, standing in for one it does not, and how much to trust the swap. */
export interface Correction {
  readonly words: readonly string[];
  /** 0..1: the share of a word's weight a corrected word earns. */
  readonly credit: number;
}

const SPLIT_CREDIT = 0.9;
const ONE_EDIT_CREDIT = 0.7;
const FUZZY_CREDIT = 0.6;
/** Fuse.js score (0 = exact, 1 = anything) above which a candidate is no correction. */
const FUZZY_THRESHOLD = 0.4;

/** Bucket key: first letter and length. */
function shape(word: string, length = word.length): string {
  return `${word[0] ?? ''}${length}`;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Typo correction against the words of the knowledge base (folded forms).
 * Three steps, cheapest first: one edit away (a deletion index: a handful of map
 * look-ups), two known words run together ("ngansach"), and fuse.js for the rest of
 * the longer words. Fuse runs over small buckets (same first letter, length within
 * two), because Bitap over the whole vocabulary costs ~0.2 ms a word, and a
 * first-letter typo is one edit, which the deletion index already catches.
 */
export class Speller {
  private readonly byDeletion = new Map<string, string[]>();
  /** Fuse indexes by first letter and length ("n4"): a bucket holds a handful of words. */
  private readonly fuseByShape = new Map<string, Fuse<string>>();

  /**
   * @param frequency how many facts use each word: the tie-breaker between candidates
   * @param pairs known two-word terms ("ngan sach"): only those are split out of one token
   */
  constructor(
    private readonly frequency: ReadonlyMap<string, number>,
    private readonly pairs: ReadonlySet<string>,
  ) {
    const byShape = new Map<string, string[]>();
    for (const word of frequency.keys()) {
      for (const key of [word, ...deletions(word)]) {
        const list = this.byDeletion.get(key);
        if (list) list.push(word);
        else this.byDeletion.set(key, [word]);
      }
      if (word.length >= 3) byShape.set(shape(word), [...(byShape.get(shape(word)) ?? []), word]);
    }
    for (const [key, words] of byShape) {
      this.fuseByShape.set(key, new Fuse(words, { includeScore: true, ignoreLocation: true, threshold: FUZZY_THRESHOLD }));
    }
  }

  knows(word: string): boolean {
    return this.frequency.has(word);
  }

  /** @param accept whether a known word may stand in for this token (the caller's tone check) */
  correct(token: string, accept: (word: string) => boolean = () => true): Correction | null {
    return this.oneEdit(token, accept) ?? this.split(token) ?? this.fuzzy(token, accept);
  }

  private oneEdit(token: string, accept: (word: string) => boolean): Correction | null {
    if (token.length < 3) return null;
    let best: string | null = null;
    for (const key of [token, ...deletions(token)]) {
      for (const word of this.byDeletion.get(key) ?? []) {
        // Three letters leave too little to tell a typo from another word: "lol" is not "lon".
        if (token.length <= 3 && word.length === token.length) continue;
        if (word === best || editDistance(token, word, 1) > 1 || !accept(word)) continue;
        if (best === null || this.rank(word) > this.rank(best)) best = word;
      }
    }
    return best === null ? null : { words: [best], credit: ONE_EDIT_CREDIT };
  }

  private split(token: string): Correction | null {
    let best: [string, string] | null = null;
    for (let i = 2; i <= token.length - 2; i++) {
      const head = token.slice(0, i);
      const tail = token.slice(i);
      // "ngansach" is "ngân sách" run together; "haha" is not "Hà Hà".
      if (!this.pairs.has(`${head} ${tail}`)) continue;
      if (best === null || Math.min(this.rank(head), this.rank(tail)) > Math.min(this.rank(best[0]), this.rank(best[1]))) {
        best = [head, tail];
      }
    }
    return best === null ? null : { words: best, credit: SPLIT_CREDIT };
  }

  private fuzzy(token: string, accept: (word: string) => boolean): Correction | null {
    if (token.length < 5) return null;
    let best: { item: string; score: number } | null = null;
    for (let length = token.length - 2; length <= token.length + 2; length++) {
      const fuse = this.fuseByShape.get(shape(token, length));
      for (const hit of fuse?.search(token, { limit: 2 }) ?? []) {
        if (hit.score !== undefined && (best === null || hit.score < best.score) && accept(hit.item)) best = { item: hit.item, score: hit.score };
      }
    }
    return best === null ? null : { words: [best.item], credit: FUZZY_CREDIT * (1 - best.score) };
  }

  private rank(word: string): number {
    return this.frequency.get(word) ?? 0;
  }
}
