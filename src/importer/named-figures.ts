import { SURNAMES } from '../engine/text/surnames.js';
import type { FigureSpan } from './figure-scan.js';

/**
 * The named things people ask about a meeting: who held it, who chaired it, who spoke,
 * the year's motto. Each is a figure of kind "name" with its own context: the words from the name
 * (or the motto's cue) to the verb that says what the person did, across the comma of
 * a title ("do đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy chủ trì").
 */
export interface NamedSpan extends FigureSpan {
  readonly contextStart: number;
  readonly contextEnd: number;
}

const SYLLABLE = String.raw`\p{Lu}[\p{Ll}\p{M}]*`;
const NAME = String.raw`${SYLLABLE}(?: ${SYLLABLE}){1,3}`;
const HONORIFIC = String.raw`(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Ee]m|[Aa]nh|[Cc]hị|Mr\.?|Mrs\.?|Ms\.?)`;
/** What a chair does, and what a speaker does, in report prose. */
const CHAIR_VERBS = String.raw`(?:đồng chủ trì|chủ trì|chủ tọa|chủ toạ|điều hành|chaired|presided)`;
const SPEAKER_VERBS = String.raw`(?:phát biểu|nhấn mạnh|chỉ đạo|yêu cầu|đề nghị|khẳng định|cho biết|kết luận|trình bày|chúc mừng|biểu dương|ghi nhận|đánh giá|said|stressed|spoke)`;
/** What a person named in the news did: won a prize, led a ring, was elected. */
const DEED_VERBS = String.raw`(?:giành|đoạt|cầm đầu|được bầu|trúng cử|được bổ nhiệm|won|led)`;
/** Verbs whose object is the person: "bầu bổ sung đồng chí Vương Thị Lan", "bổ nhiệm ông X". */
const APPOINT_VERBS = String.raw`(?:bầu bổ sung|bầu|bổ nhiệm|giới thiệu|khen thưởng|elected|appointed)`;
/** A title between the name and the verb: ", Bí thư Tỉnh ủy," (no sentence stop inside). */
const TITLE = String.raw`(?:, [^.;:!?]{1,120}?,?)?`;

const ROLE_VERBS = `(?:${CHAIR_VERBS.slice(3, -1)}|${SPEAKER_VERBS.slice(3, -1)}|${DEED_VERBS.slice(3, -1)})`;
const APPOINTED = new RegExp(String.raw`${APPOINT_VERBS} ${HONORIFIC} (${NAME})`, 'gu');
/** The body whose report the figures come from: "Theo báo cáo của Sở Kế hoạch và Đầu tư, …". */
const REPORTER = /(?:[Tt]heo báo cáo của|[Bb]áo cáo của) (\p{Lu}[^,;:.“”\d]{2,80}?)(?=[,;:.]| cho biết| tại)/gu;
const HONORED = new RegExp(String.raw`(?:(?:do|Do) )?${HONORIFIC} (${NAME})${TITLE} ${ROLE_VERBS}`, 'gu');
const CHAIR_NAMED_AFTER = new RegExp(String.raw`(?:[Cc]hủ trì[^.;]{0,40}? (?:có|là|gồm) (?:các )?${HONORIFIC}|(?:chaired|presided over|addressed) by(?: ${HONORIFIC})?) (${NAME})`, 'gu');
/**
 * "Bí thư Quận ủy Bắc Từ Liêm Vũ Hà phát biểu", "Thiếu tướng Trần Văn Nam, Giám đốc
 * Công an thành phố chủ trì": capitals holding a family name, maybe a title, the verb.
 */
const TITLED = new RegExp(String.raw`((?:${SYLLABLE} ){1,7}${SYLLABLE})${TITLE} ${ROLE_VERBS}`, 'gu');
/** The body that holds the meeting: "Ban Chấp hành Đảng bộ quận Bắc Từ Liêm tổ chức Hội nghị". */
const ORGANIZER = /(?:^|[,;:] )(\p{Lu}[^,;:.“”\d]{2,90}?) (?:đã )?(?:long trọng )?(?:tổ chức|khai mạc) (?:Hội nghị|hội nghị|Kỳ họp|kỳ họp|Đại hội|đại hội|Hội thảo|hội thảo|Lễ|lễ|phiên họp)/gu;
/** The places a count names: "1 xã đạt chuẩn … là xã Hưng Thủy", "3 xã … là Thạch Lâm, Đồng Lạc và Yên Phú". */
const PLACE_NAME = String.raw`\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3}`;
const NAMED_PLACES = new RegExp(
  String.raw`(?<![\p{L}])là (?:các )?(?:(?:xã|phường|thị trấn|huyện|quận|thôn|tỉnh) )?(${PLACE_NAME}(?:(?:, | và )${PLACE_NAME})*)`,
  'gu',
);
/** The words bodies' names begin with: "Phòng Cảnh sát …", "Sở Y tế", "Trung tâm Y tế huyện …". */
const BODY_HEAD = String.raw`(?:Phòng|Sở|Ban|Cục|Chi cục|Công an|Ủy ban|Uỷ ban|UBND|Hội đồng|HĐND|Trung tâm|Bệnh viện|Viện|Văn phòng|Đội|Tòa án|Toà án|Viện kiểm sát|Mặt trận|Kho bạc|Bộ Chỉ huy)`;
/**
 * A body that did something, at the head of a clause: "Phòng Cảnh sát điều tra tội phạm
 * về ma túy đã triệt phá …". "(cũng) đã / vừa / đang" ends the name, which may hold lower-case words.
 */
const BODY_DOER = new RegExp(String.raw`(?:^|[,;:] )(${BODY_HEAD} [^,;:.“”"\d]{2,80}?)(?: cũng| đều| vẫn)? (?:đã|vừa|đang) (?=\p{Ll})`, 'gu');
const MOTTO = /(?:chủ đề|khẩu hiệu|phương châm|thông điệp|slogan|theme|motto)[^“”".;]{0,60}?[“"]([^“”"]{3,200})[”"]/giu;

/** The person at the end of a run of capitalised syllables: from its first family name among the last four. */
function personIn(run: string): { name: string; offset: number } | null {
  const syllables = run.split(' ');
  for (let i = Math.max(0, syllables.length - 4); i <= syllables.length - 2; i += 1) {
    if (SURNAMES.has(syllables[i] ?? '')) {
      const name = syllables.slice(i).join(' ');
      return { name, offset: run.length - name.length };
    }
  }
  return null;
}

function spanOf(match: RegExpExecArray, group: number): NamedSpan {
  const whole = match[0];
  const inner = match[group] ?? '';
  const start = match.index + whole.indexOf(inner);
  return { figure: inner, kind: 'name', start, end: start + inner.length, contextStart: match.index, contextEnd: match.index + whole.length };
}

/** Chairs, speakers, bodies and mottos of one sentence, each once. */
export function scanNamedFigures(sentence: string): NamedSpan[] {
  const found: NamedSpan[] = [];
  const add = (span: NamedSpan): void => {
    if (!found.some((f) => f.start < span.end && span.start < f.end)) found.push(span);
  };
  for (const match of sentence.matchAll(HONORED)) add(spanOf(match, 1));
  for (const match of sentence.matchAll(CHAIR_NAMED_AFTER)) add(spanOf(match, 1));
  for (const match of sentence.matchAll(TITLED)) {
    const person = personIn(match[1] ?? '');
    if (person === null) continue;
    const start = match.index + person.offset;
    add({ figure: person.name, kind: 'name', start, end: start + person.name.length, contextStart: match.index, contextEnd: match.index + match[0].length });
  }
  for (const match of sentence.matchAll(ORGANIZER)) {
    // A body is a name, so it starts with one ("Ban", "Huyện ủy", "Công an"), not a verb phrase.
    if ((match[1] ?? '').split(' ').length <= 12) add(spanOf(match, 1));
  }
  for (const match of sentence.matchAll(BODY_DOER)) if ((match[1] ?? '').split(' ').length <= 12) add(spanOf(match, 1));
  for (const match of sentence.matchAll(MOTTO)) add(spanOf(match, 1));
  for (const match of sentence.matchAll(APPOINTED)) add(spanOf(match, 1));
  for (const match of sentence.matchAll(NAMED_PLACES)) add(spanOf(match, 1));
  for (const match of sentence.matchAll(REPORTER)) if ((match[1] ?? '').split(' ').length <= 12) add(spanOf(match, 1));
  return found.sort((a, b) => a.start - b.start);
}
