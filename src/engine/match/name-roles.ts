import type { Fact, FigureKind } from '../knowledge/types.js';
import { analyze, type Word } from '../text/analyze.js';
import { fold } from '../text/fold.js';
import type { Asks } from '../text/interrogatives.js';
import { memo } from './memo-by-text.js';
import { askedSort, nameSort, OTHER_SORT_RANK, type NameSort } from './name-sorts.js';

/**
 * What a name did and what title it holds, as "who" questions ask: "ai chủ trì", "ai là Bí
 * thư". The scorer answers them only with a name whose own words hold the role or title,
 * and never a deputy's title for the title itself.
 */

/**
 * What a person or body did, in the words of questions: "ai chủ trì" is answered by the
 * name whose own words say "chủ trì", not by another name the report mentions more.
 */
const ROLE_PAIRS: readonly string[] = ['chu tri', 'to chuc', 'phat bieu', 'cam dau', 'bao cao', 'chi dao', 'ket luan', 'trien khai'];
/**
 * Titles a "who" names ("ai là Bí thư Tỉnh ủy", "Hiệu trưởng … là ai"): the person whose
 * own words hold the title answers, not another the sentence mentions (a pupil of the school).
 */
const TITLE_PAIRS: readonly string[] = ['bi thu', 'chu tich', 'giam doc', 'hieu truong', 'truong phong', 'truong ban', 'chanh an', 'vien truong', 'bo truong', 'thu truong'];
/** A deputy's title, folded ("phó bí thư"): a deputy is no answer to "ai là Bí thư", unless a deputy is asked. */
const DEPUTY = new RegExp(String.raw`(?:^|[^\p{L}])pho (${TITLE_PAIRS.join('|')})(?![\p{L}])`, 'gu');
const DEPUTY_ASKED = new RegExp(String.raw`(?:^|[^\p{L}])(?:pho (?:${TITLE_PAIRS.join('|')})|deputy|vice)(?![\p{L}])`, 'u');

/** Titles a text gives only as a deputy's ("Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện": "bi thu"), folded. */
export function deputyOnlyTitles(text: string): Set<string> {
  const folded = fold(text.normalize('NFC'));
  const deputy = new Set([...folded.matchAll(DEPUTY)].map((m) => m[1] ?? ''));
  const plain = folded.replace(DEPUTY, ' ');
  for (const title of deputy) if (new RegExp(String.raw`(?:^|[^\p{L}])${title}(?![\p{L}])`, 'u').test(plain)) deputy.delete(title);
  return deputy;
}

/**
 * First words of the bodies a title heads, folded: "Chủ tịch UBND" is not "Chủ tịch HĐND",
 * "Bí thư Tỉnh ủy" not "Bí thư Huyện ủy", "Giám đốc Sở" not "Giám đốc Công an".
 */
const BODY_WORDS: ReadonlySet<string> = new Set(['uy', 'hdnd', 'hoi', 'so', 'cong', 'ban', 'tinh', 'huyen', 'thanh', 'quan', 'dang', 'mat', 'xa', 'phuong', 'truong', 'benh', 'trung']);

/** Each title of a text with the body word after it ("chu tich uy" of "chủ tịch ủy ban"); `text` folded and spaced. */
function titledBodies(text: string): string[] {
  return TITLE_PAIRS.flatMap((pair) =>
    [...text.matchAll(new RegExp(` ${pair} (\\S+)`, 'g'))].map((m) => m[1] ?? '').filter((w) => BODY_WORDS.has(w)).map((w) => `${pair} ${w}`),
  );
}

/** What a question asks of names, read once per question. */
export interface NameQuestion {
  /** Role pairs a "who" asks ("chu tri"). */
  readonly roles: readonly string[];
  /** Titles a "who" names ("bi thu"). */
  readonly titles: readonly string[];
  /** Titles with the body they head, where the question names it ("chu tich uy" of "Chủ tịch UBND"). */
  readonly titledBodies: readonly string[];
  readonly deputy: boolean;
  readonly sort: NameSort | null;
  /** The question asks no kind of figure ("… là gì"): a motto asked so is a name, not the figure beside it. */
  readonly asksNoKind: boolean;
}

/**
 * The rules of names, per fact (its sort, its titles given only as a deputy's) and per
 * question: which name facts a "who" rules out, and what a name of another sort than
 * asked is worth.
 */
export class NameRules {
  private readonly sorts: readonly (NameSort | null)[];
  private readonly deputyTitles: readonly ReadonlySet<string>[];
  /** Per name fact: its own words, folded and spaced, to find a title with its body in. */
  private readonly ownWords: readonly string[];

  /** `names`: whether a fact names a term in its own words. */
  constructor(
    facts: readonly Fact[],
    private readonly kinds: readonly (FigureKind | null)[],
    private readonly names: (fact: number, term: string) => boolean,
  ) {
    this.sorts = facts.map((fact, i) => (kinds[i] === 'name' ? nameSort(fact.figure, fact.sentence) : null));
    const deputiesIn = memo(deputyOnlyTitles);
    this.deputyTitles = facts.map((fact, i) => (kinds[i] === 'name' ? deputiesIn(fact.context ?? fact.sentence) : new Set<string>()));
    const wordsIn = memo((text) => ` ${analyze(text, 'vi').words.map((w) => w.folded).join(' ')} `);
    this.ownWords = facts.map((fact, i) => (kinds[i] === 'name' ? wordsIn(fact.context ?? fact.sentence) : ''));
  }

  /** `pairs`: the question's word pairs; `folded`: its text, folded. */
  read(words: readonly Word[], pairs: readonly string[], folded: string, kinds: ReadonlySet<Asks>): NameQuestion {
    const who = kinds.has('who');
    // Read on the folded words: a title the report never uses is still asked ("hiệu trưởng"), and no name of it holds it.
    const text = ` ${words.map((w) => w.folded).join(' ')} `;
    return {
      roles: who ? ROLE_PAIRS.filter((pair) => pairs.includes(pair)) : [],
      titles: who ? TITLE_PAIRS.filter((pair) => text.includes(` ${pair} `)) : [],
      titledBodies: who ? titledBodies(text) : [],
      deputy: DEPUTY_ASKED.test(folded),
      sort: askedSort(words),
      asksNoKind: kinds.size === 0,
    };
  }

  /** The share of its rank a fact keeps: a name of another sort than asked, or a figure asked as a motto, ranks lower. */
  rank(fact: number, asked: NameQuestion): number {
    const sort = this.sorts[fact] ?? null;
    const kind = this.kinds[fact] ?? null;
    // A motto asked with no quantity ("What is the theme for 2025?") is a name, not the target beside it ("5%").
    const notMotto = asked.sort === 'motto' && asked.asksNoKind && kind !== null && kind !== 'name';
    return (asked.sort !== null && sort !== null && sort !== asked.sort) || notMotto ? OTHER_SORT_RANK : 1;
  }

  /** Whether a name answers the roles and titles asked; other figures are not judged here. */
  eligible(fact: number, asked: NameQuestion): boolean {
    if (this.kinds[fact] !== 'name') return true;
    return (
      asked.roles.every((pair) => this.names(fact, pair)) &&
      asked.titles.every((pair) => this.names(fact, pair) && (asked.deputy || this.deputyTitles[fact]?.has(pair) !== true)) &&
      asked.titledBodies.every((titled) => this.ownWords[fact]?.includes(` ${titled} `) === true)
    );
  }
}
