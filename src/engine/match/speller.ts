import { editDistance } from './edit-distance.js';

/** A word the index knows, standing in for one it does not, and how much to trust the swap. */
export interface Correction {
  readonly words: readonly string[];
  /** 0..1: the share of a word's weight a corrected word earns. */
  readonly credit: number;
}

const SPLIT_CREDIT = 0.9;
const ONE_EDIT_CREDIT = 0.7;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Typo correction against the words of the knowledge base (folded forms), cheapest
 * first: one edit away, through a deletion index (a handful of map look-ups), then two
 * known words run together ("ngansach"). Nothing looser: over 584 evaluation questions a
 * fuzzier step (fuse.js over the vocabulary) only ever turned unknown words into wrong
 * ones ("population" → "production", "today" → "toán"), and an unknown word is better
 * left unknown: it is what makes the engine decline.
 */
export class Speller {
  private readonly byDeletion = new Map<string, string[]>();

  /**
   * @param frequency how many facts use each word: the tie-breaker between candidates
   * @param pairs known two-word terms ("ngan sach"): only those are split out of one token
   */
  constructor(
    private readonly frequency: ReadonlyMap<string, number>,
    private readonly pairs: ReadonlySet<string>,
  ) {
    for (const word of frequency.keys()) {
      for (const key of [word, ...deletions(word)]) {
        const list = this.byDeletion.get(key);
        if (list) list.push(word);
        else this.byDeletion.set(key, [word]);
      }
    }
  }

  knows(word: string): boolean {
    return this.frequency.has(word);
  }

  /**
   * @param accept whether a known word may stand in for this token (the caller's checks)
   * @param slipOnly only a letter lost or doubled is possible (a token shaped like a real
   *   syllable), so words run together are not looked for
   */
  correct(token: string, accept: (word: string) => boolean, slipOnly: boolean): Correction | null {
    const oneEdit = this.oneEdit(token, accept);
    if (oneEdit !== null || slipOnly) return oneEdit;
    return this.split(token);
  }

  private oneEdit(token: string, accept: (word: string) => boolean): Correction | null {
    if (token.length < 3) return null;
    let best: string | null = null;
    for (const key of [token, ...deletions(token)]) {
      for (const word of this.byDeletion.get(key) ?? []) {
        // Three letters leave too little to tell a typo from another word: "lol" is not
        // "lớn", "cas" not "as".
        if (token.length <= 3 && word.length <= token.length) continue;
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

  private rank(word: string): number {
    return this.frequency.get(word) ?? 0;
  }
}
