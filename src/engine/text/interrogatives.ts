import { analyze, type Word } from './analyze.js';

/**
 * What kind of answer a question asks for. A question about *where* is not answered
 * by a date, nor *how many* by a name: when a question asks one of these and a fact
 * was never asked that way, the fact is not its answer ("hội nghị tổ chức ở đâu" is
 * not "13/12"). Only unambiguous question words are listed; "gì", "nào", "thế nào"
 * fit any fact.
 */
export type Asks = 'who' | 'when' | 'which-day' | 'which-year' | 'where' | 'why' | 'how-many' | 'money' | 'percent' | 'times' | 'term' | 'rank';

/**
 * The phrases, as people write them. They go through the same analysis as questions
 * (folding, stemming), so "where" meets "where" however the analysis spells it.
 */
const PHRASES: readonly (readonly [Asks, string])[] = [
  ['who', 'ai'],
  ['who', 'who'],
  ['who', 'whom'],
  // A body is a "who": "cơ quan nào tổ chức", "which body organised".
  ['who', 'cơ quan nào'],
  ['who', 'đơn vị nào'],
  ['who', 'which body'],
  ['who', 'what body'],
  ['who', 'which agency'],
  ['who', 'which organisation'],
  ['who', 'which unit'],
  ['when', 'khi nào'],
  ['when', 'bao giờ'],
  ['when', 'tháng nào'],
  ['when', 'lúc nào'],
  ['when', 'when'],
  ['which-day', 'ngày nào'],
  ['which-day', 'hôm nào'],
  ['which-day', 'what date'],
  ['which-day', 'on what date'],
  ['which-day', 'what day'],
  // "ngày bao nhiêu" asks for a day, not a count.
  ['which-day', 'ngày bao nhiêu'],
  ['which-day', 'ngày mấy'],
  ['which-day', 'ngày nào'],
  ['when', 'tháng mấy'],
  ['when', 'what month'],
  ['when', 'which month'],
  ['when', 'by when'],
  ['when', 'until when'],
  ['when', 'hồi nào'],
  // "mùng / mồng" count the days of a month: "khai mạc mùng mấy".
  ['which-day', 'mùng mấy'],
  ['which-day', 'mồng mấy'],
  ['when', 'thời gian nào'],
  ['when', 'thời điểm nào'],
  ['which-year', 'năm mấy'],
  ['which-year', 'năm bao nhiêu'],
  ['which-day', 'which day'],
  ['which-year', 'năm nào'],
  ['which-year', 'which year'],
  ['which-year', 'what year'],
  ['where', 'ở đâu'],
  ['where', 'nơi nào'],
  ['where', 'where'],
  // Which place: answered by a name ("xã Hưng Thủy"), never by a count of places ("1 xã").
  ['where', 'xã nào'],
  ['where', 'huyện nào'],
  ['where', 'phường nào'],
  ['where', 'địa phương nào'],
  ['where', 'which commune'],
  ['where', 'which communes'],
  ['where', 'which district'],
  ['why', 'tại sao'],
  ['why', 'vì sao'],
  ['why', 'why'],
  ['how-many', 'bao nhiêu'],
  ['how-many', 'mấy'],
  ['how-many', 'how many'],
  ['how-many', 'how much'],
  ['how-many', 'số lượng'],
  // A rank: answered by an ordinal ("thứ 12", "thứ 2/10"), never by a count.
  ['rank', 'thứ mấy'],
  ['rank', 'thứ bao nhiêu'],
  ['rank', 'hạng mấy'],
  ['rank', 'what rank'],
  ['rank', 'which rank'],
  ['rank', 'what place'],
  // A term of office: "khóa XX", "nhiệm kỳ 2020-2025".
  ['term', 'khóa mấy'],
  ['term', 'khóa nào'],
  ['term', 'khóa bao nhiêu'],
  ['term', 'nhiệm kỳ nào'],
  ['term', 'năm học nào'],
  ['term', 'giai đoạn nào'],
  ['term', 'which term'],
  ['term', 'what term'],
  // A share: answered by a percentage or a ratio, never by a count.
  ['percent', 'bao nhiêu phần trăm'],
  ['percent', 'mấy phần trăm'],
  ['percent', 'what percentage'],
  ['percent', 'what percent'],
  ['percent', 'what share'],
  ['percent', 'which percentage'],
  ['percent', 'how many percent'],
  // A rate is a share whatever else is asked: "tỷ lệ tốt nghiệp là bao nhiêu".
  ['percent', 'tỷ lệ'],
  ['percent', 'phần trăm'],
  ['percent', 'percentage'],
  ['percent', 'rate'],
  // A multiple: a percentage over 100 ("211%" is 2.1 times), or a figure of so many times.
  ['times', 'gấp mấy lần'],
  ['times', 'gấp bao nhiêu lần'],
  ['times', 'bao nhiêu lần'],
  ['times', 'mấy lần'],
  ['times', 'how many times'],
  ['times', 'how many fold'],
  // An amount of money: the report gives shares of estimates, never sums.
  ['money', 'bao nhiêu tiền'],
  ['money', 'bao nhiêu tỷ'],
  ['money', 'mấy tỷ'],
  ['money', 'bao nhiêu triệu'],
  ['money', 'mấy triệu'],
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
  // A rank is asked with a bare "mấy" too: "lần mấy".
  if (asked === 'how-many' && factKinds.has('rank')) return true;
  return asked === 'when' && (factKinds.has('which-day') || factKinds.has('which-year'));
}

export interface Interrogatives {
  readonly kinds: ReadonlySet<Asks>;
  /**
   * Words counted by a "how many" ("bao nhiêu vận động viên", "how many cells"): the
   * answer must be a count of that thing, so a fact that never names it does not answer.
   */
  readonly counted: readonly (readonly Word[])[];
  /** The two words right after a "how many" that counts something, question words too ("bao nhiêu giải Nhì"). */
  readonly unitWords: readonly (readonly Word[])[];
}

/** Filler words that are still a thing counted after "bao nhiêu". */
const COUNTED_FILLERS = new Set(['nguoi', 'people']);
/** Words before "số" that make another word of it: "chỉ số" (an index), "con số", "đa số", "hệ số". */
const NOT_A_NUMBER_OF = new Set(['chi', 'con', 'da', 'he', 'diem', 'thieu', 'ki']);
/** Words after "bao nhiêu" that compare or place rather than name a thing: "giảm bao nhiêu so với năm 2023". */
const NOT_COUNTED = new Set(['so', 'dat', 'tang', 'giam', 'vuot', 'hon', 'chiem', 'tren', 'duoi', 'trong', 'tai', 'cua', 'tu', 'den', 'toi', 'sau', 'truoc', 'than', 'compared']);

/** Phrases as folded word sequences, by their first word, so a question is scanned once. */
const BY_FIRST_WORD = new Map<string, (readonly [Asks, readonly string[]])[]>();
for (const [asks, phrase] of PHRASES) {
  const folded = analyze(phrase, 'any').words.map((w) => w.folded);
  const first = folded[0] ?? '';
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), [asks, folded]]);
}
// Longest first: "gấp mấy lần" asks for a multiple, and its "mấy lần" is no count of "lần".
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b[1].length - a[1].length);

/** The longest phrase starting at a word, and how many words it takes. */
function phraseAt(words: readonly Word[], i: number): { asks: Asks; length: number } | null {
  for (const [asks, phrase] of BY_FIRST_WORD.get(words[i]?.folded ?? '') ?? []) {
    const matches = phrase.every((folded, k) => {
      const word = words[i + k];
      return word !== undefined && sameWord(word, folded) && (k === 0 || word.afterNumber !== true);
    });
    if (matches) return { asks, length: phrase.length };
  }
  return null;
}

export function interrogatives(words: readonly Word[]): Interrogatives {
  const kinds = new Set<Asks>();
  const counted: Word[][] = [];
  const unitWords: Word[][] = [];
  const used = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const found = phraseAt(words, i);
    if (found === null) continue;
    // A shorter phrase inside a longer one already read says nothing more ("bao nhiêu" of "gấp bao nhiêu lần").
    const covered = [...Array(found.length).keys()].every((k) => used.has(i + k));
    if (covered) continue;
    for (let k = 0; k < found.length; k++) used.add(i + k);
    kinds.add(found.asks);
    // The counted thing: the subject words right after ("bao nhiêu chi bộ", "how many new investment projects"), up to four.
    const after = words.slice(i + found.length, i + found.length + 4);
    // "người" is a filler elsewhere ("mọi người"), but "bao nhiêu người" counts people.
    const counts = (w: Word | undefined): boolean => w !== undefined && !NOT_COUNTED.has(w.folded) && (!w.stop || COUNTED_FILLERS.has(w.folded));
    const end = after.findIndex((w, k) => k > 0 && (w.stop || NOT_COUNTED.has(w.folded)));
    const thing = counts(after[0]) ? after.slice(0, end < 0 ? after.length : end) : [];
    // "thứ mấy" asks a rank, not a count of what follows ("xếp thứ mấy cả nước").
    const rank = words[i - 1]?.folded === 'thu';
    if (found.asks === 'how-many' && thing.length > 0 && !rank) {
      counted.push(thing);
      unitWords.push(after.slice(0, 2));
    }
  }
  // "Số vụ tai nạn giảm bao nhiêu?": the number of something, asked before "bao nhiêu", counts that thing.
  if (kinds.has('how-many') && counted.length === 0) {
    const at = words.findIndex(
      (w, k) =>
        (w.typed === 'số' || (w.typed === 'so' && words[k + 1]?.folded !== 'voi')) && k + 1 < words.length && !NOT_A_NUMBER_OF.has(words[k - 1]?.folded ?? ''),
    );
    const thing = words[at + 1];
    if (at >= 0 && thing !== undefined && !thing.stop && !NOT_COUNTED.has(thing.folded)) {
      counted.push([thing]);
      unitWords.push(words.slice(at + 1, at + 3));
    }
  }
  // "tỷ lệ … tăng gấp bao nhiêu lần" asks a multiple of a rate, not a rate.
  if (kinds.has('times')) kinds.delete('percent');
  return { kinds, counted, unitWords };
}


/**
 * Phrases whose words only frame a question: "cơ quan nào", "which event", "số gì". They
 * say what kind of answer is wanted, not which fact, so they never count against one.
 */
const FRAMES: readonly string[] = [
  'cơ quan nào', 'đơn vị nào', 'tổ chức nào', 'sự kiện nào', 'sự kiện gì', 'số gì', 'con số', 'số liệu nào',
  'which body', 'what body', 'which agency', 'which organisation', 'which unit', 'which event', 'what event',
  'what figure', 'which figure', 'refer to', 'refers to', 'stand for', 'mean', 'means', 'represent',
  'nghĩa là gì', 'nói về', 'số liệu', 'chỉ tiêu gì', 'chỉ tiêu nào', 'khoản nào', 'khoản gì',
  // "398 tỷ đồng là khoản thu nào?": the item asked about, whatever it is called.
  'khoản',
  // The multiple asked for, not a word the figure must hold: "how many times more X" compares X.
  'gấp mấy lần', 'gấp bao nhiêu lần', 'how many times', 'times more', 'times higher', 'times as many', 'times as much',
  // When, however asked: "giờ" of "bao giờ" is no hour, "month" of "what month" no subject.
  'bao giờ', 'lúc nào', 'hồi nào', 'thời gian nào', 'thời điểm nào', 'mùng mấy', 'mồng mấy', 'what month', 'which month',
  'vào bao giờ', 'vào lúc nào', 'vào khi nào', 'vào thời gian nào', 'vào thời điểm nào', 'vào hôm nào',
  // The report's own year as people say it: a tie-break, never a word the answer must hold.
  // Not "last year": it is as often the year compared with ("năm trước").
  'this year', 'năm nay', 'năm vừa qua', 'năm qua',
  // The whole of what is asked: "tổng số tiền phạt" is the fines, "in total" adds nothing a figure must hold.
  'tổng số', 'tổng cộng', 'in total', 'altogether', 'total number of', 'total amount of',
];
const FRAMES_BY_FIRST = new Map<string, string[][]>();
for (const phrase of FRAMES) {
  const folded = analyze(phrase, 'any').words.map((w) => w.folded);
  FRAMES_BY_FIRST.set(folded[0] ?? '', [...(FRAMES_BY_FIRST.get(folded[0] ?? '') ?? []), folded]);
}

/** Positions of the words of frame phrases in a question. */
export function framePositions(words: readonly Word[]): Set<number> {
  const positions = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    for (const frame of FRAMES_BY_FIRST.get(words[i]?.folded ?? '') ?? []) {
      if (!frame.every((folded, k) => words[i + k]?.folded === folded)) continue;
      for (let k = 0; k < frame.length; k++) positions.add(i + k);
    }
  }
  return positions;
}
