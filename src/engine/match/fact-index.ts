import type { Fact, KnowledgeBase, Report } from '../knowledge/types.js';
import { analyze, type Word } from '../text/analyze.js';
import { interrogatives, type Asks } from '../text/interrogatives.js';
import type { NumberReading } from '../text/numbers.js';
import { FOLDED_STOP_WORDS } from '../text/stopwords.js';
import { Speller } from './speller.js';

/**
 * The inverted index over facts. A term is a folded word ("ngan"), two adjacent words
 * ("ngan sach"), a question word ("~ai") or a number ("#211"). Each fact holds a term
 * with the weight of the strongest field it appears in: the ways people ask and the
 * keywords count most, the report's sentence less, since one sentence often holds
 * several facts and cannot tell them apart.
 */

export interface Posting {
  readonly fact: number;
  readonly weight: number;
}

/** A fact "names" a term that stands in its own phrasings, keywords or figure, not just its sentence. */
export const NAMING_WEIGHT = 0.9;

const FIELD_WEIGHT = {
  question: 1,
  keyword: 1,
  figure: 0.9,
  sentence: 0.5,
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
  readonly postings: ReadonlyMap<string, readonly Posting[]>;
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
  readonly boundIn: ReadonlyMap<string, ReadonlyMap<number, ReadonlySet<string>>>;
  /** Folded words naming what a report is about: they pick a report, not a fact. */
  readonly subjectWords: ReadonlySet<string>;
  /** Each subject name as its folded words in order ("bac tu liem"). */
  readonly subjects: readonly (readonly string[])[];
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

export function buildFactIndex(kb: KnowledgeBase): FactIndex {
  const facts = kb.facts;
  // Facts are indexed in order, so each term's postings are appended in fact order and
  // only the last one can be the current fact's: no per-term map of facts is needed.
  const weights = new Map<string, { fact: number; weight: number }[]>();
  const accents = new Map<string, Set<string>>();
  const englishWords = new Set<string>();
  /** How each fact uses each word: on its own somewhere ('free'), or only inside these pairs. */
  const usage = new Map<string, Map<number, Set<string> | 'free'>>();
  const vietnameseWords = new Set<string>();

  /** Years each fact names in its own words, so the report's year is not implied where another is. */
  const yearsNamed = new Map<number, Set<string>>();
  const add = (term: string, fact: number, weight: number): void => {
    if (weight >= NAMING_WEIGHT && term.startsWith('#') && /^#(19|20)\d\d$/.test(term)) {
      const years = yearsNamed.get(fact) ?? new Set<string>();
      yearsNamed.set(fact, years.add(term));
    }
    let list = weights.get(term);
    if (!list) weights.set(term, (list = []));
    const last = list[list.length - 1];
    if (last?.fact === fact) last.weight = Math.max(last.weight, weight);
    else list.push({ fact, weight });
  };

  // A sentence holds several facts and a topic names many: each text is analysed once per build.
  const analysed = new Map<string, ReturnType<typeof analyze>>();
  const analyzeOnce = (text: string, reading: NumberReading): ReturnType<typeof analyze> => {
    const key = `${reading}\u0000${text}`;
    let analysis = analysed.get(key);
    if (analysis === undefined) analysed.set(key, (analysis = analyze(text, reading)));
    return analysis;
  };

  /** Indexes one field's text for a fact; returns its words. */
  const addText = (text: string, fact: number, weight: number, language: 'vi' | 'en', reading: NumberReading): readonly Word[] => {
    const { words, numbers } = analyzeOnce(text, reading);
    const { unigrams, bigrams } = contentTerms(words);
    for (const term of unigrams) add(term, fact, weight);
    for (const term of bigrams) add(term, fact, weight);
    // Written as a plain loop: it runs for every word of every field, and allocates only what it keeps.
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word === undefined || word.stop) continue;
      const before = words[i - 1];
      const after = words[i + 1];
      const left = before !== undefined && !before.stop ? `${before.folded} ${word.folded}` : undefined;
      const right = after !== undefined && !after.stop ? `${word.folded} ${after.folded}` : undefined;
      let byFact = usage.get(word.folded);
      if (!byFact) usage.set(word.folded, (byFact = new Map<number, Set<string> | 'free'>()));
      const seenSoFar = byFact.get(fact);
      if (seenSoFar === 'free') continue;
      if (left === undefined && right === undefined) {
        byFact.set(fact, 'free');
        continue;
      }
      const pairs = seenSoFar ?? new Set<string>();
      if (left !== undefined) pairs.add(left);
      if (right !== undefined) pairs.add(right);
      if (seenSoFar === undefined) byFact.set(fact, pairs);
    }
    for (const word of words) {
      if (word.stop) add(`~${word.folded}`, fact, weight);
      (language === 'en' ? englishWords : vietnameseWords).add(word.folded);
      if (language === 'vi' && !word.stop) {
        // "=dân" and "=dẫn" are different words that fold to the same "dan". Only marked
        // forms are looked up; bare ones ("so" of "so với") still tell a tone apart below.
        const form = word.accent ?? word.folded;
        if (word.accent !== null) add(`=${form}`, fact, weight);
        let forms = accents.get(word.folded);
        if (!forms) accents.set(word.folded, (forms = new Set<string>()));
        forms.add(form);
      }
    }
    for (const group of numbers) for (const term of group) add(term, fact, weight);
    return words;
  };

  const subjectsByReport = new Map(
    kb.reports.map((r) => [r.id, r.subject.map((name) => analyze(name, r.language).words.map((w) => w.folded))] as const),
  );
  const subjects = [...subjectsByReport.values()].flat();
  const subjectWords = new Set(subjects.flat());
  const asks = facts.map(() => new Set<Asks>());

  facts.forEach((fact, i) => {
    const report = kb.report(fact.report);
    const language = report?.language ?? 'vi';
    const other = language === 'vi' ? 'en' : 'vi';
    for (const lang of [language, other] as const) {
      for (const q of fact.questions[lang]) {
        const words = addText(q, i, FIELD_WEIGHT.question, lang, 'any');
        for (const kind of interrogatives(words).kinds) asks[i]?.add(kind);
      }
    }
    for (const k of fact.keywords) addText(k, i, FIELD_WEIGHT.keyword, /[^\p{ASCII}]/u.test(k) ? 'vi' : 'en', 'any');
    addText(fact.figure, i, FIELD_WEIGHT.figure, language, language);
    addText(fact.sentence, i, FIELD_WEIGHT.sentence, language, language);
    if (fact.gloss !== undefined) addText(fact.gloss, i, FIELD_WEIGHT.gloss, 'en', 'en');
    const topic = report?.topics.find((t) => t.id === fact.topic);
    if (topic) {
      addText(topic.vi, i, FIELD_WEIGHT.topic, 'vi', 'vi');
      addText(topic.en, i, FIELD_WEIGHT.topic, 'en', 'en');
    }
    // Every fact is of the report's year, unless its own wording names another one (2023's plans).
    const eventYear = report === undefined ? undefined : `#${report.eventDate.slice(0, 4)}`;
    // Looked up per fact, not by scanning every term: load time stays linear in the facts.
    const namesOtherYear = [...(yearsNamed.get(i) ?? [])].some((term) => term !== eventYear);
    if (eventYear !== undefined && !namesOtherYear) add(eventYear, i, FIELD_WEIGHT.eventYear);
    for (const word of subjectsByReport.get(fact.report)?.flat() ?? []) add(`~${word}`, i, 1);
  });

  const boundIn = new Map<string, Map<number, ReadonlySet<string>>>();
  for (const [word, byFact] of usage) {
    for (const [fact, use] of byFact) {
      if (use === 'free') continue;
      let facts = boundIn.get(word);
      if (!facts) boundIn.set(word, (facts = new Map<number, ReadonlySet<string>>()));
      facts.set(fact, use);
    }
  }

  const postings: ReadonlyMap<string, readonly Posting[]> = weights;

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
    idf: (term) => Math.log(1 + n / Math.max(1, postings.get(term)?.length ?? 0)),
    unknownIdf: Math.log(1 + n) + 0.5,
    accents,
    boundIn,
    speller: new Speller(frequency, new Set([...postings.keys()].filter((t) => /^[a-z]+ [a-z]+$/.test(t)))),
    asks,
    subjectWords,
    subjects,
    englishWords,
    vietnameseWords,
  };
}
