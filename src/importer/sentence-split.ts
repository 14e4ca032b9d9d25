/**
 * Sentences of an article, each a verbatim slice of it. A line is a paragraph; inside
 * one, a sentence ends at . ! ? … only where the next sentence visibly starts (a space,
 * then a capital, a digit or an opening quote). So "12,37%", "2.340", "20/12/2024",
 * "TP.HCM" and "Q.3" never end one (no space after the dot), and neither do the
 * abbreviations of titles and places before a name ("TS. Lê Văn B", "TP. Hà Nội"), nor
 * does a stop inside a short “quotation”.
 */

export interface Sentence {
  readonly text: string;
  /** Index of its paragraph (line) among the article's non-empty lines. */
  readonly paragraph: number;
}

/** Words written with a dot before a name: they never end a sentence. */
const ABBREVIATIONS = new Set([
  'TP', 'Tp', 'tp', 'Q', 'P', 'X', 'H', 'TX', 'TT', 'TS', 'ThS', 'PGS', 'GS', 'BS', 'BSCKI', 'BSCKII', 'KS', 'CN', 'NSƯT', 'NSND', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'No', 'Co', 'Ltd', 'Inc', 'vs',
]);
const TERMINATOR = /[.!?…]+/gu;
const CLOSERS = /^[”"’'»)\]]*/u;
const STARTER = /^\s+(?=[\p{Lu}\p{N}“"‘'«([–-])/u;

function endsWithAbbreviation(before: string): boolean {
  const word = /(\S+)$/u.exec(before)?.[1] ?? '';
  const bare = word.replace(/^[(“"‘']+/u, '');
  // A single capital ("Nguyễn V. A") is an initial.
  return ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(bare);
}

/** A quotation longer than this is a quoted passage of several sentences: it may split. */
const MAX_QUOTE = 300;

/** Spans of “curly quotes” that close: a sentence never ends inside one. */
function quotations(line: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of line.matchAll(/“[^“”]*”/gu)) {
    if (match[0].length <= MAX_QUOTE) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Splits one paragraph (no line breaks) into trimmed verbatim sentences. */
export function splitParagraph(line: string): string[] {
  const sentences: string[] = [];
  const quoted = quotations(line);
  let start = 0;
  for (const match of line.matchAll(TERMINATOR)) {
    const at = match.index;
    // Inside a quotation, unless the stop is its last word: “… hành động.” ends there.
    if (quoted.some((q) => at > q.start && at + match[0].length < q.end - 1)) continue;
    let end = at + match[0].length;
    end += CLOSERS.exec(line.slice(end))?.[0].length ?? 0;
    const rest = line.slice(end);
    if (rest.trim() !== '' && !STARTER.test(rest)) continue;
    if (match[0] === '.' && endsWithAbbreviation(line.slice(start, at))) continue;
    const text = line.slice(start, end).trim();
    if (text !== '') sentences.push(text);
    start = end;
  }
  const tail = line.slice(start).trim();
  if (tail !== '') sentences.push(tail);
  return sentences;
}

/**
 * Every sentence of the article in order. A line repeated later (the headline
 * printed again above a photo, a caption used twice) gives its sentences once.
 */
export function splitSentences(article: string): Sentence[] {
  const seen = new Set<string>();
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const raw of article.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (!seen.has(line)) {
      seen.add(line);
      for (const text of splitParagraph(line)) sentences.push({ text, paragraph });
    }
    paragraph += 1;
  }
  return sentences;
}
