import type { Answer, Language, Match, Matcher } from '../answer.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { analyze, type Word } from '../text/analyze.js';
import { buildFactIndex, type FactIndex } from './fact-index.js';

/**
 * How a question becomes an answer.
 *
 * Coverage decides whether to answer: the share of the question's subject words
 * (weighted by how rare they are) that the best fact accounts for. A question about
 * something the report never mentions ("dân số quận") leaves its rarest words
 * unaccounted for, so it is declined instead of matched to the nearest figure.
 * Ranking adds word pairs ("thu ngân" vs "chi ngân") and question words ("ai", "khi nào").
 */

/** Share of the question a fact must account for to be the answer. */
const MIN_COVERAGE = 0.6;
/** Evidence (summed idf) below which even full coverage is too thin: one common word is not a question. */
const MIN_EVIDENCE = 1.6;
/** A runner-up within this share of the best ranking is offered as "did you mean". */
const CLOSE_RATIO = 0.9;
/** Facts below this coverage are not worth suggesting at all. */
const MIN_SUGGESTION_COVERAGE = 0.3;
const MAX_ALTERNATIVES = 3;
/** Credit of a word typed with tone marks that differ from the report's ("số" is not "so"). */
const ACCENT_MISMATCH_CREDIT = 0.3;
const BIGRAM_WEIGHT = 0.3;
const SOFT_WEIGHT = 0.1;
const MAX_RANK = 1 + BIGRAM_WEIGHT + SOFT_WEIGHT;

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
}

export function createMatcher(kb: KnowledgeBase): Matcher {
  return new IndexMatcher(kb, buildFactIndex(kb));
}

class IndexMatcher implements Matcher {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly index: FactIndex,
  ) {}

  ask(question: string): Answer {
    const { ranked, language } = this.score(question);
    const [first, ...rest] = ranked;
    if (first === undefined || first.coverage < MIN_COVERAGE || first.evidence < MIN_EVIDENCE) {
      const near = ranked.filter((s) => s.coverage >= MIN_SUGGESTION_COVERAGE).slice(0, MAX_ALTERNATIVES);
      return { question, answered: false, best: null, alternatives: near.map((s) => this.match(s)), language };
    }
    const close = rest
      .filter((s) => s.rank >= CLOSE_RATIO * first.rank && s.coverage >= MIN_COVERAGE)
      .slice(0, MAX_ALTERNATIVES);
    return { question, answered: true, best: this.match(first), alternatives: close.map((s) => this.match(s)), language };
  }

  search(query: string, limit: number): readonly Match[] {
    if (query.trim() === '') {
      return this.kb.reports
        .flatMap((r) => r.headline.map((id) => this.kb.fact(r.id, id)))
        .filter((f) => f !== undefined)
        .slice(0, limit)
        .map((fact) => ({ fact, score: 1 }));
    }
    return this.score(query)
      .ranked.filter((s) => s.coverage >= MIN_SUGGESTION_COVERAGE)
      .slice(0, limit)
      .map((s) => this.match(s));
  }

  private match(scored: Scored): Match {
    const fact = this.index.facts[scored.fact];
    if (fact === undefined) throw new RangeError(`no fact at ${scored.fact}`);
    return { fact, score: Math.min(1, scored.rank / MAX_RANK) };
  }

  private resolve(word: Word): Resolved | null {
    const { postings, speller, accents } = this.index;
    if (word.stop) return { terms: [`~${word.folded}`], credit: 1, soft: true };
    if (postings.has(word.folded)) {
      const accent = word.accent !== null && accents.has(word.folded) ? { accent: word.accent } : {};
      return { terms: [word.folded], credit: 1, soft: false, ...accent };
    }
    if (speller.knows(word.folded)) return { terms: [`~${word.folded}`], credit: 1, soft: true };
    const correction = speller.correct(word.folded);
    if (correction === null || !this.keepsTone(word, correction.words)) return null;
    const soft = correction.words.every((w) => !postings.has(w));
    return { terms: correction.words.map((w) => (soft ? `~${w}` : w)), credit: correction.credit, soft };
  }

  /**
   * A word typed with tone marks is a real syllable: "tiết" is not a typo of "tiêu".
   * Its correction must keep the tone the user typed ("sáchh" → "sách").
   */
  private keepsTone(word: Word, corrections: readonly string[]): boolean {
    if (word.accent === null || corrections.length !== 1) return true;
    const tone = /\d$/.exec(word.accent)?.[0] ?? '';
    const forms = this.index.accents.get(corrections[0] ?? '');
    if (forms === undefined) return true;
    return [...forms].some((form) => (/\d$/.exec(form)?.[0] ?? '') === tone);
  }

  private score(question: string): { ranked: Scored[]; language: Language } {
    const { postings, unknownIdf, facts } = this.index;
    const idf = (term: string): number => this.index.idf(term);
    const n = facts.length;
    const matched = new Float64Array(n);
    const pairs = new Float64Array(n);
    const soft = new Float64Array(n);
    let mass = 0;
    let pairMass = 0;
    let softMass = 0;
    const seen = new Set<string>();

    const credit = (term: string, credited: number, into: Float64Array): number => {
      const list = postings.get(term);
      if (!list) return 0;
      const weight = idf(term);
      for (const p of list) into[p.fact] = (into[p.fact] ?? 0) + weight * p.weight * credited;
      return weight;
    };

    const analysis = analyze(question, 'any');
    // Content words in order; null marks a word the index does not know, which breaks a pair.
    const sequence: ({ term: string; credit: number } | null)[] = [];
    for (const word of analysis.words) {
      const resolved = this.resolve(word);
      if (resolved === null) {
        sequence.push(null);
        if (!seen.has(word.folded)) mass += unknownIdf;
        seen.add(word.folded);
        continue;
      }
      for (const term of resolved.terms) {
        if (!resolved.soft) sequence.push({ term, credit: resolved.credit });
        if (seen.has(term)) continue;
        seen.add(term);
        if (resolved.soft) {
          softMass += credit(term, resolved.credit, soft);
        } else if (resolved.accent === undefined) {
          mass += credit(term, resolved.credit, matched);
        } else {
          // Full credit only where the fact spells the word with the marks typed;
          // elsewhere it is probably another word ("dân số" is not "hướng dẫn").
          const weight = credit(term, ACCENT_MISMATCH_CREDIT, matched);
          const exact = postings.get(`=${resolved.accent}`) ?? [];
          for (const p of exact) matched[p.fact] = (matched[p.fact] ?? 0) + weight * p.weight * (1 - ACCENT_MISMATCH_CREDIT);
          mass += weight;
        }
      }
    }
    for (let i = 1; i < sequence.length; i++) {
      const a = sequence[i - 1];
      const b = sequence[i];
      if (!a || !b) continue;
      const pair = `${a.term} ${b.term}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      pairMass += credit(pair, Math.min(a.credit, b.credit), pairs);
    }
    for (const group of analysis.numbers) {
      // A number counts once, by whichever of its readings the fact holds.
      const best = new Float64Array(n);
      let groupMass = 0;
      for (const term of group) {
        const list = postings.get(term);
        if (!list) continue;
        const weight = idf(term);
        groupMass = Math.max(groupMass, weight);
        for (const p of list) best[p.fact] = Math.max(best[p.fact] ?? 0, weight * p.weight);
      }
      mass += groupMass > 0 ? groupMass : unknownIdf;
      for (let i = 0; i < n; i++) matched[i] = (matched[i] ?? 0) + (best[i] ?? 0);
    }

    const ranked: Scored[] = [];
    for (let i = 0; i < n; i++) {
      const evidence = matched[i] ?? 0;
      const coverage = mass > 0 ? evidence / mass : 0;
      const rank =
        coverage +
        (pairMass > 0 ? (BIGRAM_WEIGHT * (pairs[i] ?? 0)) / pairMass : 0) +
        (softMass > 0 && coverage > 0 ? (SOFT_WEIGHT * (soft[i] ?? 0)) / softMass : 0);
      if (rank > 0) ranked.push({ fact: i, rank, coverage, evidence });
    }
    ranked.sort((a, b) => b.rank - a.rank || b.coverage - a.coverage);
    return { ranked, language: this.language(analysis.words) };
  }

  /** English when the words read as English and none carries a Vietnamese mark. */
  private language(words: readonly Word[]): Language {
    if (words.some((w) => w.accent !== null)) return 'vi';
    let english = 0;
    let vietnamese = 0;
    for (const w of words) {
      const en = this.index.englishWords.has(w.folded);
      const vi = this.index.vietnameseWords.has(w.folded);
      if (en && !vi) english++;
      if (vi && !en) vietnamese++;
    }
    return english > vietnamese ? 'en' : 'vi';
  }
}
