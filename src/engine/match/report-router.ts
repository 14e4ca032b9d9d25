import type { Report } from '../knowledge/types.js';
import { analyze, type Word } from '../text/analyze.js';
import { fold } from '../text/fold.js';
import { SHORTHAND } from '../text/shorthand.js';
import type { FactIndex } from './fact-index.js';

/**
 * Which reports a question names. A report is named by its subject ("Bắc Từ Liêm",
 * "Quận 3", "Công an thành phố") with or without diacritics, by the short forms its
 * report.json lists ("BTL", "Q3", "CATP"), by the initials of a name of three or more
 * syllables, and by the name without its body word ("Cẩm Giàng" for "huyện Cẩm Giàng").
 * A place or body the question names with a body word ("huyện Gia Lâm") that no loaded
 * report is about makes the question one the knowledge cannot answer.
 * Knows nothing of facts: it only reads names.
 */

/** Body words that can stand before a place's name, folded, with their short forms. */
const BODY_WORDS: readonly (readonly string[])[] = [
  ['quan'], ['huyen'], ['tinh'], ['thanh', 'pho'], ['thi', 'xa'], ['phuong'], ['xa'], ['thi', 'tran'],
  ['district'], ['province'], ['city'], ['ward'],
];
/** Short body words typed before a number: "Q3", "q.3", "P12". */
const BODY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['quan', 'q'], ['phuong', 'p'], ['huyen', 'h'],
]);
/** Initials are only a name from three syllables up: "CG" or "TP" would name half the chat. */
const MIN_INITIALS = 3;

export interface Route {
  /** Ids of the reports the question names, in knowledge order; empty when it names none. */
  readonly reports: readonly string[];
  /** Positions of the question's words that belong to a report's name: they pick a report, not a fact. */
  readonly nameWords: ReadonlySet<number>;
  /** Number terms ("#3") that are part of a name ("Quận 3"), not figures asked about. */
  readonly nameNumbers: readonly string[];
  /** The question names, with a body word, a place no loaded report is about. */
  readonly unknownPlace: boolean;
}

interface LetterName {
  readonly words: readonly string[];
  readonly report: number;
}

interface NumberName {
  readonly pattern: RegExp;
  readonly number: string;
  readonly report: number;
}

const startsWith = (words: readonly string[], prefix: readonly string[]): boolean =>
  prefix.length <= words.length && prefix.every((w, i) => words[i] === w);

/** The folded words of a name, as questions are read. */
const foldedWords = (text: string, report: Report): string[] => analyze(text, report.language).words.map((w) => w.folded);

export class ReportRouter {
  /** Letter names by their first folded word, longest first. */
  private readonly byFirst = new Map<string, LetterName[]>();
  private readonly numberNames: NumberName[] = [];
  private readonly ids: readonly string[];
  /**
   * Syllables of names that the knowledge uses only inside those names ("liêm" of "Bắc
   * Từ Liêm"): typed alone they still point at a report, not at a fact. A syllable that
   * is also an ordinary word somewhere ("dân" of "Đan Phượng", "năm" of "Nam Sách") is
   * only a name where the whole name is typed.
   */
  readonly nameOnly: ReadonlySet<string>;

  constructor(private readonly index: FactIndex) {
    this.ids = index.reports.map((r) => r.id);
    index.reports.forEach((report, i) => {
      for (const subject of report.subject) this.addSubject(subject, report, i);
    });
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.nameOnly = this.nameOnlySyllables();
  }

  private nameOnlySyllables(): Set<string> {
    const pairs = new Map<string, Set<string>>();
    for (const list of this.byFirst.values()) {
      for (const { words } of list) {
        words.forEach((w, k) => {
          const own = pairs.get(w) ?? new Set<string>();
          if (k > 0) own.add(`${words[k - 1] ?? ''} ${w}`);
          if (k + 1 < words.length) own.add(`${w} ${words[k + 1] ?? ''}`);
          pairs.set(w, own);
        });
      }
    }
    const only = new Set<string>();
    for (const [syllable, own] of pairs) {
      const holders = this.index.postings.get(syllable)?.facts ?? [];
      // A one-word short form ("btl") is a name wherever it stands.
      if (own.size === 0) {
        only.add(syllable);
        continue;
      }
      const inName = new Set([...own].flatMap((pair) => [...(this.index.postings.get(pair)?.facts ?? [])]));
      if (holders.every((fact) => inName.has(fact))) only.add(syllable);
    }
    return only;
  }

  /** Whether the knowledge has these words, side by side: then "Thành phố Hà Nội" is no stranger. */
  private known(words: readonly string[]): boolean {
    if (words.length === 1) return this.index.postings.has(words[0] ?? '');
    return words.every((w, k) => k === 0 || this.index.postings.has(`${words[k - 1] ?? ''} ${w}`));
  }

  private addLetters(words: readonly string[], report: number): void {
    if (words.length === 0) return;
    const first = words[0] ?? '';
    const list = this.byFirst.get(first) ?? [];
    if (!list.some((n) => n.report === report && n.words.join(' ') === words.join(' '))) list.push({ words, report });
    this.byFirst.set(first, list);
  }

  private addSubject(subject: string, report: Report, index: number): void {
    const number = /\d+/.exec(subject)?.[0];
    const words = foldedWords(subject, report);
    if (number !== undefined) {
      // "Quận 3": the body word (or its letter, "Q3", "q.3") right before the number.
      const body = words.join(' ');
      const short = BODY_ABBREVIATIONS.get(body);
      const forms = [body, ...(short === undefined ? [] : [short])].filter((f) => f !== '').map((f) => f.replace(/ /g, '\\s+'));
      if (forms.length > 0) {
        this.numberNames.push({ pattern: new RegExp(`(?<![a-z0-9])(?:${forms.join('|')})[\\s.]*${number}(?![0-9])`, 'u'), number: `#${number}`, report: index });
      }
      return;
    }
    // A short form that is also chat shorthand ("NS" for "ngân sách", "BT" for "bí thư") names nothing.
    const tokens = subject.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
    const expanded = words.length !== tokens.length || tokens.some((t) => SHORTHAND.has(t));
    if (!expanded) this.addLetters(words, index);
    const body = BODY_WORDS.find((b) => startsWith(words, b) && words.length > b.length);
    const bare = body === undefined ? words : words.slice(body.length);
    // "huyện Cẩm Giàng" is named by "Cẩm Giàng"; a one-word remainder ("Công an" of "Công an thành phố") is too loose.
    if (body !== undefined && bare.length >= 2) this.addLetters(bare, index);
    if (bare.length >= MIN_INITIALS) this.addLetters([bare.map((w) => w[0] ?? '').join('')], index);
  }

  /** The reports a question names, and which of its words name them. */
  route(question: string, words: readonly Word[]): Route {
    const named = new Set<number>();
    const nameWords = new Set<number>();
    const nameNumbers: string[] = [];
    // Each word as typed, folded: a name typed without marks can also be chat shorthand ("hong"
    // for "không" in "hong bang"), which analysis expands; a loaded report's name, typed whole, wins.
    const typed = words.map((w) => fold(w.typed));
    const at = (i: number, k: number, w: string): boolean => words[i + k]?.folded === w;
    const typedAt = (i: number, k: number, w: string): boolean => typed[i + k] === w;
    for (let i = 0; i < words.length; ) {
      const byWord = this.byFirst.get(words[i]?.folded ?? '') ?? [];
      let list = byWord;
      let same = at;
      let match = list.find((n) => n.words.every((w, k) => same(i, k, w)));
      if (match === undefined) {
        list = this.byFirst.get(typed[i] ?? '') ?? [];
        same = typedAt;
        match = list.find((n) => n.words.length >= 2 && n.words.every((w, k) => same(i, k, w)));
      }
      if (match === undefined) {
        i++;
        continue;
      }
      // Every report of that name: initials and bare names may be shared.
      for (const n of list) if (n.words.length === match.words.length && n.words.every((w, k) => same(i, k, w))) named.add(n.report);
      // A name that starts with its body word ("huyện Thạch Sơn") leaves that word to the question.
      const body = BODY_WORDS.find((b) => startsWith(match.words, b) && match.words.length > b.length);
      for (let k = body?.length ?? 0; k < match.words.length; k++) nameWords.add(i + k);
      // The body word before a name stays a word of the question: "dân số huyện X" is still about a huyện's figure.
      i += match.words.length;
    }
    if (this.numberNames.length > 0) {
      const folded = fold(question.normalize('NFC').toLowerCase());
      for (const n of this.numberNames) {
        if (!n.pattern.test(folded)) continue;
        named.add(n.report);
        nameNumbers.push(n.number);
        words.forEach((w, position) => {
          if (BODY_WORDS.some((b) => b.includes(w.folded)) || BODY_ABBREVIATIONS.get(w.folded) !== undefined) nameWords.add(position);
        });
      }
    }
    return {
      reports: [...named].sort((a, b) => a - b).map((i) => this.ids[i] ?? ''),
      nameWords,
      nameNumbers,
      unknownPlace: this.namesUnknownPlace(words, nameWords),
    };
  }

  /**
   * "huyện Gia Lâm" with no report about Gia Lâm: a body word followed by a capitalised
   * name that is no report's and that the knowledge does not know as words side by side.
   */
  private namesUnknownPlace(words: readonly Word[], nameWords: ReadonlySet<number>): boolean {
    for (let i = 0; i < words.length; i++) {
      const body = BODY_WORDS.find((b) => b.every((w, k) => words[i + k]?.folded === w));
      // "phường" of "Đan Phượng" is part of a name, not a body word.
      if (body === undefined || nameWords.has(i)) continue;
      const start = i + body.length;
      let end = start;
      // A capitalised question word starts a sentence ("… Đan Phượng: What …"), not a name.
      while (end < words.length && words[end]?.capitalized === true && words[end]?.stop === false && !nameWords.has(end)) end++;
      if (end === start) continue;
      const run = words.slice(start, end).map((w) => w.folded);
      if (!this.known(run)) return true;
    }
    return false;
  }
}
