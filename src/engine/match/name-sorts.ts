import { analyze, type Word } from '../text/analyze.js';
import { fold } from '../text/fold.js';
import { SURNAMES } from '../text/surnames.js';

/**
 * A figure of kind "name" is a person ("Trịnh Văn Tâm"), a body ("Phòng Cảnh sát điều
 * tra …", "Sở Y tế") or a motto (the quoted "Kỷ cương, bản lĩnh …"). One sentence often
 * holds several, with the same words around them: the question says which sort it wants,
 * "ai …" a person, "cơ quan nào / đơn vị nào" a body, "khẩu hiệu / phương châm" a motto.
 */
export type NameSort = 'person' | 'body' | 'motto';

/** What a name's rank is worth when it is of another sort than asked (a person, asked "đơn vị nào"). */
export const OTHER_SORT_RANK = 0.9;

/** First words of bodies' names, folded: "Phòng …", "Sở …", "Công an …", "Huyện ủy …". */
const BODY_HEADS: readonly string[] = [
  'phong', 'so', 'ban', 'cuc', 'chi cuc', 'cong an', 'uy ban', 'ubnd', 'hoi dong', 'hdnd', 'trung tam', 'benh vien', 'vien',
  'van phong', 'doi', 'toa an', 'mat tran', 'kho bac', 'bo chi huy', 'huyen uy', 'tinh uy', 'thanh uy', 'quan uy', 'dang uy', 'dang bo',
];
const QUOTES = new Set(['"', '“', '«', "'"]);

/** The sort of a name by its form and where it stands in its sentence; null when neither says. */
export function nameSort(figure: string, sentence: string): NameSort | null {
  const at = sentence.indexOf(figure);
  if (at > 0 && QUOTES.has(sentence[at - 1] ?? '')) return 'motto';
  const syllables = figure.trim().split(/\s+/u);
  const capitalized = syllables.every((s) => /^\p{Lu}/u.test(s));
  if (capitalized && syllables.length >= 2 && syllables.length <= 5 && SURNAMES.has(syllables[0] ?? '')) return 'person';
  const folded = ` ${fold(figure.normalize('NFC')).toLowerCase()} `;
  return BODY_HEADS.some((head) => folded.startsWith(` ${head} `)) ? 'body' : null;
}

/** Phrases that ask for each sort, most specific first: "cơ quan nào" holds no "ai", but "ai" may stand beside a motto's cue. */
const ASKING: readonly (readonly [NameSort, readonly string[]])[] = [
  ['motto', ['phương châm', 'khẩu hiệu', 'chủ đề', 'thông điệp', 'motto', 'slogan', 'theme']],
  ['body', ['cơ quan nào', 'đơn vị nào', 'tổ chức nào', 'lực lượng nào', 'which body', 'what body', 'which agency', 'which unit', 'which organisation', 'which organization', 'which department', 'which force']],
  ['person', ['ai', 'who', 'whom', 'đồng chí nào', 'ông nào', 'bà nào', 'which official', 'whose name']],
];
const ASKING_WORDS = ASKING.map(([sort, phrases]) => [sort, phrases.map((p) => analyze(p, 'any').words.map((w) => w.folded))] as const);

/** The sort of name a question asks for, or null when it asks none. */
export function askedSort(words: readonly Word[]): NameSort | null {
  const folded = words.map((w) => w.folded);
  const holds = (phrase: readonly string[]): boolean => folded.some((_, i) => phrase.every((w, k) => folded[i + k] === w));
  for (const [sort, phrases] of ASKING_WORDS) if (phrases.some(holds)) return sort;
  return null;
}
