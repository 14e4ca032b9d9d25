import type { Fact, FigureKind, KnowledgeBase, Report } from '../knowledge/types.js';
import { genreTerms } from '../lexicon/genre-terms.js';
import { genreTermFinder, type TermFinder } from '../lexicon/term-finder.js';
import { analyze, type Analysis, type Word } from '../text/analyze.js';
import { interrogatives, type Asks } from '../text/interrogatives.js';
import type { NumberReading } from '../text/numbers.js';
import { FOLDED_STOP_WORDS } from '../text/stopwords.js';
import { answersTimes, inferKind, KIND_ASKS, KIND_QUESTIONS } from './kind-questions.js';
import { memo } from './memo-by-text.js';
import { Speller } from './speller.js';

/**
 * The inverted index over facts. A term is a folded word ("ngan"), two adjacent words
 * ("ngan sach"), a question word ("~ai") or a number ("#211"). Each fact holds a term
 * with the weight of the strongest field it appears in: the ways people ask and the
 * keywords count most, the report's sentence less, since one sentence often holds
 * several facts and cannot tell them apart.
 */

/**
 * The facts holding one term, in fact order, with the weight each holds it with. Typed
 * arrays, views into one buffer for all terms: at 100 reports half a million postings
 * as objects cost tens of megabytes and most of the build's garbage collection.
 */
export interface PostingList {
  readonly length: number;
  readonly facts: Int32Array;
  readonly weights: Float64Array;
}

/** The pairs each fact binds a word in, by fact: read in fact order, alongside a posting list. */
export interface BoundFacts {
  /** The facts, in order. */
  readonly facts: Int32Array;
  /** The pairs of the fact at the same position; reports share equal sets. */
  readonly pairs: readonly ReadonlySet<string>[];
}

/** A fact "names" a term that stands in its own phrasings, keywords or figure, not just its sentence. */
export const NAMING_WEIGHT = 0.9;

const FIELD_WEIGHT = {
  question: 1,
  keyword: 1,
  /** The words of the sentence that belong to the figure: the fact's own, like its keywords. */
  context: 1,
  /** The questions a figure of this kind answers ("ngày nào" of a date): generic, so a little less than the fact's own. */
  kindQuestion: 0.9,
  figure: 0.9,
  /** Lexicon equivalents of the figure's own words ("budget revenue" for "thu ngân sách"). */
  equivalent: 0.9,
  sentence: 0.5,
  /**
   * The sentence of a fact with no hand phrasings: all it has beside its context, so it
   * weighs more, but less than the context, which tells two figures of one sentence apart.
   */
  sentenceAlone: 0.7,
  /**
   * The sentence's lead (the context of its first figure, with the lead-in) for the other
   * figures of the sentence: "giảm 37 vụ" is still about the "phạm pháp hình sự" of "512 vụ
   * phạm pháp hình sự, giảm 37 vụ". More than the rest of the sentence, less than the own context.
   */
  lead: 0.85,
  gloss: 0.5,
  topic: 0.5,
  /** The report's year, implied by every fact in it ("thu ngân sách năm 2022"). */
  eventYear: 0.5,
} as const;

/** The facts of one report: positions start (inclusive) to end (exclusive) in the index. */
export interface FactRange {
  readonly start: number;
  readonly end: number;
}

export interface FactIndex {
  readonly facts: readonly Fact[];
  /** The loaded reports, in knowledge order. */
  readonly reports: readonly Report[];
  /** Where each report's facts sit: one index over all reports, each report a contiguous range. */
  readonly ranges: ReadonlyMap<string, FactRange>;
  readonly postings: ReadonlyMap<string, PostingList>;
  /** Inverse document frequency of a known term. */
  idf(term: string): number;
  /** What an unknown word weighs: more than the rarest known one, since it is at least as specific. */
  readonly unknownIdf: number;
  /** Tone-aware spellings each folded Vietnamese word has in the knowledge base; each is also a term, "=dân". */
  readonly accents: ReadonlyMap<string, ReadonlySet<string>>;
  readonly speller: Speller;
  /**
   * For each word, the facts that only ever use it inside pairs of words, with those
   * pairs ("dan" → cải cách hành chính: {"cong dan"}). A fact that also uses the word
   * on its own is not listed.
   */
  readonly boundIn: ReadonlyMap<string, BoundFacts>;
  /** Folded words naming what a report is about: they pick a report, not a fact. */
  readonly subjectWords: ReadonlySet<string>;
  /** Whether a word is one of the subject's, its marks too when typed: "án" is not the "An" of "Vĩnh An". */
  isSubject(word: Word): boolean;
  /** Each subject name as its folded words in order ("bac tu liem"). */
  readonly subjects: readonly (readonly string[])[];
  /**
   * Subject names from the word before their first capitalised one ("bac tu liem" of "quận
   * Bắc Từ Liêm"): the tails of these, after another word, name another place.
   */
  readonly placeNames: readonly (readonly string[])[];
  /** For each fact, the numbers of its figure, one group of readings each. */
  readonly figureNumbers: readonly (readonly (readonly string[])[])[];
  /** For each fact, the kinds of question its own phrasings ask (who, when, how many…). */
  readonly asks: readonly ReadonlySet<Asks>[];
  /** Folded words seen in English and in Vietnamese text, to tell the language of a question. */
  readonly englishWords: ReadonlySet<string>;
  readonly vietnameseWords: ReadonlySet<string>;
}

/**
 * Content words, and the pairs of content words standing side by side. A question word
 * between two words breaks the pair: "thành phố giao là bao nhiêu phần trăm" has no
 * "giao phần".
 */
export function contentTerms(words: readonly Word[]): { unigrams: string[]; bigrams: string[] } {
  const unigrams = words.filter((w) => !w.stop).map((w) => w.folded);
  const bigrams: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const [a, b] = [words[i - 1], words[i]];
    if (a !== undefined && b !== undefined && !a.stop && !b.stop) bigrams.push(`${a.folded} ${b.folded}`);
  }
  return { unigrams, bigrams };
}

const YEAR_TERM = /^#(19|20)\d\d$/;
const COMPARED_YEAR = /(?:so với|cùng kỳ|lần|năm trước)\s+(?:năm\s+)?((?:19|20)\d\d)\b/giu;

/** Years a text compares with ("gấp 3 lần năm 2023" → "#2023"). */
function comparedYears(text: string): string[] {
  return [...text.matchAll(COMPARED_YEAR)].map((m) => `#${m[1] ?? ''}`);
}

/** A context that says what the report's meeting was. */
const MEETING = /(?:tổ chức|khai mạc|họp)\s+(?:hội nghị|phiên họp|kỳ họp|đại hội|hội thảo)/iu;
/** A name's context that says what the person or body did at a meeting. */
const MEETING_ROLE = /(?:chủ trì|chủ tọa|điều hành|phát biểu|chỉ đạo|kết luận|báo cáo|trình bày)/iu;

/** Words before a place's name ("quận Bắc Từ Liêm", "thành phố Vĩnh An"). */
const PLACE_WORDS = new Set(['quan', 'huyen', 'tinh', 'pho', 'xa', 'phuong', 'tran']);

/**
 * The years and period a report covers, implied by every fact in it. The title says so
 * when it names them ("năm 2024", "6 tháng đầu năm"); otherwise the year of the event, and
 * the year before for a meeting in January or February, when year-end reviews are held.
 */
function reportTime(report: Report): { years: string[]; periods: string[] } {
  const named = [...report.title.matchAll(/\b(19|20)\d\d\b/g)].map((m) => `#${m[0]}`);
  const periods = [...report.title.matchAll(/(\d{1,2})\s*tháng/giu)].map((m) => `#${m[1] ?? ''}`);
  if (named.length > 0) return { years: [...new Set(named)], periods };
  const year = Number(report.eventDate.slice(0, 4));
  const month = Number(report.eventDate.slice(5, 7));
  return { years: month <= 2 ? [`#${year}`, `#${year - 1}`] : [`#${year}`], periods };
}

/** What one analysed text gives every fact it is a field of: worked out once per text and language. */
interface TextTerms {
  /** Term ids, in the order they are first indexed. */
  readonly terms: readonly number[];
  /** Year terms ("#2022") among them: a fact's own wording naming a year. */
  readonly years: readonly string[];
  /** Content words (their term ids) the text uses on their own somewhere. */
  readonly free: readonly number[];
  /** Content words (term ids) the text uses only inside pairs, with the id of its set of those pairs. */
  readonly bound: readonly number[];
  readonly boundSets: readonly number[];
}

const LOG_CHUNK = 1 << 16;

/** Postings as they are made: (term, fact, weight) in chunks, sorted by term once at the end. */
class PostingLog {
  private readonly terms: Int32Array[] = [];
  private readonly facts: Int32Array[] = [];
  private readonly weights: Float64Array[] = [];
  private size = 0;

  /** Appends a posting; returns its position. */
  push(term: number, fact: number, weight: number): number {
    const at = this.size++;
    const chunk = at >>> 16;
    if (chunk === this.terms.length) {
      this.terms.push(new Int32Array(LOG_CHUNK));
      this.facts.push(new Int32Array(LOG_CHUNK));
      this.weights.push(new Float64Array(LOG_CHUNK));
    }
    const k = at & (LOG_CHUNK - 1);
    (this.terms[chunk] as Int32Array)[k] = term;
    (this.facts[chunk] as Int32Array)[k] = fact;
    (this.weights[chunk] as Float64Array)[k] = weight;
    return at;
  }

  /** Keeps the higher weight for the posting at `at`. */
  raise(at: number, weight: number): void {
    const weights = this.weights[at >>> 16] as Float64Array;
    const k = at & (LOG_CHUNK - 1);
    if (weight > (weights[k] ?? 0)) weights[k] = weight;
  }

  /** Each term's postings, in fact order, as views into one buffer of facts and one of weights. */
  pack(names: readonly string[]): Map<string, PostingList> {
    const starts = new Int32Array(names.length + 1);
    // Chunk by chunk, with no call per posting: there are half a million at 100 reports.
    for (let chunk = 0; chunk < this.terms.length; chunk++) {
      const terms = this.terms[chunk] as Int32Array;
      const size = Math.min(LOG_CHUNK, this.size - chunk * LOG_CHUNK);
      for (let k = 0; k < size; k++) {
        const at = (terms[k] ?? 0) + 1;
        starts[at] = (starts[at] ?? 0) + 1;
      }
    }
    for (let t = 0; t < names.length; t++) starts[t + 1] = (starts[t + 1] ?? 0) + (starts[t] ?? 0);
    const facts = new Int32Array(this.size);
    const weights = new Float64Array(this.size);
    const next = starts.slice(0, names.length);
    for (let chunk = 0; chunk < this.terms.length; chunk++) {
      const [terms, chunkFacts, chunkWeights] = [this.terms[chunk] as Int32Array, this.facts[chunk] as Int32Array, this.weights[chunk] as Float64Array];
      const size = Math.min(LOG_CHUNK, this.size - chunk * LOG_CHUNK);
      for (let k = 0; k < size; k++) {
        const term = terms[k] ?? 0;
        const at = next[term] ?? 0;
        next[term] = at + 1;
        facts[at] = chunkFacts[k] ?? 0;
        weights[at] = chunkWeights[k] ?? 0;
      }
    }
    const postings = new Map<string, PostingList>();
    names.forEach((name, t) => {
      const [start, end] = [starts[t] ?? 0, starts[t + 1] ?? 0];
      postings.set(name, { length: end - start, facts: facts.subarray(start, end), weights: weights.subarray(start, end) });
    });
    return postings;
  }
}

// The index's functions are made outside buildFactIndex: a closure made inside it would keep
// every working table of the build alive (V8 closures share their function's context).
const idfOf = (postings: ReadonlyMap<string, PostingList>, n: number) => (term: string): number =>
  Math.log(1 + n / Math.max(1, postings.get(term)?.length ?? 0));
const subjectTest = (words: ReadonlySet<string>, accents: ReadonlySet<string>) => (word: Word): boolean =>
  words.has(word.folded) && (word.accent === null || accents.has(word.accent));

/**
 * Builds the one index over all reports. Reports of a genre share most of their texts
 * (the ways of asking, the kind questions, topics, lexicon phrasings), so each text's
 * terms are worked out once and every fact holding it only appends term ids; postings
 * are packed into typed arrays at the end.
 */
export function buildFactIndex(kb: KnowledgeBase, given?: TermFinder): FactIndex {
  // The lexicon is checked now, as it always was (a broken one fails the load, not a question);
  // its finder is only made for a fact with no hand phrasings, the only kind that holds equivalents.
  if (given === undefined) genreTerms();
  let finder = given;
  const lexicon = (): TermFinder => (finder ??= genreTermFinder());
  const facts = kb.facts;
  // Terms by id, in the order first indexed (the speller's tie-breaks follow that order).
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  // Every posting goes into one log, in fact order (facts are indexed in order), and is
  // sorted by term only at the end: no list per term growing (and copying itself) as it goes.
  // Only a term's last posting can be the current fact's: it is updated in place.
  const log = new PostingLog();
  const lastFact: number[] = [];
  const lastAt: number[] = [];
  const accents = new Map<string, Set<string>>();
  const englishWords = new Set<string>();
  const vietnameseWords = new Set<string>();

  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termNames.length;
      termIds.set(term, id);
      termNames.push(term);
      lastFact.push(-1);
      lastAt.push(-1);
      freeIn.push(-1);
      boundInFact.push(-1);
      unionSet.push(-1);
    }
    return id;
  };
  const addId = (id: number, fact: number, weight: number): void => {
    if (lastFact[id] === fact) log.raise(lastAt[id] ?? 0, weight);
    else {
      lastFact[id] = fact;
      lastAt[id] = log.push(id, fact, weight);
    }
  };

  /** Years each fact names in its own words. */
  const yearsNamed = new Map<number, Set<string>>();
  const add = (term: string, fact: number, weight: number): void => {
    if (weight >= NAMING_WEIGHT && term.startsWith('#') && YEAR_TERM.test(term)) {
      const years = yearsNamed.get(fact) ?? new Set<string>();
      yearsNamed.set(fact, years.add(term));
    }
    addId(idOf(term), fact, weight);
  };

  // A sentence holds several facts and a topic names many: each text is analysed once while it
  // is in use, and only what the index needs of it is kept (its terms, numbers, the kinds of
  // question it asks, the lexicon's entries in it), not its words: they die young, so the
  // build's memory does not grow with the reports. Texts not used by the last two reports are
  // let go (a report's own sentences are not needed by the next hundred), unless they came
  // back once after being let go: such a text is the genre's ("của huyện" in every other
  // report), kept for the rest of the build. So a text is analysed at most twice.
  interface TextRecord {
    readonly numbers: Analysis['numbers'];
    readonly terms: { vi?: TextTerms; en?: TextTerms };
    kinds?: ReadonlySet<Asks>;
    entries?: readonly number[];
  }
  /** Records by reading, then by text: a text's own string is its key, never a longer one made per lookup. */
  type Records = Record<NumberReading, Map<string, TextRecord>>;
  const noRecords = (): Records => ({ any: new Map(), vi: new Map(), en: new Map() });
  let records = noRecords();
  let recordsBefore = noRecords();
  const kept = noRecords();
  const seen: Record<NumberReading, Set<string>> = { any: new Set(), vi: new Set(), en: new Set() };
  /**
   * What the index needs of one text: its terms in `language` (worked out when first needed:
   * the order terms are first met is kept), the kinds of question it asks, the lexicon's entries in it.
   */
  const recordOf = (text: string, reading: NumberReading, language: 'vi' | 'en' | undefined, kinds: boolean, entries: boolean): TextRecord => {
    const current = records[reading];
    const inCurrent = current.get(text);
    let record = inCurrent ?? recordsBefore[reading].get(text) ?? kept[reading].get(text);
    if (record === undefined || (language !== undefined && record.terms[language] === undefined) || (kinds && record.kinds === undefined) || (entries && record.entries === undefined)) {
      const analysis = analyze(text, reading);
      if (record === undefined) {
        record = { numbers: analysis.numbers, terms: {} };
        // Seen before and missed: it was let go, and is back.
        if (seen[reading].has(text)) kept[reading].set(text, record);
        else seen[reading].add(text);
      }
      if (language !== undefined) record.terms[language] ??= termsOf(analysis, language);
      if (kinds) record.kinds ??= interrogatives(analysis.words).kinds;
      if (entries) record.entries ??= lexicon().find(analysis.words, analysis.numbers);
    }
    if (inCurrent === undefined) current.set(text, record);
    return record;
  };
  const nextReport = (): void => {
    recordsBefore = records;
    records = noRecords();
  };

  const textTerms = { vi: new WeakMap<Analysis, TextTerms>(), en: new WeakMap<Analysis, TextTerms>() };
  /** The terms of one text, in the order the index has always added them; the word sets learn its words. */
  const termsOf = (analysis: Analysis, language: 'vi' | 'en'): TextTerms => {
    const known = textTerms[language].get(analysis);
    if (known !== undefined) return known;
    const { words, numbers } = analysis;
    const list: string[] = [];
    const { unigrams, bigrams } = contentTerms(words);
    list.push(...unigrams, ...bigrams);
    const usage = new Map<string, Set<string> | 'free'>();
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word === undefined || word.stop) continue;
      const before = words[i - 1];
      const after = words[i + 1];
      const left = before !== undefined && !before.stop ? `${before.folded} ${word.folded}` : undefined;
      const right = after !== undefined && !after.stop ? `${word.folded} ${after.folded}` : undefined;
      const seenSoFar = usage.get(word.folded);
      if (seenSoFar === 'free') continue;
      if (left === undefined && right === undefined) {
        usage.set(word.folded, 'free');
        continue;
      }
      const pairs = seenSoFar ?? new Set<string>();
      if (left !== undefined) pairs.add(left);
      if (right !== undefined) pairs.add(right);
      if (seenSoFar === undefined) usage.set(word.folded, pairs);
    }
    for (const word of words) {
      if (word.stop) list.push(`~${word.folded}`);
      (language === 'en' ? englishWords : vietnameseWords).add(word.folded);
      if (language === 'vi' && !word.stop) {
        // "=dân" and "=dẫn" are different words that fold to the same "dan". Only marked
        // forms are looked up; bare ones ("so" of "so với") still tell a tone apart below.
        const form = word.accent ?? word.folded;
        if (word.accent !== null) list.push(`=${form}`);
        let forms = accents.get(word.folded);
        if (!forms) accents.set(word.folded, (forms = new Set<string>()));
        forms.add(form);
      }
    }
    for (const group of numbers) list.push(...group);
    // Plain arrays of small integers: a typed array apiece would be an allocation of its own buffer, per text.
    const ids = list.map((term) => idOf(term));
    // Content words are all unigrams of the text: already given ids above.
    const free: number[] = [];
    const bound: number[] = [];
    const boundSets: number[] = [];
    for (const [word, use] of usage) {
      if (use === 'free') free.push(idOf(word));
      else {
        bound.push(idOf(word));
        boundSets.push(pairSetId(samePairs(use)));
      }
    }
    const found: TextTerms = { terms: ids, years: list.filter((term) => term.startsWith('#') && YEAR_TERM.test(term)), free, bound, boundSets };
    textTerms[language].set(analysis, found);
    return found;
  };

  // How the current fact uses each word, over all its fields; bound words go to boundIn when it
  // is done. Per term id, stamped with the fact last seen: no table per fact. A word used on its
  // own anywhere in the fact is free; otherwise it is bound in the union of its texts' pair sets
  // (ids), made once for each distinct combination and shared (reports repeat them).
  const freeIn: number[] = [];
  const boundInFact: number[] = [];
  const unionSet: number[] = [];
  let boundWords: number[] = [];
  const pairSets: ReadonlySet<string>[] = [];
  // Equal sets of pairs are one set: reports repeat them in texts that differ elsewhere (a name),
  // and a question judges each set once.
  const pairsByKey = new Map<string, ReadonlySet<string>>();
  const samePairs = (set: ReadonlySet<string>): ReadonlySet<string> => {
    // Most words stand in one or two pairs: their key without making and sorting an array.
    let key: string;
    if (set.size === 1) key = set.values().next().value ?? '';
    else if (set.size === 2) {
      const [a = '', b = ''] = set;
      key = a < b ? `${a}|${b}` : `${b}|${a}`;
    } else key = [...set].sort().join('|');
    const known = pairsByKey.get(key);
    if (known !== undefined) return known;
    pairsByKey.set(key, set);
    return set;
  };
  const pairSetIds = new WeakMap<ReadonlySet<string>, number>();
  const pairSetId = (set: ReadonlySet<string>): number => {
    let id = pairSetIds.get(set);
    if (id === undefined) {
      id = pairSets.length;
      pairSets.push(set);
      pairSetIds.set(set, id);
    }
    return id;
  };
  /** Indexes one field's text for a fact; returns what is known of the text. */
  const addText = (text: string, fact: number, weight: number, language: 'vi' | 'en', reading: NumberReading, kinds = false): TextRecord => {
    const record = recordOf(text, reading, language, kinds, false);
    addTerms(record.terms[language] ?? termsOf(analyze(text, reading), language), fact, weight);
    return record;
  };

  const addAnalysis = (analysis: Analysis, fact: number, weight: number, language: 'vi' | 'en'): void => {
    addTerms(termsOf(analysis, language), fact, weight);
  };

  const addTerms = (found: TextTerms, fact: number, weight: number): void => {
    const ids = found.terms;
    for (let k = 0; k < ids.length; k++) addId(ids[k] ?? 0, fact, weight);
    if (weight >= NAMING_WEIGHT && found.years.length > 0) {
      const years = yearsNamed.get(fact) ?? new Set<string>();
      for (const year of found.years) years.add(year);
      yearsNamed.set(fact, years);
    }
    for (let k = 0; k < found.free.length; k++) freeIn[found.free[k] ?? 0] = fact;
    for (let k = 0; k < found.bound.length; k++) {
      const word = found.bound[k] ?? 0;
      const set = found.boundSets[k] ?? 0;
      if (boundInFact[word] !== fact) {
        boundInFact[word] = fact;
        unionSet[word] = set;
        boundWords.push(word);
      } else unionSet[word] = unionOf(unionSet[word] ?? set, set);
    }
  };

  // Unions of two sets by their ids, made once: a union is a set with an id of its own.
  // By the first id, then the second: small integers as keys, none made per lookup.
  const unions: (Map<number, number> | undefined)[] = [];
  const unionOf = (a: number, b: number): number => {
    if (a === b) return a;
    let withA = unions[a];
    if (withA === undefined) unions[a] = withA = new Map();
    let union = withA.get(b);
    if (union === undefined) {
      const [left, right] = [pairSets[a] ?? new Set<string>(), pairSets[b] ?? new Set<string>()];
      union = [...right].every((pair) => left.has(pair)) ? a : pairSetId(new Set([...left, ...right]));
      withA.set(b, union);
    }
    return union;
  };
  // By word id, and the words in the order first bound: boundIn keeps that order.
  const boundFacts: ({ facts: number[]; pairs: ReadonlySet<string>[] } | undefined)[] = [];
  const boundOrder: number[] = [];
  const closeFact = (fact: number): void => {
    for (const word of boundWords) {
      if (freeIn[word] === fact) continue;
      const shared = pairSets[unionSet[word] ?? 0] ?? new Set<string>();
      let list = boundFacts[word];
      if (!list) {
        boundFacts[word] = list = { facts: [], pairs: [] };
        boundOrder.push(word);
      }
      list.facts.push(fact);
      list.pairs.push(shared);
    }
    boundWords = [];
  };

  const subjectsByReport = new Map(
    kb.reports.map((r) => [r.id, r.subject.map((name) => analyze(name, r.language).words.map((w) => w.folded))] as const),
  );
  const subjects = [...subjectsByReport.values()].flat();
  // Places only ("Bắc Từ Liêm", "tỉnh Nam Sơn"), not bodies ("Sở Kế hoạch và Đầu tư"), and
  // only their capitalised words: not the "thành phố" of "Công an thành phố".
  const placeNames = kb.reports
    .flatMap((r) =>
      r.subject.map((name) => {
        const words = analyze(name, r.language).words;
        const start = words.findIndex((w) => w.capitalized);
        const place = start >= 0 && words.slice(start).every((w) => w.capitalized) && (start === 0 || PLACE_WORDS.has(words[start - 1]?.folded ?? ''));
        return place ? words.map((w) => w.folded).slice(Math.max(0, start - 1)) : [];
      }),
    )
    .filter((name) => name.length >= 3);
  const subjectWords = new Set(subjects.flat());
  const subjectAccents = new Set(kb.reports.flatMap((r) => r.subject.flatMap((name) => analyze(name, r.language).words.map((w) => w.accent ?? w.folded))));
  const asks = facts.map(() => new Set<Asks>());
  const figureNumbers: (readonly (readonly string[])[])[] = [];

  // Shared texts, shared work: question kinds, lexicon entries and compared years per text.
  const yearsCompared = new Map<string, string[]>();
  const comparedIn = (text: string): string[] => {
    let years = yearsCompared.get(text);
    if (years === undefined) yearsCompared.set(text, (years = comparedYears(text)));
    return years;
  };
  const timeOf = new Map<Report, { years: string[]; periods: string[] }>();

  // Each report's meeting, as the words that say what it was ("tổ chức hội nghị tổng kết năm học 2023-2024").
  const meetings = new Map<string, string>();
  for (const fact of facts) {
    if (fact.context !== undefined && !meetings.has(fact.report) && MEETING.test(fact.context)) meetings.set(fact.report, fact.context);
  }

  // Each sentence's lead: the context that starts first in it (the longest of those, not a name inside it).
  const leads = new Map<string, string>();
  for (const fact of facts) {
    if (fact.context === undefined) continue;
    const lead = leads.get(fact.sentence);
    const [at, leadAt] = [fact.sentence.indexOf(fact.context), lead === undefined ? Infinity : fact.sentence.indexOf(lead)];
    if (lead === undefined || at < leadAt || (at === leadAt && fact.context.length > lead.length)) leads.set(fact.sentence, fact.context);
  }

  // Each report's subject words as question-word terms ("~bac"), given ids at its first fact, as they always were.
  const subjectIds = new Map<string, readonly number[]>();
  const subjectTerms = (report: string): readonly number[] => {
    let ids = subjectIds.get(report);
    if (ids === undefined) subjectIds.set(report, (ids = (subjectsByReport.get(report)?.flat() ?? []).map((word) => idOf(`~${word}`))));
    return ids;
  };

  // Reports repeat their figures ("100%", "13/12"): each read once.
  const kindOf = memo(inferKind);
  const timesByKind = new Map<FigureKind, (figure: string) => boolean>();
  const timesOf = (kind: FigureKind, figure: string): boolean => {
    let times = timesByKind.get(kind);
    if (times === undefined) timesByKind.set(kind, (times = memo((f) => answersTimes(kind, f))));
    return times(figure);
  };

  facts.forEach((fact, i) => {
    if (i > 0 && facts[i - 1]?.report !== fact.report) nextReport();
    const report = kb.report(fact.report);
    const language = report?.language ?? 'vi';
    const other = language === 'vi' ? 'en' : 'vi';
    for (const lang of [language, other] as const) {
      for (const q of fact.questions[lang]) {
        for (const kind of addText(q, i, FIELD_WEIGHT.question, lang, 'any', true).kinds ?? []) asks[i]?.add(kind);
      }
    }
    for (const k of fact.keywords) addText(k, i, FIELD_WEIGHT.keyword, /[^\p{ASCII}]/u.test(k) ? 'vi' : 'en', 'any');
    const kind = fact.kind ?? kindOf(fact.figure);
    for (const q of kind === null ? [] : KIND_QUESTIONS[kind]) {
      const record = addText(q, i, FIELD_WEIGHT.kindQuestion, /[^\p{ASCII}]/u.test(q) ? 'vi' : 'en', 'any', true);
      for (const asked of record.kinds ?? []) asks[i]?.add(asked);
    }
    for (const asked of kind === null ? [] : (KIND_ASKS[kind] ?? [])) asks[i]?.add(asked);
    if (kind !== null && timesOf(kind, fact.figure)) asks[i]?.add('times');
    figureNumbers.push(addText(fact.figure, i, FIELD_WEIGHT.figure, language, language).numbers);
    if (fact.context !== undefined) addText(fact.context, i, FIELD_WEIGHT.context, language, language);
    const handWritten = fact.questions.vi.length + fact.questions.en.length + fact.keywords.length > 0;
    const sentenceWeight = handWritten ? FIELD_WEIGHT.sentence : FIELD_WEIGHT.sentenceAlone;
    addText(fact.sentence, i, sentenceWeight, language, language);
    const lead = leads.get(fact.sentence);
    if (!handWritten && lead !== undefined && lead !== fact.context) addText(lead, i, FIELD_WEIGHT.lead, language, language);
    // Who chaired, spoke or reported at "the meeting" did so at the report's meeting: "Ai chủ trì hội nghị tổng kết năm học?"
    const meeting = meetings.get(fact.report);
    if (!handWritten && fact.kind === 'name' && meeting !== undefined && meeting !== fact.context && MEETING_ROLE.test(fact.context ?? '')) {
      addText(meeting, i, FIELD_WEIGHT.lead, language, language);
    }
    // A figure the headline states ("Tân Khánh giải ngân 452 tỷ đồng vốn đầu tư công") holds the headline's words too:
    // the body often restates it in fewer.
    if (!handWritten && report !== undefined && report.title.includes(fact.figure)) addText(report.title, i, FIELD_WEIGHT.lead, language, language);
    // Equivalents from the lexicon, so "TNGT" and "traffic accidents" find "tai nạn giao thông".
    // A hand-written fact has its own keywords and English phrasings: equivalents would
    // only blur which of its words it is asked by.
    if (!handWritten) {
      const entriesIn = (text: string): readonly number[] => recordOf(text, language, undefined, false, true).entries ?? [];
      const ownEntries = new Set([fact.figure, ...(fact.context === undefined ? [] : [fact.context])].flatMap(entriesIn));
      const sentenceEntries = entriesIn(fact.sentence).filter((entry) => !ownEntries.has(entry));
      for (const [entries, weight] of [[ownEntries, FIELD_WEIGHT.equivalent], [sentenceEntries, sentenceWeight]] as const) {
        for (const entry of entries) for (const form of lexicon().forms[entry] ?? []) addAnalysis(form.analysis, i, weight, form.language);
      }
    }
    if (fact.gloss !== undefined) addText(fact.gloss, i, FIELD_WEIGHT.gloss, 'en', 'en');
    const topic = report?.topics.find((t) => t.id === fact.topic);
    if (topic) {
      addText(topic.vi, i, FIELD_WEIGHT.topic, 'vi', 'vi');
      addText(topic.en, i, FIELD_WEIGHT.topic, 'en', 'en');
    }
    // Every fact is of the report's year and period, unless its own wording names another year (2023's plans).
    let implied = report === undefined ? { years: [], periods: [] } : timeOf.get(report);
    if (implied === undefined && report !== undefined) timeOf.set(report, (implied = reportTime(report)));
    implied ??= { years: [], periods: [] };
    // "gấp 3 lần năm 2023", "so với cùng kỳ năm 2023": a year compared with is not the fact's year.
    // (Only read when the fact names a year other than the report's: most name none.)
    const { years: impliedYears } = implied;
    const otherYears = [...(yearsNamed.get(i) ?? [])].filter((year) => !impliedYears.includes(year));
    const compared = otherYears.length === 0 ? new Set<string>() : new Set([fact.figure, fact.context ?? '', ...fact.questions.vi, ...fact.questions.en, ...fact.keywords].flatMap(comparedIn));
    const namesOtherYear = otherYears.some((year) => !compared.has(year));
    if (!namesOtherYear) for (const year of implied.years) add(year, i, FIELD_WEIGHT.eventYear);
    for (const period of implied.periods) add(period, i, FIELD_WEIGHT.eventYear);
    for (const id of subjectTerms(fact.report)) addId(id, i, 1);
    closeFact(i);
  });

  const boundIn = new Map<string, BoundFacts>();
  for (const word of boundOrder) {
    const list = boundFacts[word];
    if (list !== undefined) boundIn.set(termNames[word] ?? '', { facts: Int32Array.from(list.facts), pairs: list.pairs });
  }

  const postings = log.pack(termNames);

  const n = facts.length;
  const frequency = new Map<string, number>();
  for (const [term, list] of postings) if (/^[a-z]+$/.test(term)) frequency.set(term, list.length);
  for (const word of FOLDED_STOP_WORDS) if (!frequency.has(word)) frequency.set(word, 0);

  const ranges = new Map<string, FactRange>();
  facts.forEach((fact, i) => {
    const range = ranges.get(fact.report);
    ranges.set(fact.report, { start: range?.start ?? i, end: i + 1 });
  });

  return {
    facts,
    reports: kb.reports,
    ranges,
    postings,
    idf: idfOf(postings, n),
    unknownIdf: Math.log(1 + n) + 0.5,
    accents,
    boundIn,
    speller: new Speller(frequency, new Set([...postings.keys()].filter((t) => /^[a-z]+ [a-z]+$/.test(t)))),
    asks,
    figureNumbers,
    subjectWords,
    isSubject: subjectTest(subjectWords, subjectAccents),
    subjects,
    placeNames,
    englishWords,
    vietnameseWords,
  };
}
