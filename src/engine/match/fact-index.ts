import type { Fact, KnowledgeBase, Report } from '../knowledge/types.js';
import { genreTermFinder, type TermFinder } from '../lexicon/term-finder.js';
import { analyze, type Analysis, type Word } from '../text/analyze.js';
import { interrogatives, type Asks } from '../text/interrogatives.js';
import type { NumberReading } from '../text/numbers.js';
import { FOLDED_STOP_WORDS } from '../text/stopwords.js';
import { answersTimes, inferKind, KIND_ASKS, KIND_QUESTIONS } from './kind-questions.js';
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

export function buildFactIndex(kb: KnowledgeBase, terms: TermFinder = genreTermFinder()): FactIndex {
  const facts = kb.facts;
  // Facts are indexed in order, so each term's postings are appended in fact order and
  // only the last one can be the current fact's: no per-term map of facts is needed.
  const weights = new Map<string, { fact: number; weight: number }[]>();
  const accents = new Map<string, Set<string>>();
  const englishWords = new Set<string>();
  /** How each fact uses each word: on its own somewhere ('free'), or only inside these pairs. */
  const usage = new Map<string, Map<number, Set<string> | 'free'>>();
  const vietnameseWords = new Set<string>();

  /** Years each fact names in its own words. */
  const yearsNamed = new Map<number, Set<string>>();
  const add = (term: string, fact: number, weight: number): void => {
    if (weight >= NAMING_WEIGHT && term.startsWith('#') && YEAR_TERM.test(term)) {
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
  const analysed = new Map<string, Analysis>();
  const analyzeOnce = (text: string, reading: NumberReading): Analysis => {
    const key = `${reading}\u0000${text}`;
    let analysis = analysed.get(key);
    if (analysis === undefined) analysed.set(key, (analysis = analyze(text, reading)));
    return analysis;
  };

  /** Indexes one field's text for a fact; returns its words. */
  const addText = (text: string, fact: number, weight: number, language: 'vi' | 'en', reading: NumberReading): readonly Word[] =>
    addAnalysis(analyzeOnce(text, reading), fact, weight, language);

  const addAnalysis = (analysis: Analysis, fact: number, weight: number, language: 'vi' | 'en'): readonly Word[] => {
    const { words, numbers } = analysis;
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
  const figureNumbers = facts.map((fact) => analyze(fact.figure, kb.report(fact.report)?.language ?? 'vi').numbers);

  // Each sentence's lead: the context that starts first in it.
  const leads = new Map<string, string>();
  for (const fact of facts) {
    if (fact.context === undefined) continue;
    const lead = leads.get(fact.sentence);
    if (lead === undefined || fact.sentence.indexOf(fact.context) < fact.sentence.indexOf(lead)) leads.set(fact.sentence, fact.context);
  }

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
    const kind = fact.kind ?? inferKind(fact.figure);
    for (const q of kind === null ? [] : KIND_QUESTIONS[kind]) {
      const words = addText(q, i, FIELD_WEIGHT.kindQuestion, /[^\p{ASCII}]/u.test(q) ? 'vi' : 'en', 'any');
      for (const asked of interrogatives(words).kinds) asks[i]?.add(asked);
    }
    for (const asked of kind === null ? [] : (KIND_ASKS[kind] ?? [])) asks[i]?.add(asked);
    if (kind !== null && answersTimes(kind, fact.figure)) asks[i]?.add('times');
    const own = [
      addText(fact.figure, i, FIELD_WEIGHT.figure, language, language),
      ...(fact.context === undefined ? [] : [addText(fact.context, i, FIELD_WEIGHT.context, language, language)]),
    ];
    const handWritten = fact.questions.vi.length + fact.questions.en.length + fact.keywords.length > 0;
    const sentenceWeight = handWritten ? FIELD_WEIGHT.sentence : FIELD_WEIGHT.sentenceAlone;
    const sentenceWords = addText(fact.sentence, i, sentenceWeight, language, language);
    const lead = leads.get(fact.sentence);
    if (!handWritten && lead !== undefined && lead !== fact.context) addText(lead, i, FIELD_WEIGHT.lead, language, language);
    // Equivalents from the lexicon, so "TNGT" and "traffic accidents" find "tai nạn giao thông".
    // A hand-written fact has its own keywords and English phrasings: equivalents would
    // only blur which of its words it is asked by.
    if (!handWritten) {
      const numbersOf = (text: string): Analysis['numbers'] => analyzeOnce(text, language).numbers;
      const ownTexts = [fact.figure, ...(fact.context === undefined ? [] : [fact.context])];
      const ownEntries = new Set(own.flatMap((words, k) => terms.find(words, numbersOf(ownTexts[k] ?? ''))));
      const sentenceEntries = terms.find(sentenceWords, numbersOf(fact.sentence)).filter((entry) => !ownEntries.has(entry));
      for (const [entries, weight] of [[ownEntries, FIELD_WEIGHT.equivalent], [sentenceEntries, sentenceWeight]] as const) {
        for (const entry of entries) for (const form of terms.forms[entry] ?? []) addAnalysis(form.analysis, i, weight, form.language);
      }
    }
    if (fact.gloss !== undefined) addText(fact.gloss, i, FIELD_WEIGHT.gloss, 'en', 'en');
    const topic = report?.topics.find((t) => t.id === fact.topic);
    if (topic) {
      addText(topic.vi, i, FIELD_WEIGHT.topic, 'vi', 'vi');
      addText(topic.en, i, FIELD_WEIGHT.topic, 'en', 'en');
    }
    // Every fact is of the report's year and period, unless its own wording names another year (2023's plans).
    const implied = report === undefined ? { years: [], periods: [] } : reportTime(report);
    // "gấp 3 lần năm 2023", "so với cùng kỳ năm 2023": a year compared with is not the fact's year.
    const compared = new Set([fact.figure, fact.context ?? '', ...fact.questions.vi, ...fact.questions.en, ...fact.keywords].flatMap(comparedYears));
    const namesOtherYear = [...(yearsNamed.get(i) ?? [])].some((year) => !implied.years.includes(year) && !compared.has(year));
    if (!namesOtherYear) for (const year of implied.years) add(year, i, FIELD_WEIGHT.eventYear);
    for (const period of implied.periods) add(period, i, FIELD_WEIGHT.eventYear);
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
    figureNumbers,
    subjectWords,
    isSubject: (word) => subjectWords.has(word.folded) && (word.accent === null || subjectAccents.has(word.accent)),
    subjects,
    placeNames,
    englishWords,
    vietnameseWords,
  };
}
