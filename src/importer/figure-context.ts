import type { FigureSpan } from './figure-scan.js';
import type { NamedSpan } from './named-figures.js';

/**
 * Which words of a sentence belong to which of its figures. The rule, in order:
 * 1. The sentence is cut into clauses at ; : ( ) and at a comma followed by a space
 *    (never inside “quotes”, never the comma of "12,37"), and before "trong đó".
 * 2. A clause holding several figures is cut again between each two, at the first
 *    comparison word after the earlier figure ("đạt", "bằng", "tăng", "giảm", "so với",
 *    "chiếm", "vượt", "trong đó", "đến" …), else right after the earlier figure.
 *    A figure that restates the one before it in other terms ("giảm 28 vụ (tương đương 8,2%)")
 *    takes that one's words too.
 * 3. Clauses with no figure before the first figure clause are the sentence's lead-in
 *    (its subject: "Cụ thể, đối với công tác xây dựng Đảng, Ban Thường vụ …"): they join
 *    the first figure's context. Clauses with no figure between or after figures stay out.
 *    The subject is never carried further: later clauses keep only their own words
 *    ("giảm 37 vụ so với cùng kỳ"), and the engine reads what they share from the sentence.
 * 4. A clause that is only its figure is not a phrase of its own: a date with at most two
 *    words ("Ngày 13/12", "Sáng ngày 9/1") frames what follows and takes the next clause
 *    too (the event it dates); any other bare figure continues a list ("nhiệm kỳ
 *    2020-2025, 2021-2026") and takes the clause before it, unless it is a count that opens
 *    a list of what it counts ("138/142 xã, phường, thị trấn đạt …"): that takes the clauses
 *    after it up to the next figure.
 * 5. A name's context runs from its clause's start to the end of the clause holding the
 *    verb that makes it a chair or speaker, across the title's commas.
 * Every context is a verbatim slice of the sentence and holds its figure.
 */

interface Range {
  start: number;
  end: number;
}

const CUE_WORDS = /(?<![\p{L}])(?:đối với|đạt|bằng|tăng|giảm|so với|chiếm|vượt|trong đó|gồm|còn|đến|tới|với|hơn|và|up|down|compared|of which|against)(?![\p{L}])/gu;

/** Clause ranges of the sentence (rule 1). */
function clauses(sentence: string): Range[] {
  const cuts: number[] = [];
  let quoted = false;
  for (let i = 0; i < sentence.length; i += 1) {
    const ch = sentence[i];
    if (ch === '“') quoted = true;
    else if (ch === '”') quoted = false;
    if (quoted) continue;
    if (ch === ';' || ch === ':' || ch === '(' || ch === ')') cuts.push(i);
    else if (ch === ',' && /\s/.test(sentence[i + 1] ?? '')) cuts.push(i);
  }
  for (const match of sentence.matchAll(/(?<=\p{L} )trong đó(?![\p{L}])/gu)) cuts.push(match.index);
  cuts.sort((a, b) => a - b);
  const ranges: Range[] = [];
  let start = 0;
  for (const cut of [...cuts, sentence.length]) {
    if (cut > start) ranges.push({ start, end: cut });
    start = cut;
  }
  return ranges;
}

/** Shrinks a range to its words: no separators or stops at either end. */
function trimmed(sentence: string, range: Range): Range {
  const text = sentence.slice(range.start, range.end);
  const lead = text.length - text.replace(/^[\s,;:()–-]+/u, '').length;
  const tail = text.length - text.replace(/[\s,;:(–.…!?-]+$/u, '').length;
  return { start: range.start + lead, end: Math.max(range.start + lead, range.end - tail) };
}

/** Rule 2: pieces of one clause, one per figure it holds. */
function piecesOf(sentence: string, clause: Range, spans: readonly FigureSpan[]): Range[] {
  const pieces: Range[] = [];
  let start = clause.start;
  for (let i = 0; i < spans.length - 1; i += 1) {
    const here = spans[i];
    const next = spans[i + 1];
    if (here === undefined || next === undefined) continue;
    const gap = sentence.slice(here.end, next.start);
    CUE_WORDS.lastIndex = 0;
    const cue = CUE_WORDS.exec(gap);
    const cut = cue === null ? here.end : here.end + cue.index;
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end: clause.end });
  return pieces;
}

/** What stands between a figure and the same figure in other terms: " (tương đương ", " (", ", tức ". */
const RESTATES = /^\s*(?:\(\s*(?:tương đương|tức là|tức|bằng|khoảng|equivalent to|or)?|,?\s*(?:tương đương|tức là|tức|equivalent to))\s*$/u;

/** Figures that count things, whose list of what is counted may follow ("138/142 xã, phường, thị trấn"). */
const COUNTED_KINDS: ReadonlySet<string> = new Set(['count', 'ratio']);

const wordsIn = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * The context of each span, as [start, end) offsets in the sentence, in the order of
 * `spans` (figures sorted by position, named figures among them).
 */
export function figureContexts(sentence: string, spans: readonly (FigureSpan | NamedSpan)[]): Range[] {
  const clauseList = clauses(sentence);
  const numeric = spans.filter((s) => !('contextStart' in s));
  // Rules 1 and 2: each numeric figure's own piece.
  const own = new Map<FigureSpan, Range>();
  const alone = new Set<FigureSpan>();
  const order: { range: Range; span: FigureSpan | null }[] = [];
  for (const clause of clauseList) {
    const inside = numeric.filter((s) => s.start >= clause.start && s.start < clause.end);
    if (inside.length === 0) {
      order.push({ range: clause, span: null });
      continue;
    }
    if (inside.length === 1 && inside[0]) alone.add(inside[0]);
    const pieces = piecesOf(sentence, clause, inside);
    inside.forEach((span, i) => {
      const piece = pieces[i] ?? clause;
      const range = { start: Math.min(piece.start, span.start), end: Math.max(piece.end, span.end) };
      own.set(span, range);
      order.push({ range, span });
    });
  }
  // Rule 2b: a figure that restates the one before it ("giảm 28 vụ (tương đương 8,2%)") shares its words.
  for (let i = 1; i < numeric.length; i += 1) {
    const [before, here] = [numeric[i - 1], numeric[i]];
    if (before === undefined || here === undefined) continue;
    const [earlier, range] = [own.get(before), own.get(here)];
    if (earlier && range && RESTATES.test(sentence.slice(before.end, here.start))) range.start = Math.min(range.start, earlier.start);
  }
  // Rule 3: the lead-in joins the first figure.
  const firstFigure = order.findIndex((o) => o.span !== null);
  const first = order[firstFigure];
  if (first?.span && firstFigure > 0) {
    const range = own.get(first.span);
    if (range) range.start = order[0]?.range.start ?? range.start;
  }
  // Rule 4: a bare date frames the clause after it; a bare list item joins the one before.
  for (const [span, range] of own) {
    const rest = sentence.slice(range.start, range.end).replace(span.figure, '');
    if (wordsIn(rest) > (span.kind === 'date' ? 2 : 0) || !alone.has(span)) continue;
    const next = clauseList.find((c) => c.start >= range.end);
    const nextHasFigure = next !== undefined && spans.some((s) => s.start >= next.start && s.start < next.end);
    if (span.kind === 'date') {
      if (next) range.end = next.end;
    } else if (COUNTED_KINDS.has(span.kind) && next !== undefined && !nextHasFigure && /^,\s*\p{Ll}/u.test(sentence.slice(range.end))) {
      // "138/142 xã, phường, thị trấn đạt Bộ tiêu chí …": a count that opens a list of what it counts takes the list and its verb.
      const after = clauseList.filter((c) => c.start >= range.end);
      const stop = after.findIndex((c) => spans.some((s) => s.start >= c.start && s.start < c.end));
      const last = after[(stop < 0 ? after.length : stop) - 1];
      if (last) range.end = last.end;
    } else {
      const previous = clauseList.findLast((c) => c.end <= range.start);
      if (previous) range.start = previous.start;
    }
  }
  return spans.map((span) => {
    if ('contextStart' in span) {
      // Rule 5: a name from its clause's start to the end of the verb's clause.
      const from = clauseList.find((c) => span.contextStart >= c.start && span.contextStart < c.end) ?? { start: span.contextStart, end: 0 };
      const to = clauseList.find((c) => span.contextEnd - 1 >= c.start && span.contextEnd - 1 < c.end) ?? { start: 0, end: span.contextEnd };
      return trimmedAround(sentence, { start: Math.min(from.start, span.contextStart), end: Math.max(to.end, span.contextEnd) }, span);
    }
    return trimmedAround(sentence, own.get(span) ?? { start: span.start, end: span.end }, span);
  });
}

/** Trims a context but never into its figure (a figure may end in "%" or a closing quote). */
function trimmedAround(sentence: string, range: Range, span: FigureSpan): Range {
  const cut = trimmed(sentence, range);
  return { start: Math.min(cut.start, span.start), end: Math.max(cut.end, span.end) };
}
