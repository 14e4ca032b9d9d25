import { fileURLToPath } from 'node:url';
import { fold } from '../engine/text/fold.js';
import { FIGURE_KINDS, type FigureKind, type Topic } from '../engine/knowledge/types.js';
import lexiconJson from '../engine/lexicon/topics.json' with { type: 'json' };
import { LexiconError } from '../engine/lexicon/lexicon-error.js';

/**
 * The genre's topics (budget, public order, the conference itself …) as shipped data,
 * checked once: a malformed entry is named with its file, never half-used.
 */
export interface TopicEntry extends Topic {
  /** Folded trigger phrases, Vietnamese and English together, longest first. */
  readonly triggers: readonly string[];
  /** Kinds of figure this topic weighs double for (dates and names of "the conference"). */
  readonly kinds: readonly FigureKind[];
  readonly fallback: boolean;
}

export interface TopicLexicon {
  readonly entries: readonly TopicEntry[];
  readonly fallback: TopicEntry;
  entry(id: string): TopicEntry | undefined;
}

export const TOPICS_FILE = fileURLToPath(new URL('../engine/lexicon/topics.json', import.meta.url));


const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Folded, with punctuation as spaces: how triggers and text meet. */
export function foldWords(text: string): string {
  return ` ${fold(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

function strings(value: unknown, fail: (p: string) => never, field: string): string[] {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string' && v.trim() !== '')) fail(`"${field}" must be a list of non-empty strings`);
  return value;
}

/** Checks a parsed topics.json; `file` names it in errors. */
export function parseTopicLexicon(raw: unknown, file: string): TopicLexicon {
  const top = isRecord(raw) ? raw.topics : undefined;
  if (!Array.isArray(top) || top.length === 0) throw new LexiconError(file, null, '"topics" must be a non-empty list');
  const seen = new Set<string>();
  const entries = top.map((item: unknown, index): TopicEntry => {
    const named = isRecord(item) && typeof item.id === 'string' ? `"${item.id}"` : `#${index + 1}`;
    const fail = (problem: string): never => {
      throw new LexiconError(file, `topic ${named}`, problem);
    };
    if (!isRecord(item)) return fail('must be an object');
    const unknown = Object.keys(item).filter((k) => !['id', 'vi', 'en', 'triggers', 'kinds', 'fallback'].includes(k));
    if (unknown.length > 0) fail(`unknown field "${unknown[0] ?? ''}"`);
    const { id, vi, en, triggers, kinds, fallback } = item;
    if (typeof id !== 'string' || !ID.test(id)) return fail('"id" must be lowercase letters, digits and dashes');
    if (seen.has(id)) fail('is listed twice');
    seen.add(id);
    if (typeof vi !== 'string' || vi.trim() === '' || typeof en !== 'string' || en.trim() === '') return fail('"vi" and "en" must be non-empty names');
    if (!isRecord(triggers)) return fail('"triggers" must be an object with "vi" and "en" lists');
    const phrases = [...strings(triggers.vi, fail, 'triggers.vi'), ...strings(triggers.en, fail, 'triggers.en')];
    const isFallback = fallback === true;
    if (fallback !== undefined && typeof fallback !== 'boolean') fail('"fallback" must be true or false');
    if (phrases.length === 0 && !isFallback) fail('has no trigger words (only the fallback topic may have none)');
    const kindList = kinds === undefined ? [] : strings(kinds, fail, 'kinds');
    for (const kind of kindList) if (!(FIGURE_KINDS as readonly string[]).includes(kind)) fail(`unknown kind "${kind}" (kinds: ${FIGURE_KINDS.join(', ')})`);
    const folded = [...new Set(phrases.map(foldWords))].sort((a, b) => b.length - a.length);
    return { id, vi, en, triggers: folded, kinds: kindList as FigureKind[], fallback: isFallback };
  });
  const fallbacks = entries.filter((e) => e.fallback);
  const fallback = fallbacks[0];
  if (fallback === undefined || fallbacks.length > 1) throw new LexiconError(file, null, 'exactly one topic must be "fallback": true');
  const byId = new Map(entries.map((e) => [e.id, e]));
  return { entries, fallback, entry: (id) => byId.get(id) };
}

let shipped: TopicLexicon | undefined;

/** The lexicon shipped in src/engine/lexicon/topics.json. */
export function topicLexicon(): TopicLexicon {
  shipped ??= parseTopicLexicon(lexiconJson, TOPICS_FILE);
  return shipped;
}

const syllables = (phrase: string): number => phrase.trim().split(' ').length;

/** Score of each topic for a figure: trigger phrases in its context count double, longer ones more. */
export function assignTopic(lexicon: TopicLexicon, figure: { context: string; sentence: string; kind: FigureKind }): TopicEntry | null {
  const context = foldWords(figure.context);
  const sentence = foldWords(figure.sentence);
  let best: TopicEntry | null = null;
  let bestScore = 0;
  for (const entry of lexicon.entries) {
    let score = 0;
    for (const trigger of entry.triggers) {
      if (context.includes(trigger)) score += 2 * syllables(trigger);
      else if (sentence.includes(trigger)) score += syllables(trigger);
    }
    if (entry.kinds.includes(figure.kind)) score *= 2;
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}
