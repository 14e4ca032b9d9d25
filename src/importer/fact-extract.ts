import type { FigureKind } from '../engine/knowledge/types.js';
import { foldWords } from './topic-lexicon.js';
import { figureContexts } from './figure-context.js';
import { scanFigures, type FigureSpan } from './figure-scan.js';
import { scanNamedFigures, type NamedSpan } from './named-figures.js';
import type { Sentence } from './sentence-split.js';

/**
 * One fact per figure of the article. Two rules keep that "one":
 * - A figure said again with the same words (the headline's "211% dự toán" restated in
 *   the body) is one fact: same figure, same kind, and at least half the content words
 *   of the longer context shared. A figure of the title is the body's fact with that
 *   figure whatever its words (a headline restates); the body's sentence is kept.
 * - A year is a figure only where it is the sentence's one figure and the article names
 *   it once ("thành lập năm 1997"); the report's own years ("năm 2022" in every
 *   paragraph) frame the facts, they are not facts.
 */
export interface ExtractedFact {
  readonly figure: string;
  readonly kind: FigureKind;
  readonly sentence: string;
  readonly context: string;
  readonly paragraph: number;
  /** The title states this figure (it leads the headline). */
  readonly inTitle: boolean;
}

const SAME_CONTEXT = 0.5;

function contentWords(context: string, figure: string): Set<string> {
  return new Set(
    foldWords(context.replace(figure, ' '))
      .trim()
      .split(' ')
      .filter((w) => w.length > 1 && !/^\d+$/.test(w)),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / Math.max(a.size, b.size);
}

const figureKey = (figure: string): string => foldWords(figure).trim();

function spansOf(sentence: Sentence): (FigureSpan | NamedSpan)[] {
  const spans: (FigureSpan | NamedSpan)[] = [...scanFigures(sentence.text)];
  for (const named of scanNamedFigures(sentence.text)) {
    if (!spans.some((s) => s.start < named.end && named.start < s.end)) spans.push(named);
  }
  return spans.sort((a, b) => a.start - b.start);
}

function factsOf(sentence: Sentence, spans: readonly (FigureSpan | NamedSpan)[], inTitle: boolean): ExtractedFact[] {
  const contexts = figureContexts(sentence.text, spans);
  return spans.map((span, i) => {
    const range = contexts[i] ?? { start: span.start, end: span.end };
    return { figure: span.figure, kind: span.kind, sentence: sentence.text, context: sentence.text.slice(range.start, range.end), paragraph: sentence.paragraph, inTitle };
  });
}

/** The facts of the article's sentences; `title` is the headline sentence (paragraph 0). */
export function extractFacts(sentences: readonly Sentence[], title: string): ExtractedFact[] {
  const isTitle = (s: Sentence): boolean => s.paragraph === 0 && s.text === title;
  // The body first, so that a figure the title repeats keeps the body's sentence.
  const ordered = [...sentences.filter((s) => !isTitle(s)), ...sentences.filter(isTitle)];
  const scanned = ordered.map((sentence) => ({ sentence, spans: spansOf(sentence) }));
  const yearCounts = new Map<string, number>();
  for (const { spans } of scanned) for (const s of spans) if (s.kind === 'year') yearCounts.set(s.figure, (yearCounts.get(s.figure) ?? 0) + 1);
  // Frame years go before contexts are cut, so they never split a clause.
  const all = scanned.flatMap(({ sentence, spans }) => {
    const kept = spans.filter((s) => s.kind !== 'year' || ((yearCounts.get(s.figure) ?? 0) === 1 && spans.length === 1));
    return factsOf(sentence, kept, isTitle(sentence));
  });
  const kept: (ExtractedFact & { words: Set<string> })[] = [];
  for (const fact of all) {
    const words = contentWords(fact.context, fact.figure);
    // The title restates the body: any body fact with its figure is the same fact (the closest one).
    const candidates = kept
      .map((k, i) => ({ i, score: k.kind === fact.kind && figureKey(k.figure) === figureKey(fact.figure) ? overlap(k.words, words) : -1 }))
      .filter((c) => c.score >= (fact.inTitle ? 0 : SAME_CONTEXT))
      .sort((a, b) => b.score - a.score);
    const same = candidates[0]?.i ?? -1;
    if (same >= 0) {
      const earlier = kept[same];
      if (fact.inTitle && earlier) kept[same] = { ...earlier, inTitle: true };
      continue;
    }
    kept.push({ ...fact, words });
  }
  return kept.map(({ figure, kind, sentence, context, paragraph, inTitle }) => ({ figure, kind, sentence, context, paragraph, inTitle }));
}
