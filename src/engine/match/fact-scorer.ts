import type { FigureKind } from '../knowledge/types.js';
import { analyze } from '../text/analyze.js';
import { fold } from '../text/fold.js';
import { answersKind, interrogatives, type Asks } from '../text/interrogatives.js';
import { NAMING_WEIGHT, type FactIndex, type FactRange, type PostingList } from './fact-index.js';
import { comparedOnlyYears, comparedOnlyYearsFolded, YEAR_TERM } from './compared-years.js';
import { COUNTING_KINDS, MEASURE_UNITS, PEOPLE, QUANTITY_ASKS, QUANTITY_WORDS } from './counted-units.js';
import { inferKind } from './kind-questions.js';
import { memo } from './memo-by-text.js';
import { NameRules, type NameQuestion } from './name-roles.js';
import { TargetCues, type TargetQuestion } from './target-cues.js';
import { collectInScope, creditCandidates, heldByCandidates, type BoundShare, type CandidateTally } from './posting-walk.js';
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

/** What a figure asked back by its own number gains over facts that only mention that number. */
const FIGURE_ASKED_BONUS = 0.05;
/**
 * How far a fact's rank can stand above its coverage: the question words' tie-break and the
 * figure-asked bonus; the other factors only lower it (targets, increments and names of another
 * sort multiply by less than 1). The matcher's early stop relies on it: a new bonus must be added here.
 */
export const RANK_OVER_COVERAGE = SOFT_WEIGHT + FIGURE_ASKED_BONUS;

/** One postings list a question credits, with what each of its postings adds to which tally. */
interface Credit {
  readonly list: PostingList;
  readonly into: 'matched' | 'pairs' | 'soft';
  readonly weight: number;
  readonly factor: number;
  readonly share: BoundShare;
}

/** A question as scoring reads it, whatever the facts scored (FactScorer.prepare). */
export interface PreparedQuestion {
  readonly numberCount: number;
  /** The question's whole weight: what coverage divides by. */
  readonly whole: number;
  readonly softMass: number;
  /** What each term can add to a fact's coverage at most, lightest first, with the lists that credit it. */
  readonly parts: readonly { readonly lists: readonly PostingList[]; readonly most: number }[];
  /** Every list the question credits, in the order the tallies add them. */
  readonly credits: readonly Credit[];
  /** Per number of the question: its readings' lists, and the year it names unless it compares with it. */
  readonly numberGroups: readonly { readonly readings: readonly { readonly list: PostingList; readonly weight: number }[]; readonly year: string | undefined }[];
  readonly kinds: readonly Asks[];
  readonly counted: readonly (string | null)[];
  readonly countedEnglish: readonly (readonly string[])[];
  readonly units: readonly string[];
  readonly wholeUnits: readonly (readonly string[])[];
  readonly shareless: boolean;
  readonly quantity: boolean;
  readonly stated: ReadonlySet<string>;
  readonly restated: readonly string[];
  readonly askedBack: boolean;
  readonly targetsAsked: TargetQuestion;
  readonly namesAsked: NameQuestion;
  readonly subjects: readonly string[];
}

export class FactScorer {
  // Per-question tallies, one slot per fact, reused: a question allocates no arrays,
  // so the garbage collector rarely interrupts an answer. Safe because scoring is synchronous.
  private readonly matched: Float64Array;
  private readonly pairs: Float64Array;
  private readonly soft: Float64Array;
  private readonly numberBest: Float64Array;
  private readonly numbersHeld: Uint8Array;
  private readonly inCandidates: Uint8Array;
  private readonly candidateBuffer: Int32Array;
  private readonly candidateTally: CandidateTally;
  /** The last number `nextPart` gave: each part of each scoring gets its own. */
  private partStamp = 0;
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
    this.candidateBuffer = new Int32Array(n);
    this.candidateTally = { marks: this.inCandidates, facts: new Int32Array(n), count: 0, most: new Float64Array(n), part: new Int32Array(n), held: new Float64Array(n) };
  }

  /** The whole knowledge as one scope. */
  get everything(): readonly FactRange[] {
    return [{ start: 0, end: this.index.facts.length }];
  }

  /**
   * What scoring needs of a question that does not depend on the facts scored: its terms
   * and their postings, masses, the pairs, numbers and kinds asked. One ask scores two or
   * three times (the first report, the raised floor, the policy's floor): read once.
   */
  prepare(question: QuestionWords): PreparedQuestion {
    const { postings, unknownIdf } = this.index;
    const idf = (term: string): number => this.index.idf(term);
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
    // Where a fact binds a word inside a pair the question lacks, it earns a share: judged once per set of pairs and question.
    const judged = new Map<ReadonlySet<string>, number>();
    // Neighbouring facts (a report's, and copies of one text) share a set: the last one is kept at hand.
    let lastSet: ReadonlySet<string> | undefined;
    let lastShare = 1;
    const judge = (pairsOfTerm: ReadonlySet<string>): number => {
      if (pairsOfTerm === lastSet) return lastShare;
      let share = judged.get(pairsOfTerm);
      if (share === undefined) judged.set(pairsOfTerm, (share = pairTerms.some((pair) => pairsOfTerm.has(pair)) ? 1 : BOUND_CREDIT));
      lastSet = pairsOfTerm;
      lastShare = share;
      return share;
    };
    const shareOf = (term: string): BoundShare => {
      const bound = this.index.boundIn.get(term);
      return bound === undefined ? null : { bound, judge };
    };
    const credits: Credit[] = [];
    for (const { term, credit } of softTerms) {
      const list = postings.get(term);
      if (list) credits.push({ list, into: 'soft', weight: idf(term), factor: credit, share: null });
    }
    for (const { term, credit: credited, accent } of subjectWords) {
      const weight = weightIn(term);
      mass += weight;
      parts.push({ lists: listsOf(term, ...(accent === undefined ? [] : [`=${accent}`])), most: accent === undefined ? weight * credited : weight });
      const list = postings.get(term);
      const share = shareOf(term);
      if (accent === undefined) {
        if (list) credits.push({ list, into: 'matched', weight: idf(term), factor: credited, share });
        continue;
      }
      // Full credit only where the fact spells the word with the marks typed;
      // elsewhere it is probably another word ("dân số" is not "hướng dẫn").
      const listWeight = list ? idf(term) : 0;
      if (list) credits.push({ list, into: 'matched', weight: listWeight, factor: ACCENT_MISMATCH_CREDIT, share });
      const marked = postings.get(`=${accent}`);
      if (marked !== undefined) credits.push({ list: marked, into: 'matched', weight: listWeight, factor: 1 - ACCENT_MISMATCH_CREDIT, share });
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
      const list = postings.get(pair);
      if (list) credits.push({ list, into: 'pairs', weight: idf(pair), factor: credited, share: null });
    }
    const groupMasses = numbers.map((group) => Math.max(0, ...group.map(weightIn)));
    numbers.forEach((group, k) => {
      const groupMass = groupMasses[k] ?? 0;
      mass += groupMass > 0 ? groupMass : unknownIdf;
      parts.push({ lists: listsOf(...group), most: groupMass });
    });
    // "năm 2023 … bao nhiêu" is not answered by a fact that only compares with 2023 ("tăng 6% so với năm 2023"),
    // unless the question compares too.
    const askedCompared = comparedOnlyYears(question.text);
    const numberGroups = numbers.map((group) => ({
      readings: group.flatMap((term) => {
        const list = postings.get(term);
        return list ? [{ list, weight: idf(term) }] : [];
      }),
      year: group.find((term) => YEAR_TERM.test(term) && !askedCompared.has(term)),
    }));

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
    // A figure asked back by its number ("2.684 tỷ là gì?") or by all its words ("khóa XX là gì?").
    const restated = subjectWords.map((w) => w.term);
    const folded = fold(question.text.normalize('NFC'));
    // A unit of two words that the report counts in ("giải Nhất", "đối tượng") is wanted whole: "47 giải" is not "bao nhiêu giải Nhất".
    const wholeUnits = english
      ? []
      : asked.unitWords.map((w) => w.map((word) => word.folded)).filter((w) => w.length === 2 && this.unitPairs.has(w.join(' ')));
    return {
      numberCount: numbers.length,
      whole: mass + PAIR_WEIGHT * pairMass,
      softMass,
      parts: [...parts].sort((a, b) => a.most - b.most),
      credits,
      numberGroups,
      kinds,
      counted,
      countedEnglish,
      units,
      wholeUnits,
      shareless,
      quantity,
      stated: new Set(numbers.flat()),
      restated,
      askedBack: kinds.length === 0 && (numbers.length > 0 || restated.length > 0),
      targetsAsked: this.targetCues.read(folded),
      namesAsked: this.nameRules.read(analysis.words, pairTerms, folded, asked.kinds),
      subjects: sequence.flatMap((entry) => (entry === null ? [] : [entry.term])),
    };
  }

  /**
   * Scores the facts inside `scope` (the routed reports' ranges; all facts by default).
   * Coverage is relative to the question alone, so a fact scores the same whatever the scope.
   */
  score(question: QuestionWords | PreparedQuestion, scope: readonly FactRange[] = this.everything, floor = 0): Scoring {
    const asked = 'analysis' in question ? this.prepare(question) : question;
    const { whole, softMass, numberCount } = asked;
    const { matched, pairs, soft, numbersHeld, inCandidates, candidateBuffer } = this;

    // Facts that earn coverage, each listed once. With a floor, a fact can only reach it
    // through a term whose credit, added to all the lighter terms', reaches it: only the
    // facts holding such a term are scored (the lighter terms' long postings are merely
    // looked up for them), and they are scored exactly as a full scan would.
    const reach = floor * whole * (1 - 1e-9);
    let light = 0;
    const { candidateTally: found } = this;
    found.count = 0;
    for (const part of asked.parts) {
      if (light + part.most < reach) {
        light += part.most;
        continue;
      }
      const stamp = this.nextPart();
      for (const list of part.lists) collectInScope(list, scope, found, stamp, part.most);
    }
    // A fact whose terms, at their most, leave it below the floor is dropped before any
    // tally: over many reports most facts holding a telling word hold nothing else asked.
    // (Every term adds at most its `most`; the margin of `reach` covers rounding.)
    let count = 0;
    for (let c = 0; c < found.count; c++) {
      const i = found.facts[c] ?? 0;
      if (light + (found.most[i] ?? 0) >= reach) candidateBuffer[count++] = i;
      else inCandidates[i] = 0;
    }
    // In fact order, as a scan of the whole scope would score them, so ties rank as they always have.
    const candidates = candidateBuffer.subarray(0, count).sort();
    // Only the candidates' slots are cleared and read: nothing else is.
    for (let c = 0; c < count; c++) {
      const i = candidates[c] ?? 0;
      matched[i] = 0;
      pairs[i] = 0;
      soft[i] = 0;
      numbersHeld[i] = 0;
    }
    const tallies = { matched, pairs, soft } as const;
    for (const { list, into, weight, factor, share } of asked.credits) creditCandidates(list, candidates, inCandidates, tallies[into], weight, factor, share);
    const best = this.numberBest;
    for (const { readings, year } of asked.numberGroups) {
      // A number counts once, by whichever of its readings the fact holds.
      const touched: number[] = [];
      for (const { list, weight } of readings) {
        heldByCandidates(list, candidates, inCandidates, (fact, held) => {
          if (best[fact] === 0) touched.push(fact);
          best[fact] = Math.max(best[fact] ?? 0, weight * held);
        });
      }
      for (const i of touched) {
        if (year !== undefined && this.comparedYears[i]?.has(year)) {
          best[i] = 0;
          continue;
        }
        matched[i] = (matched[i] ?? 0) + (best[i] ?? 0);
        numbersHeld[i] = (numbersHeld[i] ?? 0) + 1;
        best[i] = 0;
      }
    }

    for (let c = 0; c < count; c++) inCandidates[candidates[c] ?? 0] = 0;
    const { kinds, counted, countedEnglish, units, wholeUnits, shareless, quantity, stated, restated, askedBack, targetsAsked, namesAsked } = asked;
    const ranked: Scored[] = [];
    for (let c = 0; c < count; c++) {
      const i = candidates[c] ?? 0;
      const evidence = matched[i] ?? 0;
      const coverage = whole > 0 ? (evidence + PAIR_WEIGHT * (pairs[i] ?? 0)) / whole : 0;
      if (coverage === 0 || coverage < floor) continue;
      const ranking = coverage + (softMass > 0 ? (SOFT_WEIGHT * (soft[i] ?? 0)) / softMass : 0);
      // "2.684 tỷ là con số gì?": the fact whose figure it is comes before one whose sentence only mentions it.
      const figureAsked = askedBack && (numberCount > 0 ? this.statesFigure(i, stated) : restated.every((term) => this.figureWords[i]?.has(term) === true));
      const rank = (figureAsked ? ranking + FIGURE_ASKED_BONUS : ranking) * this.targetCues.rank(i, targetsAsked) * this.nameRules.rank(i, namesAsked);
      const factAsks = this.index.asks[i];
      const eligible =
        numbersHeld[i] === numberCount &&
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
    return { ranked, subjects: asked.subjects };
  }

  /** A number no part has used since the stamps were last cleared. */
  private nextPart(): number {
    if (this.partStamp === 0x7fffffff) {
      this.candidateTally.part.fill(0);
      this.partStamp = 0;
    }
    return ++this.partStamp;
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

  /** Whether the fact names a term in its own words (a way of asking, a keyword, its figure). */
  private names(fact: number, term: string): boolean {
    return weightOf(this.index.postings.get(term), fact) >= NAMING_WEIGHT;
  }
}
