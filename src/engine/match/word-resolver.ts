import type { Language, WordReading } from '../answer.js';
import { analyze, ORDINAL_SUFFIXES, type Analysis, type Word } from '../text/analyze.js';
import { framePositions } from '../text/interrogatives.js';
import { hasSyllableShape } from '../text/syllable-shape.js';
import { ENGLISH_ONLY_STOP_WORDS } from '../text/stopwords.js';
import type { FactIndex } from './fact-index.js';
import { questionLanguage } from './language.js';
import { unknownNames } from './names.js';
import { ReportRouter, type Route } from './report-router.js';

/**
 * Resolving words: what each word of a question stands for in the index. Folding and
 * shorthand are done by analysis; here a word the index lacks is corrected (one slip of
 * the keyboard, words run together) or left unknown, and a word typed with marks keeps
 * them, so scoring can tell "số" from "so". Knows nothing of facts or scores.
 */

/** What one known (or corrected) word stands for. */
export interface Resolved {
  readonly terms: readonly string[];
  /** 0..1: the share of its weight the word earns (less when corrected). */
  readonly credit: number;
  /** A question word or the report's subject: it breaks ties, never decides. */
  readonly soft: boolean;
  /** The word as typed with tone marks, when the report spells this word with marks too. */
  readonly accent?: string;
}

/** One word of a question, as read. */
export interface ReadWord {
  readonly word: Word;
  /** What the word stands for; null when it is unknown or part of an unknown name. */
  readonly resolved: Resolved | null;
  /** Part of a name the report does not know ("Cầu Giấy"): it says who or where. */
  readonly name: boolean;
}

/** A question, word by word, as the index reads it. */
export interface QuestionWords {
  /** The question as typed. */
  readonly text: string;
  readonly analysis: Analysis;
  readonly words: readonly ReadWord[];
  /**
   * What a word would stand for ignoring names: "how many" reads the counted thing
   * through it, since a capitalised "Chi bộ" is still the thing counted.
   */
  readonly resolutions: ReadonlyMap<Word, Resolved | null>;
  readonly readings: readonly WordReading[];
  readonly language: Language;
  /** The question's numbers, less those that are part of a report's name ("Quận 3"). */
  readonly numbers: Analysis['numbers'];
  /** Which reports the question names, and with which words. */
  readonly route: Route;
}

/** The tone digit an accent key ends with ("sach1" → "1"), or "" for a level tone. */
const toneOf = (accent: string): string => /\d$/.exec(accent)?.[0] ?? '';

/** Whether `shorter` is `typed` with one of a doubled letter dropped ("thuu" → "thu"). */
function doubledLetterDropped(typed: string, shorter: string): boolean {
  for (let i = 1; i < typed.length; i++) {
    if (typed[i] === typed[i - 1] && typed.slice(0, i) + typed.slice(i + 1) === shorter) return true;
  }
  return false;
}

function reading(word: Word, resolved: Resolved | null, name: boolean, subject: boolean): WordReading {
  const terms = resolved?.terms.map((t) => t.replace(/^~/, '')) ?? [];
  if (name) return { typed: word.typed, terms, how: 'name' };
  if (resolved === null) return { typed: word.typed, terms, how: 'unknown' };
  if (subject) return { typed: word.typed, terms, how: 'subject' };
  if (resolved.soft) return { typed: word.typed, terms, how: 'question-word' };
  return { typed: word.typed, terms, how: terms.join(' ') === word.folded && resolved.credit === 1 ? 'known' : 'corrected' };
}

export class WordResolver {
  constructor(
    private readonly index: FactIndex,
    private readonly router: ReportRouter = new ReportRouter(index),
  ) {}

  /** Reads a whole question: each word resolved once, names the report does not know marked, the reports it names found. */
  read(question: string): QuestionWords {
    const analysis = analyze(question, 'any');
    const route = this.router.route(question, analysis.words);
    // A word of a report's name picks the report, not a fact: inside a whole name, a syllable only names use,
    // or a subject's syllable typed with the subject's own marks ("Nam" is not "năm").
    const isName = (position: number, word: Word): boolean =>
      route.nameWords.has(position) || this.router.nameOnly.has(word.folded) || this.index.isSubject(word);
    const language = questionLanguage(analysis.words, this.index);
    const resolutions = new Map(
      analysis.words.map((word, position) => [word, this.resolve(this.asVietnamese(analysis.words, position, language) ?? word, isName(position, word))] as const),
    );
    const strangers = unknownNames(analysis.words, this.index, route.nameWords);
    const frames = framePositions(analysis.words);
    const words = analysis.words.map((word, position): ReadWord => {
      const name = strangers.has(position);
      // "cơ quan" of "cơ quan nào" asks for a body; it is no subject the fact must hold.
      if (frames.has(position)) return { word, resolved: { terms: [`~${word.folded}`], credit: 1, soft: true }, name: false };
      return { word, resolved: name ? null : (resolutions.get(word) ?? null), name };
    });
    const readings = words.map((w, position) => reading(w.word, w.resolved, w.name, isName(position, w.word)));
    const nameNumbers = new Set(route.nameNumbers);
    const numbers = analysis.numbers.filter((group) => !group.some((term) => nameNumbers.has(term)));
    return { text: question, analysis, words, resolutions, readings, language, numbers, route };
  }

  /**
   * An English question word typed without marks in a Vietnamese question is a Vietnamese
   * syllable where, with a neighbour, it makes a pair the reports hold: "to chuc" is tổ chức,
   * "an ninh" an ninh, "can bo" cán bộ. Returns the word as a subject word, or null.
   */
  private asVietnamese(words: readonly Word[], position: number, language: Language): Word | null {
    const word = words[position];
    if (word === undefined || !word.stop || word.accent !== null || language !== 'vi' || !ENGLISH_ONLY_STOP_WORDS.has(word.folded)) return null;
    const { postings } = this.index;
    const before = words[position - 1];
    const after = words[position + 1];
    const paired = (before !== undefined && postings.has(`${before.folded} ${word.folded}`)) || (after !== undefined && postings.has(`${word.folded} ${after.folded}`));
    return paired ? { ...word, stop: false } : null;
  }

  /** What one word stands for in the index, or null when it is unknown; a word of a report's name only picks the report. */
  resolve(word: Word, partOfName = false): Resolved | null {
    const { postings, speller, accents } = this.index;
    // "th" of "27th": the number is the ordinal asked; the suffix says nothing more.
    if (word.stop || partOfName || (word.afterNumber === true && ORDINAL_SUFFIXES.has(word.folded))) return { terms: [`~${word.folded}`], credit: 1, soft: true };
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
}
