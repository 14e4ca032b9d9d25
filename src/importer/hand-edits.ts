import { parseReport, type ReportFiles } from '../engine/knowledge/load.js';
import type { Fact, FigureKind, Report } from '../engine/knowledge/types.js';
import { baseFactId, uniqueIds } from './fact-id.js';
import { assignTopic, foldWords, type TopicLexicon } from './topic-lexicon.js';

/**
 * Re-importing an edited article keeps what editors added by hand (questions,
 * keywords, gloss, a topic they changed) to every fact that still stands. How a new
 * fact finds its old self:
 * 1. Same figure (folded), same kind, and sentences sharing at least 60% of their words
 *    (a lightly edited sentence still matches); the closest pair first.
 * 2. Then, among the rest, the same sentence and context but for the figure itself
 *    (at least 80% of the other words): a corrected figure ("211%" → "215%") is the
 *    same fact, reported as changed.
 * A matched fact keeps its old id, so links and the headline still point at it. Its topic
 * is the old one when that differs from what the lexicon gives the old fact (an editor
 * chose it), else the new one. An old fact that matches nothing is dropped, unless an
 * editor wrote its questions and its sentence and figure are still verbatim in the new
 * article: a hand-made fact stays, as written, and stands for a new fact with its figure
 * (the seed's "211%" quotes another sentence than the importer picks: one fact, not two),
 * and for new figures its own figure holds in the same sentence.
 */
export interface FactRecord {
  readonly id: string;
  readonly topic: string;
  readonly figure: string;
  readonly kind?: FigureKind;
  readonly sentence: string;
  readonly context?: string;
  readonly questions: { readonly vi: readonly string[]; readonly en: readonly string[] };
  readonly keywords: readonly string[];
  readonly gloss?: string;
}

export interface FactChange {
  readonly id: string;
  readonly figure: string;
  /** What changed: "figure 211% → 215%", "sentence", "context", "topic". */
  readonly what?: string;
  /** The fact had hand paraphrases, keywords or a gloss (kept, or lost when dropped). */
  readonly handEdited: boolean;
}

export interface FactChanges {
  readonly added: readonly FactChange[];
  readonly dropped: readonly FactChange[];
  readonly changed: readonly FactChange[];
}

export interface MergedFacts {
  readonly facts: FactRecord[];
  readonly changes: FactChanges;
  /** The previous report as it loaded, or null (none, or unreadable: see warnings). */
  readonly previous: Report | null;
  readonly warnings: string[];
}

const SAME_SENTENCE = 0.6;
const SAME_WORDS = 0.8;

const words = (text: string): Set<string> => new Set(foldWords(text).trim().split(' ').filter(Boolean));
function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  const union = x.size + y.size - shared;
  return union === 0 ? 1 : shared / union;
}
const key = (figure: string): string => foldWords(figure).trim();
const handEdited = (f: FactRecord): boolean => f.questions.vi.length + f.questions.en.length + f.keywords.length > 0 || f.gloss !== undefined;

/** A fact as stored: no undefined fields, the importer's field order. */
function stored(fact: FactRecord): FactRecord {
  return {
    id: fact.id,
    topic: fact.topic,
    figure: fact.figure,
    ...(fact.kind === undefined ? {} : { kind: fact.kind }),
    sentence: fact.sentence,
    ...(fact.context === undefined ? {} : { context: fact.context }),
    questions: { vi: [...fact.questions.vi], en: [...fact.questions.en] },
    keywords: [...fact.keywords],
    ...(fact.gloss === undefined ? {} : { gloss: fact.gloss }),
  };
}

const change = (fact: FactRecord, what?: string): FactChange => ({ id: fact.id, figure: fact.figure, handEdited: handEdited(fact), ...(what === undefined ? {} : { what }) });

function pairUp(fresh: readonly FactRecord[], old: readonly Fact[]): Map<number, number> {
  const pairs: { n: number; o: number; score: number }[] = [];
  fresh.forEach((f, n) => {
    old.forEach((p, o) => {
      if (key(f.figure) !== key(p.figure) || (p.kind !== undefined && p.kind !== f.kind)) return;
      const sentence = f.sentence === p.sentence ? 1 : similarity(f.sentence, p.sentence);
      if (sentence < SAME_SENTENCE) return;
      pairs.push({ n, o, score: sentence + similarity(f.context ?? f.sentence, p.context ?? p.sentence) });
    });
  });
  const matched = new Map<number, number>();
  const taken = new Set<number>();
  for (const { n, o } of pairs.sort((a, b) => b.score - a.score)) {
    if (matched.has(n) || taken.has(o)) continue;
    matched.set(n, o);
    taken.add(o);
  }
  // Pass 2: the same words around a corrected figure.
  fresh.forEach((f, n) => {
    if (matched.has(n)) return;
    const o = old.findIndex(
      (p, i) =>
        !taken.has(i) &&
        (p.kind === undefined || p.kind === f.kind) &&
        similarity(f.sentence.replace(f.figure, ' '), p.sentence.replace(p.figure, ' ')) >= SAME_WORDS &&
        similarity((f.context ?? f.sentence).replace(f.figure, ' '), (p.context ?? p.sentence).replace(p.figure, ' ')) >= SAME_WORDS,
    );
    if (o >= 0) {
      matched.set(n, o);
      taken.add(o);
    }
  });
  return matched;
}

export function keepHandEdits(fresh: readonly FactRecord[], previous: ReportFiles | undefined, id: string, article: string, lexicon: TopicLexicon): MergedFacts {
  const none = { previous: null };
  if (previous === undefined) return { ...none, facts: fresh.map(stored), changes: { added: fresh.map((f) => change(f)), dropped: [], changed: [] }, warnings: [] };
  let old;
  try {
    old = parseReport(previous, id);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...none, facts: fresh.map(stored), changes: { added: fresh.map((f) => change(f)), dropped: [], changed: [] }, warnings: [`the existing report could not be read, so no hand edits were kept: ${message}`] };
  }
  const matched = pairUp(fresh, old.facts);
  const keptIds = new Set([...matched.values()].map((o) => old.facts[o]?.id ?? ''));
  const handMade = old.facts.filter((p, o) => ![...matched.values()].includes(o) && handEdited(p) && article.includes(p.sentence) && p.sentence.includes(p.figure));
  for (const p of handMade) keptIds.add(p.id);
  // Pass 3: a standing hand-made fact with a new fact's figure is that figure's fact (a hand
  // fact may quote another sentence saying the same): it stays as written, the new one is not added.
  const absorbed = new Map<number, Fact>();
  for (const p of handMade) {
    const n = fresh.findIndex((f, i) => !matched.has(i) && !absorbed.has(i) && key(f.figure) === key(p.figure) && (p.kind === undefined || p.kind === f.kind));
    if (n >= 0) absorbed.set(n, p);
  }
  // A hand figure that holds new ones in the same sentence ("2020-2025, 2021-2026",
  // "Đại hội thể thao Đông Nam Á lần thứ 31") answers for each of them.
  fresh.forEach((f, n) => {
    if (matched.has(n) || absorbed.has(n)) return;
    const holder = handMade.find((p) => p.sentence === f.sentence && p.figure !== f.figure && p.figure.includes(f.figure));
    if (holder) absorbed.set(n, holder);
  });
  const freshIds = uniqueIds(
    fresh.map((f) => baseFactId(f.figure, f.context ?? f.sentence)),
    keptIds,
  );
  const facts: FactRecord[] = [];
  const added: FactChange[] = [];
  const changed: FactChange[] = [];
  fresh.forEach((f, n) => {
    const handFact = absorbed.get(n);
    if (handFact !== undefined) {
      // Its kind only when the figures are the same: "… Đông Nam Á lần thứ 31" is not an ordinal.
      const kind = key(handFact.figure) === key(f.figure) ? (handFact.kind ?? f.kind) : handFact.kind;
      if (!facts.some((k) => k.id === handFact.id)) facts.push(stored({ ...handFact, ...(kind === undefined ? {} : { kind }) }));
      return;
    }
    const o = matched.get(n);
    const p = o === undefined ? undefined : old.facts[o];
    if (p === undefined) {
      const fact = stored({ ...f, id: freshIds[n] ?? f.id });
      facts.push(fact);
      added.push(change(fact));
      return;
    }
    const auto = assignTopic(lexicon, { context: p.context ?? p.sentence, sentence: p.sentence, kind: p.kind ?? f.kind ?? 'number' })?.id;
    const topic = auto !== undefined && auto === p.topic ? f.topic : p.topic;
    const fact = stored({ ...f, id: p.id, topic, questions: p.questions, keywords: p.keywords, ...(p.gloss === undefined ? {} : { gloss: p.gloss }) });
    facts.push(fact);
    const what = [
      key(p.figure) !== key(f.figure) ? `figure ${p.figure} → ${f.figure}` : '',
      p.sentence !== f.sentence ? 'sentence' : '',
      p.context !== undefined && p.context !== f.context ? 'context' : '',
      p.topic !== topic ? `topic ${p.topic} → ${topic}` : '',
    ].filter(Boolean);
    if (what.length > 0) changed.push(change(fact, what.join(', ')));
  });
  const placed = new Set(absorbed.values());
  for (const p of handMade) if (!placed.has(p)) facts.push(stored(p));
  const dropped = old.facts.filter((p) => !keptIds.has(p.id)).map((p) => change(p));
  return {
    facts,
    changes: { added, dropped, changed },
    previous: old,
    warnings: [],
  };
}
