/**
 * What a report is about: the places and bodies of its title and lead ("huyện Cẩm
 * Giàng", "Quận 3", "Công an thành phố"), each with the short forms people type
 * ("Cẩm Giàng", "Q3", "CATP", "BTL"). These words choose a report, never a fact.
 */

import { SURNAMES } from '../engine/text/surnames.js';

const SYLLABLE = String.raw`\p{Lu}[\p{Ll}\p{M}]*`;
const PROPER = String.raw`${SYLLABLE}(?: ${SYLLABLE}){0,3}`;
const UNIT = String.raw`tỉnh|Tỉnh|thành phố|Thành phố|TP\.|TP|Tp\.|huyện|Huyện|quận|Quận|thị xã|Thị xã|thị trấn|Thị trấn|xã|Xã|phường|Phường`;
const PLACE = new RegExp(String.raw`(?<![\p{L}])(${UNIT}) ?(${PROPER}|\d{1,2}(?![\p{N}/]|[.,]\d))(?![\p{L}\p{N}])`, 'gu');
/** One word group of a department's name: "Y tế", "Giáo dục", "Phát triển nông thôn". */
const DEPARTMENT = String.raw`${SYLLABLE}(?: (?!(?:tỉnh|thành|huyện|quận|thị|xã|phường|tổ|tại|đã|có|cho|về|với|là|và)(?![\p{L}]))[\p{Ll}]+){0,1}`;
/** Bodies named in the genre: the police, departments, people's committees, party committees. */
const BODY = new RegExp(
  String.raw`(?<![\p{L}])(Công an (?:tỉnh|thành phố|huyện|quận|thị xã|TP)(?: ${PROPER})?|Sở ${DEPARTMENT}(?:(?: và|,| –) ${DEPARTMENT}){0,3}(?: (?:tỉnh|thành phố) ${PROPER})?|Bệnh viện (?:${PROPER})|Phòng ${DEPARTMENT}(?:(?: và|,| –) ${DEPARTMENT}){0,3}(?: (?:quận|huyện|Quận|Huyện|thị xã) (?:${PROPER}|\d{1,2}))|(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân) (?:tỉnh|thành phố|huyện|quận|thị xã) ${PROPER}|(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy ${PROPER})`,
  'gu',
);

/** English: "Cam Giang district", "Thai Binh province", "District 3". */
const PLACE_EN = new RegExp(String.raw`(?<![\p{L}])(?:(${PROPER}) (district|province|city|commune|ward|town)|(District|Ward) (\d{1,2}))(?![\p{L}\p{N}])`, 'gu');
const EN_UNITS = new Set(['District', 'Province', 'City', 'Commune', 'Ward', 'Town', 'The', 'In', 'On', 'At']);

function englishPlaces(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of text.matchAll(PLACE_EN)) {
    const [full, name, , unit, number] = match;
    if (name !== undefined) {
      const words = name.split(' ').filter((w) => !EN_UNITS.has(w));
      if (words.length > 0) found.set(full.toLowerCase(), [full, words.join(' ')]);
    } else if (unit !== undefined && number !== undefined) {
      found.set(full.toLowerCase(), [full, `${unit[0] ?? ''}${number}`]);
    }
  }
  return found;
}

const CAPITAL = /^\p{Lu}/u;

/**
 * "Chủ tịch UBND huyện Thạch Sơn Lê Văn Nghĩa": the press writes the holder's name
 * right after the place of a title, so the capitals run on. A place's name has two
 * syllables at least; from the third on, a family name with a syllable after it (or the
 * run going on past what was matched) starts the person, and the place ends there.
 */
export function withoutHolder(name: string, runGoesOn: boolean): string {
  const words = name.split(' ');
  let start = words.length;
  while (start > 0 && CAPITAL.test(words[start - 1] ?? '')) start -= 1;
  for (let i = start + 2; i < words.length; i += 1) {
    const followed = i < words.length - 1 || runGoesOn;
    if (followed && SURNAMES.has(words[i] ?? '')) return words.slice(0, i).join(' ');
  }
  return name;
}

/** Whether capitalised syllables go on right after a match ending at `end`. */
function goesOn(text: string, end: number): boolean {
  return /^ \p{Lu}/u.test(text.slice(end, end + 2));
}

const UNIT_SHORT: Readonly<Record<string, string>> = { quận: 'Q', phường: 'P', huyện: 'H', xã: 'X' };
const LETTER = /^\p{L}/u;

/** Initials, keeping Đ: "Bắc Từ Liêm" → "BTL", "Công an thành phố" → "CATP". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => LETTER.exec(w)?.[0] ?? '')
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toUpperCase();
}

/** A place with its forms: "quận Bắc Từ Liêm", "Bắc Từ Liêm", "BTL"; "Quận 3", "Q3", "Q.3". */
function placeForms(full: string, unit: string, name: string): string[] {
  const lower = unit.toLowerCase().replace(/\.$/, '');
  if (/^\d+$/.test(name)) {
    const letter = UNIT_SHORT[lower];
    return letter === undefined ? [full] : [full, `${letter}${name}`, `${letter}.${name}`];
  }
  const forms = [full, name];
  if (name.split(' ').length >= 3) forms.push(initials(name));
  if (lower === 'tp' || lower === 'thành phố') forms.push(`TP ${name}`);
  if ((lower === 'tp' || lower === 'thành phố') && name.split(' ').length >= 3) forms.push(`TP.${initials(name)}`, `TP${initials(name)}`);
  return forms;
}

function bodyForms(body: string): string[] {
  const generic = /^Công an (tỉnh|thành phố|huyện|quận|thị xã|TP)/u.exec(body)?.[0];
  const forms = [body];
  if (generic !== undefined && generic !== body) forms.push(generic);
  // "CATP", "CAT": the police are the one body people shorten to initials.
  if (generic !== undefined) forms.push(initials(generic.replace(/ TP$/, ' thành phố')));
  return forms;
}

export interface SubjectInput {
  readonly title: string;
  /** The article's paragraphs after the title, in order. */
  readonly paragraphs: readonly string[];
}

/**
 * The title's and lead's places and bodies, then any place the whole article names
 * three times or more. The lead is the first two paragraphs: where a report says whose
 * year it sums up. Bodies (police, departments, committees) count only in the title and the
 * first sentence of each lead paragraph, where the report names who holds the meeting,
 * not who attended it.
 */
export function reportSubject({ title, paragraphs }: SubjectInput): string[] {
  const lead = [title, ...paragraphs.slice(0, 2)].join('\n');
  // Bodies only where the report says whose it is: the title, and each lead paragraph's first sentence.
  const opening = [title, ...paragraphs.slice(0, 2).map((p) => /^.*?[.!?](?=\s|$)/u.exec(p)?.[0] ?? p)].join('\n');
  const all = [title, ...paragraphs].join('\n');
  const counts = new Map<string, { full: string; unit: string; name: string; count: number }>();
  const places = (text: string) =>
    [...text.matchAll(PLACE)].map((match) => {
      const [whole, unit = '', found = ''] = match;
      const name = withoutHolder(found, goesOn(text, match.index + whole.length));
      return { full: whole.slice(0, whole.length - found.length) + name, unit, name };
    });
  for (const { full, unit, name } of places(all)) {
    const key = `${unit.toLowerCase().replace(/\.$/, '').replace(/^tp$/, 'thành phố')} ${name}`;
    const seen = counts.get(key) ?? { full, unit, name, count: 0 };
    seen.count += 1;
    counts.set(key, seen);
  }
  const inLead = new Set(places(lead).map((p) => p.name));
  const forms: string[] = [];
  for (const { full, unit, name, count } of counts.values()) {
    if (inLead.has(name) || count >= 3) forms.push(...placeForms(full, unit, name));
  }
  for (const match of opening.matchAll(BODY)) forms.push(...bodyForms(withoutHolder((match[1] ?? '').trim(), goesOn(opening, match.index + match[0].length))));
  for (const names of englishPlaces(lead).values()) forms.push(...names);
  const unique: string[] = [];
  const keys = new Set<string>();
  for (const form of forms) {
    const key = form.toLowerCase();
    if (!keys.has(key)) {
      keys.add(key);
      unique.push(form);
    }
  }
  return unique;
}
