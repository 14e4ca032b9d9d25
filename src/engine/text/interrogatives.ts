import { analyze, type Word } from './analyze.js';

/**
 * What kind of answer a question asks for. A question about *where* is not answered
 * by a date, nor *how many* by a name: when a question asks one of these and a fact
 * was never asked that way, the fact is not its answer ("hội nghị tổ chức ở đâu" is
 * not "13/12"). Only unambiguous question words are listed; "gì", "nào", "thế nào"
 * fit any fact.
 */
export type Asks = 'who' | 'when' | 'which-day' | 'which-year' | 'where' | 'why' | 'how-many' | 'money';

/**
 * The phrases, as people write them. They go through the same analysis as questions
 * (folding, stemming), so "where" meets "where" however the analysis spells it.
 */
const PHRASES: readonly (readonly [Asks, string])[] = [
  ['who', 'ai'],
  ['who', 'who'],
  ['who', 'whom'],
  ['when', 'khi nào'],
  ['when', 'bao giờ'],
  ['when', 'tháng nào'],
  ['when', 'lúc nào'],
  ['when', 'when'],
  ['which-day', 'ngày nào'],
  ['which-day', 'hôm nào'],
  ['which-day', 'what date'],
  ['which-day', 'which day'],
  ['which-year', 'năm nào'],
  ['which-year', 'which year'],
  ['which-year', 'what year'],
  ['where', 'ở đâu'],
  ['where', 'nơi nào'],
  ['where', 'where'],
  ['why', 'tại sao'],
  ['why', 'vì sao'],
  ['why', 'why'],
  ['how-many', 'bao nhiêu'],
  ['how-many', 'mấy'],
  ['how-many', 'how many'],
  ['how-many', 'how much'],
  ['how-many', 'số lượng'],
  ['how-many', 'what percentage'],
  ['how-many', 'what share'],
  // An amount of money: the report gives shares of estimates, never sums.
  ['money', 'bao nhiêu tiền'],
  ['money', 'tỷ đồng'],
  ['money', 'triệu đồng'],
  ['money', 'nghìn tỷ'],
  ['money', 'vnd'],
  ['money', 'usd'],
  ['money', 'how much money'],
  ['money', 'đồng'],
];

/**
 * Words whose folded form is ambiguous. "mấy" (how many) and "máy" (machine) fold
 * alike: typed with marks, only "mấy" asks. "đồng" (dong) must be typed with its
 * marks to count at all, since "dong" is also "Đông Nam Á".
 */
const MARKED: ReadonlyMap<string, { accent: string; required: boolean }> = new Map([
  ['may', { accent: 'mây1', required: false }],
  ['dong', { accent: 'đông2', required: true }],
]);

function sameWord(word: Word, folded: string): boolean {
  if (word.folded !== folded) return false;
  const marked = MARKED.get(folded);
  if (marked === undefined) return true;
  return word.accent === null ? !marked.required : word.accent === marked.accent;
}

/**
 * Whether a fact asked in these ways answers a question of this kind. "When" fits a
 * day or a year; "which day" needs a day and "which year" a year: a term "2020-2025" is
 * no date, and a date "13/12" names no year.
 */
export function answersKind(asked: Asks, factKinds: ReadonlySet<Asks>): boolean {
  if (factKinds.has(asked)) return true;
  return asked === 'when' && (factKinds.has('which-day') || factKinds.has('which-year'));
}

export interface Interrogatives {
  readonly kinds: ReadonlySet<Asks>;
  /**
   * Words counted by a "how many" ("bao nhiêu vận động viên", "how many cells"): the
   * answer must be a count of that thing, so a fact that never names it does not answer.
   */
  readonly counted: readonly (readonly Word[])[];
}

/** Phrases as folded word sequences, by their first word, so a question is scanned once. */
const BY_FIRST_WORD = new Map<string, (readonly [Asks, readonly string[]])[]>();
for (const [asks, phrase] of PHRASES) {
  const folded = analyze(phrase, 'any').words.map((w) => w.folded);
  const first = folded[0] ?? '';
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), [asks, folded]]);
}

export function interrogatives(words: readonly Word[]): Interrogatives {
  const kinds = new Set<Asks>();
  const counted: Word[][] = [];
  for (let i = 0; i < words.length; i++) {
    for (const [asks, phrase] of BY_FIRST_WORD.get(words[i]?.folded ?? '') ?? []) {
      const matches = phrase.every((folded, k) => {
        const word = words[i + k];
        return word !== undefined && sameWord(word, folded);
      });
      if (!matches) continue;
      kinds.add(asks);
      // The counted thing: up to two subject words right after ("bao nhiêu chi bộ").
      const after = words.slice(i + phrase.length, i + phrase.length + 2);
      const thing = after[0]?.stop === false ? (after[1]?.stop === false ? after : after.slice(0, 1)) : [];
      if (asks === 'how-many' && thing.length > 0) counted.push(thing);
    }
  }
  return { kinds, counted };
}
