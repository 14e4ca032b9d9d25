/**
 * Questions that name their district, for the multi-report sweep: the answerable
 * evaluation questions, each given one district of the sweep, named the ways people
 * type it (with diacritics, without, by its initials, as "quận X" or "X:"). Drawn
 * with a fixed seed, so every run asks the same questions.
 */
import type { District } from './district-copies.js';

export interface RoutedQuestion {
  readonly q: string;
  /** The report that must answer. */
  readonly report: string;
  /** Facts that are right answers. */
  readonly expect: readonly string[];
}

export interface SourceQuestion {
  readonly q: string;
  readonly category: string;
  readonly expect: readonly string[];
}

/** A small deterministic generator (mulberry32): the same questions every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

// How the seed's district is already named in some questions: renamed in place.
const SEED_NAMES = /b[aắ]c t[uừ] li[eê]m|\bbtl\b/giu;

export function routedQuestions(sources: readonly SourceQuestion[], targets: readonly District[], count: number, seed = 8): RoutedQuestion[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out: RoutedQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const d = pick(targets);
    if (source === undefined) break;
    const plain = source.category === 'no-diacritics' || source.category === 'typo-shorthand' || fold(source.q) === source.q;
    const roll = next();
    const name = roll < 0.2 && d.short.length >= 3 ? d.short : plain || roll < 0.45 ? fold(d.name).toLowerCase() : d.name;
    const body = plain ? fold(d.body) : d.body;
    let q = source.q;
    // The question's own "quận" (as in "dự toán quận giao") is the copy's body word.
    if (d.body === 'huyện') q = q.replace(/quận/g, 'huyện').replace(/Quận/g, 'Huyện').replace(/\bquan\b/g, 'huyen');
    if (SEED_NAMES.test(q)) {
      q = q.replace(SEED_NAMES, name);
    } else if (source.category === 'english') {
      q = next() < 0.5 ? `${q.replace(/[?.!\s]+$/, '')} in ${name}?` : `${name}: ${q}`;
    } else {
      const style = next();
      q =
        style < 0.4
          ? `${q.replace(/[?.!\s]+$/, '')} ở ${body} ${name}`
          : style < 0.7
            ? `${body[0]?.toUpperCase()}${body.slice(1)} ${name}: ${q}`
            : `${name} ${q.charAt(0).toLowerCase()}${q.slice(1)}`;
    }
    SEED_NAMES.lastIndex = 0;
    out.push({ q, report: d.id, expect: source.expect });
  }
  return out;
}
