import { analyze, type Analysis, type Word } from '../text/analyze.js';
import { genreTerms, type TermEntry } from './genre-terms.js';

/**
 * Finds the lexicon's phrases in a report's text, so a fact also holds their equivalents:
 * a sentence with "tai nạn giao thông" is found by "TNGT" and "traffic accidents".
 * Words are compared with their marks when the lexicon writes marks ("đồng" is not
 * "Đông"). A one-word phrase inside a longer one found there does not count: the
 * "trường" of "môi trường" is no school.
 */

/** One phrasing of an entry, analysed once. */
export interface TermForm {
  readonly text: string;
  readonly language: 'vi' | 'en';
  /** Its words, without its numbers. */
  readonly analysis: Analysis;
  /** The numbers the phrase holds, each as its readings (Vietnamese phrasings only: only they are looked for). */
  readonly numbers?: readonly (readonly string[])[];
}

/** An English phrasing, analysed on first use. */
class EnglishForm implements TermForm {
  readonly language = 'en';
  private words: Analysis | undefined;

  constructor(readonly text: string) {}

  get analysis(): Analysis {
    this.words ??= { words: analyze(this.text, 'en').words, numbers: [] };
    return this.words;
  }
}

interface Phrase {
  readonly keys: readonly string[];
  readonly entry: number;
  /** The phrase's numbers ("9" of "9 tháng"), each as its readings: the text must hold them too. */
  readonly numbers: readonly (readonly string[])[];
}

const key = (word: Word): string => word.accent ?? word.folded;

export class TermFinder {
  /** Each entry's phrasings, analysed: what a fact holding the entry is indexed with. */
  readonly forms: readonly (readonly TermForm[])[];
  private readonly byFirst = new Map<string, Phrase[]>();

  constructor(readonly entries: readonly TermEntry[]) {
    // A phrase's number ("9 tháng", "điểm 10") is never a fact's: equivalents carry words only.
    // A Vietnamese phrasing is analysed once, for its keys and its numbers; an English one
    // only when a fact first holds its entry (most entries meet no report of a given set).
    this.forms = entries.map((entry) => [
      ...[...entry.vi, ...entry.abbr].map((text): TermForm => {
        const { words, numbers } = analyze(text, 'vi');
        return { text, language: 'vi', analysis: { words, numbers: [] }, numbers };
      }),
      ...entry.en.map((text): TermForm => new EnglishForm(text)),
    ]);
    this.forms.forEach((forms, entry) => {
      for (const form of forms) {
        if (form.language !== 'vi') continue;
        const keys = form.analysis.words.map(key);
        const first = keys[0];
        if (first === undefined) continue;
        const numbers = form.numbers ?? [];
        const list = this.byFirst.get(first) ?? [];
        const same = (p: Phrase): boolean => p.entry === entry && p.keys.join(' ') === keys.join(' ') && p.numbers.join() === numbers.join();
        if (!list.some(same)) list.push({ keys, entry, numbers });
        this.byFirst.set(first, list);
      }
    });
  }

  /**
   * Entries whose Vietnamese phrasing or abbreviation stands in these words, in order found.
   * Words are matched without their numbers: a phrase with a number ("9 tháng", "điểm 10")
   * is found only where the text's numbers (`numbers`, from the same analysis) hold it.
   */
  find(words: readonly Word[], numbers: readonly (readonly string[])[] = []): number[] {
    const held = new Set(numbers.flat());
    const found: { entry: number; from: number; to: number }[] = [];
    words.forEach((word, i) => {
      for (const phrase of this.byFirst.get(key(word)) ?? []) {
        if (!phrase.numbers.every((group) => group.some((term) => held.has(term)))) continue;
        if (phrase.keys.every((k, j) => words[i + j] !== undefined && key(words[i + j] as Word) === k)) {
          found.push({ entry: phrase.entry, from: i, to: i + phrase.keys.length });
        }
      }
    });
    const entries = new Set<number>();
    for (const f of found) {
      const single = f.to - f.from === 1;
      if (single && found.some((g) => g.to - g.from > 1 && g.from <= f.from && g.to >= f.to)) continue;
      entries.add(f.entry);
    }
    return [...entries];
  }
}

let shared: TermFinder | undefined;

/** The finder over the shipped lexicon, built on first use. */
export function genreTermFinder(): TermFinder {
  shared ??= new TermFinder(genreTerms());
  return shared;
}
