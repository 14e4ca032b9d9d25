import { canonicalSpelling, fold } from './fold.js';

/** The form words are compared in: folded, "by" spelled as "bi" like every consonant + y. */
const key = (word: string): string => canonicalSpelling(fold(word));

/**
 * Words that carry the shape of a question rather than its subject. They still help
 * rank ("ai" fits "Ai tổ chức hội nghị?"), but a question is not judged on them:
 * "cho mình hỏi với" says nothing about which fact is wanted.
 */
// Chat shorthand ("ko", "j", "vs") is expanded before this list is consulted.
const VIETNAMESE = [
  'là', 'gì', 'nào', 'ai', 'bao', 'nhiêu', 'mấy', 'của', 'và', 'cho', 'mình', 'tôi', 'em', 'anh',
  'chị', 'bạn', 'ơi', 'ạ', 'à', 'nhé', 'nha', 'vậy', 'thế', 'như', 'không', 'có', 'được', 'đã',
  'sẽ', 'ra', 'sao', 'thì', 'ở', 'tại', 'trong', 'biết', 'xin', 'vui', 'lòng', 'giúp', 'hãy',
  'nói', 'trả', 'lời', 'về', 'nhỉ', 'hả', 'đây', 'đó', 'này', 'kia', 'những', 'các', 'một',
  'hỏi', 'cái', 'bài', 'theo', 'thông', 'tin', 'chút', 'luôn', 'với', 'nhờ', 'rồi',
  'khi', 'bị', 'đâu', 'hay', 'hoặc', 'mà', 'lại', 'vẫn', 'còn', 'thôi', 'nữa', 'ah', 'uh', 'ok',
  'đi', 'ấy', 'cô', 'chú', 'ông', 'bà', 'mọi', 'người', 'con',
  // Addressing the bot in a chat: "ad ơi", "bot ơi".
  'ad', 'admin', 'bot',
  // Frames of a question rather than its subject: "tên (là) gì", "hôm nào", "hôm nay", "khoản (thu) nào".
  'tên', 'hôm',
];

const ENGLISH = [
  'what', 'was', 'is', 'are', 'were', 'be', 'been', 'the', 'a', 'an', 'of', 'in', 'on', 'for', 'how',
  'much', 'many', 'did', 'does', 'do', 'to', 'which', 'by', 'and', 'it', 'its', 'this', 'that',
  'there', 'tell', 'me', 'please', 'about', 'at', 'as', 'with', 'from', 'i', 'you', 'we', 'they',
  'can', 'could', 'would', 'should', 'know', 'want', 'hey', 'pls', 'plz', 'say', 'says', 'report',
  'article', 'piece', 'story', 'news', 'post', 'according', 'give', 'get', 'whats', 'any', 'some', 'has', 'have', 'had',
  'or', 'so', 'than', 'up', 'out', 'into', 'their', 'our', 'your', 'my', 'us', 'will',
  // The report's own time: "now", "currently" ask nothing a figure must hold ("last year" may: "năm trước").
  'now', 'currently', 'overall',
  // Pronouns and fillers of a standard English stop list, but not the words that compare or
  // bound a figure ("more", "over", "before", "not", "only", "very" of "very serious").
  'am', 'being', 'he', 'she', 'him', 'her', 'his', 'them', 'these', 'those', 'if', 'all', 'each',
  'both', 'such', 'too', 'here', 'again', 'ever', 'yet', 'also', 'just', 'even', 'then', 'really',
  'actually', 'exactly', 'roughly', 'approximately',
  // What the Vietnamese list has as "còn", "đi", "được": "how many … are left", "went", "got".
  'left', 'remaining', 'remain', 'remains', 'still', 'went', 'gone', 'got',
];

/**
 * Folded forms that are subjects in their own right: typed without marks, "chi" is
 * spending (not "chị"), "ban" a committee (not "bạn"), "hoi" a conference (not "hỏi"),
 * "so" the "số" of "dân số" (not English "so"), "dau" the "đầu" of "đầu tư" (not "đâu"),
 * "noi" the "nội" of "thu nội địa" (not "nói").
 */
const SUBJECTS_WHEN_UNMARKED = new Set(['chi', 'ban', 'hoi', 'do', 'trong', 'so', 'dau', 'noi']);

/** Exact forms, for tokens the user typed with diacritics. */
const marked = new Set([...VIETNAMESE.map((w) => w.normalize('NFC')), ...ENGLISH]);
/** Folded forms, for tokens typed without diacritics. */
const unmarked = new Set([...VIETNAMESE, ...ENGLISH].map(key).filter((w) => !SUBJECTS_WHEN_UNMARKED.has(w)));

/**
 * English question words that are also Vietnamese syllables typed without marks: "to" of
 * "to chuc" (tổ chức), "an" of "an ninh", "can" of "can bo" (cán bộ), "the" of "the thao".
 */
export const ENGLISH_ONLY_STOP_WORDS: ReadonlySet<string> = new Set(ENGLISH.map(key).filter((w) => !VIETNAMESE.map(key).includes(w)));

/** Every stop word in folded form: the speller knows them, so "nhieuu" is not an unknown subject. */
export const FOLDED_STOP_WORDS: readonly string[] = [...new Set([...VIETNAMESE, ...ENGLISH].map(key))];

/**
 * @param word the token as typed, lowercased and NFC
 * @param folded its folded form, in canonical spelling
 * @param hasMarks whether the user typed diacritics on it
 */
export function isStopWord(word: string, folded: string, hasMarks: boolean): boolean {
  return hasMarks ? marked.has(word) : unmarked.has(folded);
}
