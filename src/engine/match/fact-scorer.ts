import type { FigureKind } from '../knowledge/types.js';
import { analyze } from '../text/analyze.js';
import { fold } from '../text/fold.js';
import { answersKind, interrogatives } from '../text/interrogatives.js';
import { NAMING_WEIGHT, type FactIndex, type FactRange, type PostingList } from './fact-index.js';
import { comparedOnlyYears, comparedOnlyYearsFolded, YEAR_TERM } from './compared-years.js';
import { COUNTING_KINDS, MEASURE_UNITS, PEOPLE, QUANTITY_ASKS, QUANTITY_WORDS } from './counted-units.js';
import { inferKind } from './kind-questions.js';
import { memo } from './memo-by-text.js';
import { NameRules } from './name-roles.js';
import { TargetCues } from './target-cues.js';
import type { QuestionWords, Resolved } from './word-resolver.js';

/**
 * Scoring facts: how much of a question each fact accounts for, and whether a rule rules
 * it out. Coverage is the share of the question's subject words and word pairs (weighted
 * by how rare they are) that a fact holds; a question about something the report never
 * mentions leaves its rarest words unaccounted for. Three things make a fact ineligible
 * whatever its coverage: a number in the question that the fact does not hold ("thu ngân
 * sách năm 2021"), a kind of question the fact never answers ("… ở đâu" of a date), and a
 * "how many" of a thing the fact never names ("bao nhiêu vận động viên").
 * Deciding what to answer from the scores is the answer policy's job.
 */

/** Credit of a word typed with tone marks that differ from the report's ("số" is not "so"). */
const ACCENT_MISMATCH_CREDIT = 0.3;
/** Weight of word pairs against single words: pairs tell "thu ngân sách" from "chi ngân sách". */
const PAIR_WEIGHT = 0.5;
/** An unknown name ("Cầu Giấy") is more specific than an unknown word: it says who or where. */
const NAME_WEIGHT = 1.5;
/** What an unknown token of one or two letters weighs, against an unknown word. */
const SHORT_UNKNOWN_WEIGHT = 0.5;
/** What a syllable earns in a fact that only uses it inside a word the question lacks. */
const BOUND_CREDIT = 0.5;
/** Question words only break ties. */
const SOFT_WEIGHT = 0.1;
/** The highest rank a fact can reach: full coverage and every question word. */
export const MAX_RANK = 1 + SOFT_WEIGHT;

/** One fact's standing against one question. */
export interface Scored {
  /** Position of the fact in the index. */
  readonly fact: number;
  /** Coverage plus the question words' tie-break. */
  readonly rank: number;
  readonly coverage: number;
  /** Matched weight (summed idf), before dividing by the question's. */
  readonly evidence: number;
  /** Holds every number of the question and answers its kind of question. */
  readonly eligible: boolean;
}

export interface Scoring {
  /** Facts with any coverage, best first. */
  readonly ranked: readonly Scored[];
  /** The question's subject terms in order, for judging alternatives. */
  readonly subjects: readonly string[];
}

/** The first position in a fact-ordered postings list whose fact is at least `fact`. */
function lowerBound(list: PostingList, fact: number): number {
  const { facts } = list;
  let lo = 0;
  let hi = facts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((facts[mid] ?? Infinity) < fact) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The weight a fact holds a term with (0 when it does not): a binary search, whatever the number of reports. */
export function weightOf(list: PostingList | undefined, fact: number): number {
  if (list === undefined) return 0;
  const k = lowerBound(list, fact);
  return list.facts[k] === fact ? (list.weights[k] ?? 0) : 0;
}

/** Calls `visit` for the postings of facts inside the scope: only the routed reports' postings are read. */
function eachInScope(list: PostingList, scope: readonly FactRange[], visit: (fact: number, weight: number) => void): void {
  const { facts, weights } = list;
  for (const { start, end } of scope) {
    for (let k = start === 0 ? 0 : lowerBound(list, start); k < facts.length; k++) {
      const fact = facts[k] ?? end;
      if (fact >= end) break;
      visit(fact, weights[k] ?? 0);
    }
  }
}

/** The share of a word's weight a fact earns, asked for facts in increasing order. */
type Share = (fact: number) => number;

/** What a figure asked back by its own number gains over facts that only mention that number. */
const FIGURE_ASKED_BONUS = 0.05;
/**
 * How far a fact's rank can stand above its coverage: the question words' tie-break and the
 * figure-asked bonus; the other factors only lower it (targets, increments and names of another
 * sort multiply by less than 1). The matcher's early stop relies on it: a new bonus must be added here.
 */
export const RANK_OVER_COVERAGE = SOFT_WEIGHT + FIGURE_ASKED_BONUS;

export class FactScorer {
  // Per-question tallies, one slot per fact, reused: a question allocates no arrays,
  // so the garbage collector rarely interrupts an answer. Safe because scoring is synchronous.
  private readonly matched: Float64Array;
  private readonly pairs: Float64Array;
  private readonly soft: Float64Array;
  private readonly numberBest: Float64Array;
  private readonly numbersHeld: Uint8Array;
  private readonly inCandidates: Uint8Array;
  /** Per fact: the folded words of its figure ("vu" of "37 vụ"), when it counts things in a unit of its own. */
  private readonly units: readonly (ReadonlySet<string> | null)[];
  private readonly kinds: readonly (FigureKind | null)[];
  /** Targets and increments: what the words before a figure say it is. */
  private readonly targetCues: TargetCues;
  /** Per fact: the folded words of its figure ("khoa", "xx" of "khóa XX"). */
  private readonly figureWords: readonly ReadonlySet<string>[];
  /** Units of two words the report counts in ("giai nhat" of "3 giải Nhất", "doi tuong"). */
  private readonly unitPairs: ReadonlySet<string>;
  /** Per fact: the years its words name only as a comparison ("so với năm 2023"). */
  private readonly comparedYears: readonly ReadonlySet<string>[];
  /** Roles, titles and sorts of names: "ai chủ trì", "ai là Bí thư", "đơn vị nào". */
  private readonly nameRules: NameRules;

  constructor(private readonly index: FactIndex) {
    const n = index.facts.length;
    const kindOf = memo(inferKind);
    this.kinds = index.facts.map((fact) => fact.kind ?? kindOf(fact.figure));
    // Reports repeat their figures and texts: each is read once per build.
    const figureWords = memo((figure) => analyze(figure, 'vi').words);
    this.figureWords = index.facts.map((fact) => new Set(figureWords(fact.figure).map((w) => w.folded)));
    this.targetCues = new TargetCues(index.facts);
    const unitsOf = memo((figure): ReadonlySet<string> | null => {
      const words = figureWords(figure);
      // As typed: "kg" is also chat shorthand for "không".
      return words.some((w) => MEASURE_UNITS.has(fold(w.typed))) ? null : new Set(words.map((w) => w.folded));
    });
    this.units = index.facts.map((fact, i) => {
      const kind = this.kinds[i] ?? null;
      if (kind === null || !COUNTING_KINDS.has(kind)) return null;
      return unitsOf(fact.figure);
    });
    this.unitPairs = new Set(
      index.facts.flatMap((fact, i) => {
        if (this.units[i] === null) return [];
        const words = figureWords(fact.figure).map((w) => w.folded);
        return words.slice(1).map((w, k) => `${words[k] ?? ''} ${w}`);
      }),
    );
    // Each text folded once (reports repeat them), then the fact's joined: the fold of the whole.
    const folded = memo((text) => fold(text.normalize('NFC')));
    const comparedIn = memo(comparedOnlyYearsFolded);
    this.comparedYears = index.facts.map((fact) => comparedIn([fact.sentence, fact.context ?? '', fact.figure, ...fact.questions.vi, ...fact.questions.en, ...fact.keywords].map(folded).join(' \n ')));
    this.nameRules = new NameRules(index.facts, this.kinds, (fact, term) => this.names(fact, term));
    this.matched = new Float64Array(n);
    this.pairs = new Float64Array(n);
    this.soft = new Float64Array(n);
    this.numberBest = new Float64Array(n);
    this.numbersHeld = new Uint8Array(n);
    this.inCandidates = new Uint8Array(n);
  }

  /** The whole knowledge as one scope. */
  get everything(): readonly FactRange[] {
    return [{ start: 0, end: this.index.facts.length }];
  }

  /**
   * Scores the facts inside `scope` (the routed reports' ranges; all facts by default).
   * Coverage is relative to the question alone, so a fact scores the same whatever the scope.
   */
  score(question: QuestionWords, scope: readonly FactRange[] = this.everything, floor = 0): Scoring {
    const { postings, unknownIdf } = this.index;
    const idf = (term: string): number => this.index.idf(term);
    const { matched, pairs, soft, numbersHeld } = this;
    // Only the scope's slots are cleared and read: a question about one report of a hundred costs what it costs with one.
    for (const { start, end } of scope) for (const tally of [matched, pairs, soft, numbersHeld]) tally.fill(0, start, end);
    let mass = 0;
    let pairMass = 0;
    let softMass = 0;
    const seen = new Set<string>();
    /** What a term weighs in the question: its idf when the index has it, else nothing. */
    const weightIn = (term: string): number => (postings.has(term) ? idf(term) : 0);

    const { analysis } = question;
    // Content words in order; null marks a word that breaks a pair (unknown, or a question word).
    const sequence: ({ term: string; credit: number } | null)[] = [];
    const subjectWords: { term: string; credit: number; accent: string | undefined }[] = [];
    const softTerms: { term: string; credit: number }[] = [];
    for (const [position, { word, resolved, name }] of question.words.entries()) {
      // A lone unknown letter ("a", "x") says nothing about the subject.
      if (resolved === null && word.folded.length === 1) continue;
      if (resolved === null) {
        sequence.push(null);
        // An unknown name says who or where; an unknown one- or two-letter token is most likely shorthand we do not know.
        // A capitalised unknown word inside a question ("… of Hanoi") is a name too.
        const isName = name || (word.capitalized && position > 0);
        const weight = isName ? NAME_WEIGHT : word.folded.length <= 2 ? SHORT_UNKNOWN_WEIGHT : 1;
        if (!seen.has(word.folded)) mass += weight * unknownIdf;
        seen.add(word.folded);
        continue;
      }
      // A question word between two words breaks their pair, as in the index.
      if (resolved.soft) sequence.push(null);
      for (const term of resolved.terms) {
        if (!resolved.soft) sequence.push({ term, credit: resolved.credit });
        if (seen.has(term)) continue;
        seen.add(term);
        if (resolved.soft) {
          softTerms.push({ term, credit: resolved.credit });
          softMass += weightIn(term);
        } else subjectWords.push({ term, credit: resolved.credit, accent: resolved.accent });
      }
    }
    const questionPairs: { pair: string; credited: number }[] = [];
    for (let i = 1; i < sequence.length; i++) {
      const a = sequence[i - 1];
      const b = sequence[i];
      if (a && b) questionPairs.push({ pair: `${a.term} ${b.term}`, credited: Math.min(a.credit, b.credit) });
    }
    const pairTerms = questionPairs.map((p) => p.pair);
    const { numbers } = question;

    // What each term can add to a fact's coverage at most, before any posting is read.
    // `lists` are the postings it credits; `most` bounds the credit (field weights and shares are at most 1).
    const parts: { lists: PostingList[]; most: number }[] = [];
    const listsOf = (...terms: string[]): PostingList[] => terms.flatMap((t) => postings.get(t) ?? []);
    for (const { term, credit: credited, accent } of subjectWords) {
      const weight = weightIn(term);
      mass += weight;
      parts.push({ lists: listsOf(term, ...(accent === undefined ? [] : [`=${accent}`])), most: accent === undefined ? weight * credited : weight });
    }
    const distinctPairs = questionPairs.filter(({ pair }) => {
      if (seen.has(pair)) return false;
      seen.add(pair);
      return true;
    });
    for (const { pair, credited } of distinctPairs) {
      const weight = weightIn(pair);
      pairMass += weight;
      parts.push({ lists: listsOf(pair), most: PAIR_WEIGHT * weight * credited });
    }
    const groupMasses = numbers.map((group) => Math.max(0, ...group.map(weightIn)));
    numbers.forEach((group, k) => {
      const groupMass = groupMasses[k] ?? 0;
      mass += groupMass > 0 ? groupMass : unknownIdf;
      parts.push({ lists: listsOf(...group), most: groupMass });
    });
    const whole = mass + PAIR_WEIGHT * pairMass;

    // Facts that earn coverage, each listed once. With a floor, a fact can only reach it
    // through a term whose credit, added to all the lighter terms', reaches it: only the
    // facts holding such a term are scored (the lighter terms' long postings are merely
    // looked through), and they are scored exactly as a full scan would.
    const { inCandidates } = this;
    const candidates: number[] = [];
    const candidate = (fact: number): void => {
      if (inCandidates[fact] === 1) return;
      inCandidates[fact] = 1;
      candidates.push(fact);
    };
    const reach = floor * whole * (1 - 1e-9);
    const lightest = [...parts].sort((a, b) => a.most - b.most);
    let light = 0;
    let pruned = false;
    for (const part of lightest) {
      if (light + part.most < reach) {
        light += part.most;
        pruned = true;
        continue;
      }
      for (const list of part.lists) eachInScope(list, scope, candidate);
    }
    /** Whether a fact's tallies are kept: every fact in scope, or only the candidates once some are left out. */
    const kept = (fact: number): boolean => !pruned || inCandidates[fact] === 1;

    /**
     * Adds `weight × held × factor × share` to every kept fact in scope holding the list's
     * term. The innermost loop of every question: written out, with no call per posting
     * but the share's, and that only for words some fact binds.
     */
    const addList = (list: PostingList, into: Float64Array, weight: number, factor: number, share: Share | undefined, counts: boolean): void => {
      const { facts, weights } = list;
      for (const { start, end } of scope) {
        for (let k = start === 0 ? 0 : lowerBound(list, start); k < facts.length; k++) {
          const fact = facts[k] ?? end;
          if (fact >= end) break;
          if (pruned && inCandidates[fact] !== 1) continue;
          if (counts) candidate(fact);
          into[fact] = (into[fact] ?? 0) + weight * (weights[k] ?? 0) * factor * (share === undefined ? 1 : share(fact));
        }
      }
    };
    /** Adds a term's weight to every kept fact in scope holding it; `share` gives the share a fact earns. */
    const credit = (term: string, credited: number, into: Float64Array, share?: Share): number => {
      const list = postings.get(term);
      if (!list) return 0;
      const weight = idf(term);
      addList(list, into, weight, credited, share, into !== soft && !pruned);
      return weight;
    };

    for (const { term, credit: credited } of softTerms) credit(term, credited, soft);
    for (const { term, credit: credited, accent } of subjectWords) {
      if (accent === undefined) {
        credit(term, credited, matched, this.boundElsewhere(term, pairTerms));
        continue;
      }
      // Full credit only where the fact spells the word with the marks typed;
      // elsewhere it is probably another word ("dân số" is not "hướng dẫn").
      // Each list gets a share of its own: a share's cursor walks one list in fact order.
      const weight = credit(term, ACCENT_MISMATCH_CREDIT, matched, this.boundElsewhere(term, pairTerms));
      const marked = postings.get(`=${accent}`);
      if (marked !== undefined) addList(marked, matched, weight, 1 - ACCENT_MISMATCH_CREDIT, this.boundElsewhere(term, pairTerms), !pruned);
    }
    for (const { pair, credited } of distinctPairs) credit(pair, credited, pairs);
    const best = this.numberBest;
    // "năm 2023 … bao nhiêu" is not answered by a fact that only compares with 2023 ("tăng 6% so với năm 2023"),
    // unless the question compares too.
    const askedCompared = comparedOnlyYears(question.text);
    for (const group of numbers) {
      // A number counts once, by whichever of its readings the fact holds.
      const touched: number[] = [];
      const year = group.find((term) => YEAR_TERM.test(term) && !askedCompared.has(term));
      for (const term of group) {
        const list = postings.get(term);
        if (!list) continue;
        const weight = idf(term);
        eachInScope(list, scope, (fact, held) => {
          if (!kept(fact)) return;
          if (best[fact] === 0) touched.push(fact);
          best[fact] = Math.max(best[fact] ?? 0, weight * held);
        });
      }
      for (const i of touched) {
        if (year !== undefined && this.comparedYears[i]?.has(year)) {
          best[i] = 0;
          continue;
        }
        candidate(i);
        matched[i] = (matched[i] ?? 0) + (best[i] ?? 0);
        numbersHeld[i] = (numbersHeld[i] ?? 0) + 1;
        best[i] = 0;
      }
    }

    const asked = interrogatives(analysis.words);
    // The thing a "how many" counts must be named by the fact itself, not only by its sentence.
    const english = question.language === 'en';
    // English puts adjectives before the noun counted, and counts in the plural: "how many new
    // investment projects", "how many schools meet …": the first plural word, else any of them.
    const counted = english
      ? []
      : asked.counted.map((thing) => this.countedTerm(thing.slice(0, 2).map((w) => question.resolutions.get(w) ?? null)));
    const countedEnglish = english
      ? asked.counted.map((thing) => {
          const noun = thing.find((w) => /[^s]s$/.test(w.typed));
          return (noun === undefined ? thing : [noun]).flatMap((w) => question.resolutions.get(w)?.terms ?? []);
        })
      : [];
    // In Vietnamese the thing counted is the answer's unit: "bao nhiêu vụ" wants "37 vụ", not "642" or "12 ca".
    // "bao nhiêu người" is answered in whatever people are counted as ("1.012 trường hợp").
    const units = !english ? asked.counted.map((thing) => thing[0]?.folded ?? '').filter((unit) => !PEOPLE.has(unit)) : [];
    // "bao nhiêu bệnh viện" counts hospitals: a share ("100% bệnh viện") answers only a question about a share.
    // English tells a count ("how many schools") from an amount ("how much above plan"): only a count rules a share out.
    const countsEnglish = countedEnglish.some((terms) => terms.length > 0) && analysis.words.some((w) => w.folded === 'many');
    const shareless = ((!english && asked.counted.length > 0) || countsEnglish) && !asked.kinds.has('percent');
    const kinds = [...asked.kinds];
    // A question that states a figure and asks for a quantity ("xuất khẩu 6 tháng đạt bao
    // nhiêu", "bao nhiêu bài đạt điểm 10") is not answered by that figure ("6 tháng", "10").
    // Only a question word asks ("bao nhiêu", "mấy", "how many"): "tỷ lệ 100% là gì" asks a figure back.
    const quantity = kinds.some((k) => QUANTITY_ASKS.has(k)) && analysis.words.some((w) => QUANTITY_WORDS.has(w.folded));
    const stated = new Set(numbers.flat());
    // A figure asked back by its number ("2.684 tỷ là gì?") or by all its words ("khóa XX là gì?").
    const restated = subjectWords.map((w) => w.term);
    const askedBack = kinds.length === 0 && (numbers.length > 0 || restated.length > 0);
    const folded = fold(question.text.normalize('NFC'));
    const targetsAsked = this.targetCues.read(folded);
    // A unit of two words that the report counts in ("giải Nhất", "đối tượng") is wanted whole: "47 giải" is not "bao nhiêu giải Nhất".
    const wholeUnits = english
      ? []
      : asked.unitWords.map((w) => w.map((word) => word.folded)).filter((w) => w.length === 2 && this.unitPairs.has(w.join(' ')));
    const namesAsked = this.nameRules.read(analysis.words, pairTerms, folded, asked.kinds);
    const ranked: Scored[] = [];
    // Only facts holding a word, pair or number of the question can have coverage: scored in
    // fact order, as a scan of the whole scope would, so ties rank as they always have.
    const order = Int32Array.from(candidates).sort();
    for (const i of candidates) inCandidates[i] = 0;
    for (const i of order) {
      const evidence = matched[i] ?? 0;
      const coverage = whole > 0 ? (evidence + PAIR_WEIGHT * (pairs[i] ?? 0)) / whole : 0;
      if (coverage === 0 || coverage < floor) continue;
      const ranking = coverage + (softMass > 0 ? (SOFT_WEIGHT * (soft[i] ?? 0)) / softMass : 0);
      // "2.684 tỷ là con số gì?": the fact whose figure it is comes before one whose sentence only mentions it.
      const figureAsked = numbers.length > 0 ? this.statesFigure(i, stated) : restated.every((term) => this.figureWords[i]?.has(term) === true);
      const asked = askedBack && figureAsked ? ranking + FIGURE_ASKED_BONUS : ranking;
      const rank = asked * this.targetCues.rank(i, targetsAsked) * this.nameRules.rank(i, namesAsked);
      const factAsks = this.index.asks[i];
      const eligible =
        numbersHeld[i] === numbers.length &&
        kinds.every((k) => factAsks !== undefined && answersKind(k, factAsks)) &&
        counted.every((term) => term !== null && this.counts(i, term)) &&
        countedEnglish.every((terms) => terms.some((term) => this.names(i, term))) &&
        units.every((unit) => this.inUnit(i, unit)) &&
        wholeUnits.every((words) => words.every((unit) => this.inUnit(i, unit))) &&
        !(shareless && this.kinds[i] === 'percent') &&
        this.nameRules.eligible(i, namesAsked) &&
        !(quantity && this.statesFigure(i, stated));
      ranked.push({ fact: i, rank, coverage, evidence, eligible });
    }
    ranked.sort((a, b) => b.rank - a.rank || b.coverage - a.coverage);
    const subjects = sequence.flatMap((entry) => (entry === null ? [] : [entry.term]));
    return { ranked, subjects };
  }

  /** Whether every number of the fact's figure is among the question's own. */
  private statesFigure(fact: number, stated: ReadonlySet<string>): boolean {
    const groups = this.index.figureNumbers[fact] ?? [];
    return groups.length > 0 && groups.every((group) => group.some((term) => stated.has(term)));
  }

  /**
   * Whether the fact counts what a "how many" names: it names the thing in its own words,
   * or names its first word and holds the pair in its sentence ("làm rõ 41/43 vụ" of the
   * "vụ trọng án" its sentence begins with).
   */
  private counts(fact: number, term: string): boolean {
    if (this.names(fact, term)) return true;
    const [first, second] = term.split(' ');
    return second !== undefined && first !== undefined && this.names(fact, first) && this.holds(fact, term);
  }

  /** Whether a fact that counts in a unit of its own counts in this one; other figures (money, shares) pass. */
  private inUnit(fact: number, unit: string): boolean {
    const own = this.units[fact];
    return own === null || own === undefined || own.has(unit);
  }

  /** Whether the fact holds a term in any of its fields. */
  holds(fact: number, term: string): boolean {
    return weightOf(this.index.postings.get(term), fact) > 0;
  }

  /**
   * The term for what a "how many" counts: the pair when the report knows it ("dự án",
   * "chi bộ"), else the first word ("vụ" of "bao nhiêu vụ TNGT", "communes" of "how many
   * communes meet"). Null when the report never names it at all.
   */
  private countedTerm(thing: readonly (Resolved | null)[]): string | null {
    const [first, second] = thing.map((resolved) => resolved?.terms[0] ?? null);
    if (first === null || first === undefined) return null;
    if (second === undefined) return first;
    if (second === null) return null;
    const pair = `${first} ${second}`;
    return this.index.postings.has(pair) ? pair : first;
  }

  /**
   * The facts where a word of the question is probably another word, with the share of
   * its weight they earn. Most Vietnamese words are two syllables: where a fact only
   * ever uses a syllable inside a pair the question does not contain ("công dân" for
   * the "dân" of "dân số", "báo cáo" for the "báo" of "báo nào"), it earns a part only.
   */
  private boundElsewhere(term: string, questionPairs: readonly string[]): Share | undefined {
    const boundIn = this.index.boundIn.get(term);
    if (boundIn === undefined) return undefined;
    const { facts, pairs } = boundIn;
    // Asked per fact the term's postings reach, in fact order: a cursor walks the facts that
    // bind the term alongside. Reports share their sets of pairs: each is judged once.
    const judged = new Map<ReadonlySet<string>, number>();
    let at = 0;
    return (fact) => {
      while (at < facts.length && (facts[at] ?? Infinity) < fact) at++;
      const pairsOfTerm = facts[at] === fact ? pairs[at] : undefined;
      if (pairsOfTerm === undefined) return 1;
      let share = judged.get(pairsOfTerm);
      if (share === undefined) judged.set(pairsOfTerm, (share = questionPairs.some((pair) => pairsOfTerm.has(pair)) ? 1 : BOUND_CREDIT));
      return share;
    };
  }

  /** Whether the fact names a term in its own words (a way of asking, a keyword, its figure). */
  private names(fact: number, term: string): boolean {
    return weightOf(this.index.postings.get(term), fact) >= NAMING_WEIGHT;
  }
}
