import type { Answer, Candidate, Explanation, Language, Match, Matcher, WordReading } from '../answer.js';
import { headlineFacts } from '../knowledge/headline.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { analyze, type Word } from '../text/analyze.js';
import { answersKind, interrogatives } from '../text/interrogatives.js';
import { hasSyllableShape } from '../text/syllable-shape.js';
import { buildFactIndex, NAMING_WEIGHT, type FactIndex } from './fact-index.js';
import { questionLanguage } from './language.js';
import { unknownNames } from './names.js';
import { Typeahead } from './typeahead.js';

/**
 * How a question becomes an answer.
 *
 * Coverage decides whether to answer: the share of the question's subject words and
 * word pairs (weighted by how rare they are) that the best fact accounts for. A question
 * about something the report never mentions ("dân số quận") leaves its rarest words
 * unaccounted for, so it is declined instead of matched to the nearest figure.
 * Three things rule a fact out whatever its coverage: a number in the question that the
 * fact does not hold ("thu ngân sách năm 2021"), a kind of question the fact never
 * answers ("… ở đâu" of a date), and a "how many" of a thing the fact never names
 * ("bao nhiêu vận động viên").
 */

/** Share of the question a fact must account for to be the answer. */
const MIN_COVERAGE = 0.62;
/** Evidence (summed idf) below which even full coverage is too thin: one common word is not a question. */
const MIN_EVIDENCE = 1.6;
/** A runner-up within this share of the best ranking is offered as "did you mean". */
const CLOSE_RATIO = 0.9;
/** Facts below this coverage are not worth suggesting at all. */
const MIN_SUGGESTION_COVERAGE = 0.4;
const MAX_ALTERNATIVES = 3;
/** Candidates an explanation lists. */
const MAX_EXPLAINED = 8;
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
const MAX_RANK = 1 + SOFT_WEIGHT;

interface Resolved {
  readonly terms: readonly string[];
  readonly credit: number;
  readonly soft: boolean;
  /** The word as typed with tone marks, when the report spells this word with marks too. */
  readonly accent?: string;
}

/** One fact's standing against one question. */
interface Scored {
  readonly fact: number;
  readonly rank: number;
  readonly coverage: number;
  /** Matched weight (summed idf), before dividing by the question's. */
  readonly evidence: number;
  /** Holds every number of the question and answers its kind of question. */
  readonly eligible: boolean;
}

interface Scoring {
  readonly ranked: Scored[];
  readonly language: Language;
  readonly subjects: readonly string[];
  readonly words: readonly WordReading[];
}

const NO_PARTIAL: ReadonlyMap<number, number> = new Map();

/** The tone digit an accent key ends with ("sach1" → "1"), or "" for a level tone. */
const toneOf = (accent: string): string => /\d$/.exec(accent)?.[0] ?? '';

/** Whether `shorter` is `typed` with one of a doubled letter dropped ("thuu" → "thu"). */
function doubledLetterDropped(typed: string, shorter: string): boolean {
  for (let i = 1; i < typed.length; i++) {
    if (typed[i] === typed[i - 1] && typed.slice(0, i) + typed.slice(i + 1) === shorter) return true;
  }
  return false;
}

function reading(word: Word, resolved: Resolved | null, stranger: boolean, subject: boolean): WordReading {
  const terms = resolved?.terms.map((t) => t.replace(/^~/, '')) ?? [];
  if (stranger) return { typed: word.typed, terms, how: 'name' };
  if (resolved === null) return { typed: word.typed, terms, how: 'unknown' };
  if (subject) return { typed: word.typed, terms, how: 'subject' };
  if (resolved.soft) return { typed: word.typed, terms, how: 'question-word' };
  return { typed: word.typed, terms, how: terms.join(' ') === word.folded && resolved.credit === 1 ? 'known' : 'corrected' };
}

export function createMatcher(kb: KnowledgeBase): Matcher {
  return new IndexMatcher(kb, buildFactIndex(kb));
}

class IndexMatcher implements Matcher {
  // Per-question tallies, one slot per fact, reused: a question allocates no arrays,
  // so the garbage collector rarely interrupts an answer. Safe because ask() is synchronous.
  private readonly matched: Float64Array;
  private readonly pairs: Float64Array;
  private readonly soft: Float64Array;
  private readonly numberBest: Float64Array;
  private readonly numbersHeld: Uint8Array;

  private readonly typeahead: Typeahead;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly index: FactIndex,
  ) {
    this.typeahead = new Typeahead(index.facts);
    const n = index.facts.length;
    this.matched = new Float64Array(n);
    this.pairs = new Float64Array(n);
    this.soft = new Float64Array(n);
    this.numberBest = new Float64Array(n);
    this.numbersHeld = new Uint8Array(n);
  }

  ask(question: string): Answer {
    return this.decide(question, this.score(question));
  }

  explain(question: string): Explanation {
    const scored = this.score(question);
    const candidates: Candidate[] = scored.ranked.slice(0, MAX_EXPLAINED).map((s) => ({ ...this.match(s), coverage: s.coverage, eligible: s.eligible }));
    return { answer: this.decide(question, scored), threshold: MIN_COVERAGE, words: scored.words, candidates };
  }

  private decide(question: string, { ranked, language, subjects }: Scoring): Answer {
    const [first, ...rest] = ranked.filter((s) => s.eligible);
    if (first === undefined || first.coverage < MIN_COVERAGE || first.evidence < MIN_EVIDENCE) {
      const near = ranked.filter((s) => s.coverage >= MIN_SUGGESTION_COVERAGE).slice(0, MAX_ALTERNATIVES);
      return { question, answered: false, best: null, alternatives: near.map((s) => this.match(s)), language };
    }
    // A "did you mean" must hold every subject word the answer holds: asked about
    // "chi ngân sách", revenue ("thu ngân sách") is no alternative however close it scores.
    const held = subjects.filter((term) => this.holds(first.fact, term));
    const close = rest
      .filter((s) => s.rank >= CLOSE_RATIO * first.rank && s.coverage >= MIN_COVERAGE)
      .filter((s) => held.every((term) => this.holds(s.fact, term)))
      .slice(0, MAX_ALTERNATIVES);
    return { question, answered: true, best: this.match(first), alternatives: close.map((s) => this.match(s)), language };
  }

  search(query: string, limit: number): readonly Match[] {
    if (query.trim() === '') {
      return headlineFacts(this.kb)
        .slice(0, limit)
        .map((fact) => ({ fact, score: 1 }));
    }
    const matched = this.score(query)
      .ranked.filter((s) => s.coverage >= MIN_SUGGESTION_COVERAGE)
      .map((s) => this.match(s));
    // Half-typed queries ("chi ngân s") find little by whole words; the typeahead fills in.
    const seen = new Set(matched.map((m) => m.fact));
    const typed = this.typeahead.search(query, limit).filter((m) => !seen.has(m.fact));
    return [...matched, ...typed].slice(0, limit);
  }

  private match(scored: Scored): Match {
    const fact = this.index.facts[scored.fact];
    if (fact === undefined) throw new RangeError(`no fact at ${scored.fact}`);
    return { fact, score: Math.min(1, scored.rank / MAX_RANK) };
  }

  private resolve(word: Word): Resolved | null {
    const { postings, speller, accents } = this.index;
    if (word.stop || this.index.subjectWords.has(word.folded)) return { terms: [`~${word.folded}`], credit: 1, soft: true };
    if (postings.has(word.folded)) {
      const accent = word.accent !== null && accents.has(word.folded) ? { accent: word.accent } : {};
      return { terms: [word.folded], credit: 1, soft: false, ...accent };
    }
    // Known only as a question word's folded form: typed with other marks, it is another word ("đá" is not "đã").
    if (speller.knows(word.folded) && word.accent === null) return { terms: [`~${word.folded}`], credit: 1, soft: true };
    const correction = speller.correct(word.folded, (candidate) => this.mayStandIn(word, candidate), hasSyllableShape(word.folded));
    if (correction === null) return null;
    const soft = correction.words.every((w) => !postings.has(w));
    return { terms: correction.words.map((w) => (soft ? `~${w}` : w)), credit: correction.credit, soft };
  }

  /**
   * Whether a known word may stand in for one the report does not have. A word shaped
   * like a Vietnamese syllable is most likely a real word ("vàng" is not "đảng", "trời"
   * not "trì"), so it may only have lost a letter ("nga" → "ngân") or doubled one
   * ("thuu" → "thu"). A word typed with tone marks keeps its tone ("sáchh" → "sách").
   */
  private mayStandIn(word: Word, candidate: string): boolean {
    const typed = word.folded;
    const slip = candidate.length === typed.length + 1 || doubledLetterDropped(typed, candidate);
    if (hasSyllableShape(typed) && !slip) return false;
    if (word.accent === null) return true;
    const tone = toneOf(word.accent);
    const forms = this.index.accents.get(candidate);
    return forms !== undefined && [...forms].some((form) => toneOf(form) === tone);
  }

  private score(question: string): Scoring {
    const { postings, unknownIdf, facts } = this.index;
    const idf = (term: string): number => this.index.idf(term);
    const n = facts.length;
    const { matched, pairs, soft, numbersHeld } = this;
    for (const tally of [matched, pairs, soft, numbersHeld]) tally.fill(0);
    let mass = 0;
    let pairMass = 0;
    let softMass = 0;
    const seen = new Set<string>();

    /** Adds a term's weight to every fact holding it; `partial` lists facts that earn only a part. */
    const credit = (term: string, credited: number, into: Float64Array, partial?: ReadonlyMap<number, number>): number => {
      const list = postings.get(term);
      if (!list) return 0;
      const weight = idf(term);
      for (const p of list) into[p.fact] = (into[p.fact] ?? 0) + weight * p.weight * credited * (partial?.get(p.fact) ?? 1);
      return weight;
    };

    const analysis = analyze(question, 'any');
    // Each word is resolved once: the "how many" check below needs the same resolutions.
    const resolutions = new Map(analysis.words.map((word) => [word, this.resolve(word)] as const));
    const strangers = unknownNames(analysis.words, this.index);
    // Content words in order; null marks a word that breaks a pair (unknown, or a question word).
    const sequence: ({ term: string; credit: number } | null)[] = [];
    const subjectWords: { term: string; credit: number; accent: string | undefined }[] = [];
    const readings: WordReading[] = [];
    for (const [position, word] of analysis.words.entries()) {
      const resolved = strangers.has(position) ? null : (resolutions.get(word) ?? null);
      readings.push(reading(word, resolved, strangers.has(position), this.index.subjectWords.has(word.folded)));
      // A lone unknown letter ("a", "x") says nothing about the subject.
      if (resolved === null && word.folded.length === 1) continue;
      if (resolved === null) {
        sequence.push(null);
        // An unknown name says who or where; an unknown one- or two-letter token is most likely shorthand we do not know.
        // A capitalised unknown word inside a question ("… of Hanoi") is a name too.
        const name = strangers.has(position) || (word.capitalized && position > 0);
        const weight = name ? NAME_WEIGHT : word.folded.length <= 2 ? SHORT_UNKNOWN_WEIGHT : 1;
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
        if (resolved.soft) softMass += credit(term, resolved.credit, soft);
        else subjectWords.push({ term, credit: resolved.credit, accent: resolved.accent });
      }
    }
    const questionPairs: { pair: string; credited: number }[] = [];
    for (let i = 1; i < sequence.length; i++) {
      const a = sequence[i - 1];
      const b = sequence[i];
      if (a && b) questionPairs.push({ pair: `${a.term} ${b.term}`, credited: Math.min(a.credit, b.credit) });
    }
    const pairTerms = questionPairs.map((p) => p.pair);
    for (const { term, credit: credited, accent } of subjectWords) {
      const bound = this.boundElsewhere(term, pairTerms);
      if (accent === undefined) {
        mass += credit(term, credited, matched, bound);
        continue;
      }
      // Full credit only where the fact spells the word with the marks typed;
      // elsewhere it is probably another word ("dân số" is not "hướng dẫn").
      const weight = credit(term, ACCENT_MISMATCH_CREDIT, matched, bound);
      for (const p of postings.get(`=${accent}`) ?? []) {
        matched[p.fact] = (matched[p.fact] ?? 0) + weight * p.weight * (1 - ACCENT_MISMATCH_CREDIT) * (bound.get(p.fact) ?? 1);
      }
      mass += weight;
    }
    for (const { pair, credited } of questionPairs) {
      if (seen.has(pair)) continue;
      seen.add(pair);
      pairMass += credit(pair, credited, pairs);
    }
    for (const group of analysis.numbers) {
      // A number counts once, by whichever of its readings the fact holds.
      const best = this.numberBest.fill(0);
      let groupMass = 0;
      for (const term of group) {
        const list = postings.get(term);
        if (!list) continue;
        const weight = idf(term);
        groupMass = Math.max(groupMass, weight);
        for (const p of list) best[p.fact] = Math.max(best[p.fact] ?? 0, weight * p.weight);
      }
      mass += groupMass > 0 ? groupMass : unknownIdf;
      best.forEach((value, i) => {
        if (value === 0) return;
        matched[i] = (matched[i] ?? 0) + value;
        numbersHeld[i] = (numbersHeld[i] ?? 0) + 1;
      });
    }

    const asked = interrogatives(analysis.words);
    // The thing a "how many" counts must be named by the fact itself, not only by its sentence.
    const counted = asked.counted.map((thing) => this.countedTerm(thing.map((w) => resolutions.get(w) ?? null)));
    const kinds = [...asked.kinds];
    const whole = mass + PAIR_WEIGHT * pairMass;
    const ranked: Scored[] = [];
    for (let i = 0; i < n; i++) {
      const evidence = matched[i] ?? 0;
      const coverage = whole > 0 ? (evidence + PAIR_WEIGHT * (pairs[i] ?? 0)) / whole : 0;
      if (coverage === 0) continue;
      const rank = coverage + (softMass > 0 ? (SOFT_WEIGHT * (soft[i] ?? 0)) / softMass : 0);
      const factAsks = this.index.asks[i];
      const eligible =
        numbersHeld[i] === analysis.numbers.length &&
        kinds.every((k) => factAsks !== undefined && answersKind(k, factAsks)) &&
        counted.every((term) => term !== null && this.names(i, term));
      ranked.push({ fact: i, rank, coverage, evidence, eligible });
    }
    ranked.sort((a, b) => b.rank - a.rank || b.coverage - a.coverage);
    const subjects = sequence.flatMap((entry) => (entry === null ? [] : [entry.term]));
    return { ranked, language: questionLanguage(analysis.words, this.index), subjects, words: readings };
  }

  /**
   * The term for what a "how many" counts: the pair when it is two words ("dự án",
   * "chi bộ"), else the word. Null when the report never names it at all.
   */
  private countedTerm(thing: readonly (Resolved | null)[]): string | null {
    const [first, second] = thing.map((resolved) => resolved?.terms[0] ?? null);
    if (first === null || first === undefined) return null;
    if (second === undefined) return first;
    if (second === null) return null;
    const pair = `${first} ${second}`;
    return this.index.postings.has(pair) ? pair : null;
  }

  /**
   * The facts where a word of the question is probably another word, with the share of
   * its weight they earn. Most Vietnamese words are two syllables: where a fact only
   * ever uses a syllable inside a pair the question does not contain ("công dân" for
   * the "dân" of "dân số", "báo cáo" for the "báo" of "báo nào"), it earns a part only.
   */
  private boundElsewhere(term: string, questionPairs: readonly string[]): ReadonlyMap<number, number> {
    const boundIn = this.index.boundIn.get(term);
    if (boundIn === undefined) return NO_PARTIAL;
    const partial = new Map<number, number>();
    for (const [fact, pairsOfTerm] of boundIn) {
      if (!questionPairs.some((pair) => pairsOfTerm.has(pair))) partial.set(fact, BOUND_CREDIT);
    }
    return partial;
  }

  /** Whether the fact holds a term in any of its fields. */
  private holds(fact: number, term: string): boolean {
    return this.index.postings.get(term)?.some((p) => p.fact === fact) === true;
  }

  /** Whether the fact names a term in its own words (a way of asking, a keyword, its figure). */
  private names(fact: number, term: string): boolean {
    return this.index.postings.get(term)?.some((p) => p.fact === fact && p.weight >= NAMING_WEIGHT) === true;
  }
}
