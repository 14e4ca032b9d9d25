/**
 * The report's event date (YYYY-MM-DD), from the article's own dates. The rule:
 * 1. The event: the first dated sentence of the lead (title and first three paragraphs)
 *    that names a meeting ("hội nghị", "kỳ họp", "tổng kết", "conference" …) or opens on
 *    its date ("Ngày 13/12, …", "Sáng 9/1, …").
 * 2. Otherwise the closing date: the latest day the article names ("tính đến 20/12").
 * 3. The year: the date's own ("13/12/2022"); else the first year the event's sentence
 *    names ("tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025" → 2024), else the
 *    title's, else the one the article names most (ties: the earlier, the year summed up).
 *    A January or February date moves on by one when the article also names the next
 *    year: a January meeting sums up the year before and plans this one.
 *    With no single year anywhere, a school or crop year in the event's sentence or the
 *    title ("năm học 2023-2024") gives its first year from August on, its second before.
 *    With neither, the year the article's full dates hold ("13/12/2022").
 * 4. No day at all: the end of that year (30 June for a "6 tháng đầu năm" report); no
 *    year at all: `today`.
 */

export interface DatedSentence {
  /** The date as written: "13/12", "20/12/2024", "ngày 9 tháng 1", "December 13, 2022". */
  readonly figure: string;
  readonly sentence: string;
  readonly paragraph: number;
}

interface Day {
  readonly day: number;
  readonly month: number;
  readonly year: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EVENT_WORDS = /hội nghị|kỳ họp|phiên họp|hội thảo|đại hội|tổng kết|sơ kết|khai mạc|bế mạc|họp|lễ|conference|meeting|session|ceremony/iu;
const OPENS_ON_DATE = /^(?:\(?[\p{L} ]{0,20}\)?\s*[-–]\s*)?(?:ngày|sáng|chiều|tối|trưa|hôm|on)\b/iu;
const LEAD_PARAGRAPHS = 4;

/** A day that exists: an article's typo ("31/2") must not become the report's date. A day with no year may be 29/2. */
function isDay(day: Day): boolean {
  const year = day.year ?? 2000;
  const date = new Date(Date.UTC(year, day.month - 1, day.day));
  return date.getUTCMonth() === day.month - 1 && date.getUTCDate() === day.day;
}

/** Day, month and maybe year of one written date, or null for a month alone or a day that does not exist. */
export function readDate(figure: string): Day | null {
  const day = writtenDate(figure);
  return day !== null && isDay(day) ? day : null;
}

function writtenDate(figure: string): Day | null {
  const digits = /(\d{1,2})(?:[/-]| tháng )(\d{1,2})(?:(?:[/-]| năm )(\d{4}))?/u.exec(figure);
  if (digits) return { day: Number(digits[1]), month: Number(digits[2]), year: digits[3] === undefined ? null : Number(digits[3]) };
  const word = /([A-Za-z]{3})[a-z]*\.? (\d{1,2})|(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3})/u.exec(figure);
  if (!word) return null;
  const month = MONTHS.indexOf((word[1] ?? word[4] ?? '').toLowerCase()) + 1;
  const year = /\b(\d{4})\b/.exec(figure)?.[1];
  return month === 0 ? null : { day: Number(word[2] ?? word[3]), month, year: year === undefined ? null : Number(year) };
}

/** The year the article names most; ties go to the earlier year. */
function mainYear(article: string): { year: number; names: (y: number) => boolean } | null {
  const counts = new Map<number, number>();
  // Years of a term ("2020-2025") are not the report's year.
  const text = article.replace(/(?:19|20)\d{2} ?[-–] ?(?:19|20)\d{2}/g, ' ');
  for (const match of text.matchAll(/(?<![\d.,/])(?:19|20)\d{2}(?![\d.,]\d)/g)) counts.set(Number(match[0]), (counts.get(Number(match[0])) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > (counts.get(best) ?? 0) || (count === counts.get(best) && year < best)) best = year;
  return best === null ? null : { year: best, names: (y) => counts.has(y) };
}

const iso = (year: number, month: number, day: number): string => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const firstYear = (text: string): number | null => {
  const found = /(?<![\d.,/])(?:19|20)\d{2}(?![\d.,]\d| ?[-–] ?(?:19|20)\d{2})/.exec(text.replace(/(?:19|20)\d{2} ?[-–] ?(?:19|20)\d{2}/g, ' '));
  return found === null ? null : Number(found[0]);
};

/** A school or crop year ("năm học 2023-2024"): its first year from August, its second before. */
function seasonYear(text: string, month: number): number | null {
  const season = /(?<!\d)((?:19|20)\d{2}) ?[-–] ?((?:19|20)\d{2})(?!\d)/.exec(text);
  if (season === null || Number(season[2]) !== Number(season[1]) + 1) return null;
  return month >= 8 ? Number(season[1]) : Number(season[2]);
}

/** With no year written on its own, the years of the article's full dates ("13/12/2022") are its years: the one written most, ties the later. */
function yearOfDates(read: readonly Day[]): number | null {
  const counts = new Map<number, number>();
  for (const { year } of read) if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > (counts.get(best) ?? 0) || (count === counts.get(best) && year > best)) best = year;
  return best;
}

export function eventDate(article: string, dates: readonly DatedSentence[], today: Date): string {
  const read = dates.flatMap((d) => {
    const day = readDate(d.figure);
    return day === null ? [] : [{ ...d, ...day }];
  });
  const event =
    read.find((d) => d.paragraph < LEAD_PARAGRAPHS && (EVENT_WORDS.test(d.sentence) || OPENS_ON_DATE.test(d.sentence))) ??
    [...read].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.month - b.month || a.day - b.day).at(-1);
  const main = mainYear(article);
  const title = article.split('\n').find((l) => l.trim() !== '') ?? '';
  if (event === undefined) {
    if (main === null) return today.toISOString().slice(0, 10);
    return /6 tháng đầu năm|first half/iu.test(article) ? iso(main.year, 6, 30) : iso(main.year, 12, 31);
  }
  if (event.year !== null) return iso(event.year, event.month, event.day);
  if (main === null) {
    const season = seasonYear(event.sentence, event.month) ?? seasonYear(title, event.month);
    return iso(season ?? yearOfDates(read) ?? today.getUTCFullYear(), event.month, event.day);
  }
  const base = firstYear(event.sentence) ?? firstYear(title) ?? main.year;
  return iso(event.month <= 2 && main.names(base + 1) ? base + 1 : base, event.month, event.day);
}
