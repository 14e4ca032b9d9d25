/**
 * A fingerprint of everything the engine builds at load time, to show that a change to the
 * build (made for speed) left what it builds alone. Compare two builds on the same knowledge:
 *
 *   npx tsx tests/bench/index-fingerprint.ts <checkout with dist/> <knowledge dir> [dump file]
 *
 * It writes the loaded knowledge and the matcher (index, postings in the order terms were first
 * met, boundIn, asks, figureNumbers, speller, scorer, name rules…) as canonical text and prints its
 * sha256; with a dump file, the text too, for a diff. Plain arrays and sets are written as values;
 * any other object once and then as a reference, so which parts share an object shows too, and
 * which facts share one set of pairs is listed. Not a test: it compares builds of two checkouts.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Engine {
  loadKnowledge(dir: string): unknown;
  createMatcher(kb: unknown): unknown;
}

interface BuiltIndex {
  readonly postings: ReadonlyMap<string, unknown>;
  readonly boundIn: ReadonlyMap<string, { readonly pairs: readonly unknown[] }>;
  idf(term: string): number;
}

const [root, dir, out] = process.argv.slice(2);
if (root === undefined || dir === undefined) {
  console.error('usage: index-fingerprint.ts <checkout with dist/> <knowledge dir> [dump file]');
  process.exit(2);
}
const engine = (await import(pathToFileURL(resolve(root, 'dist/engine/index.js')).href)) as Engine;
const kb = engine.loadKnowledge(dir);
const matcher = engine.createMatcher(kb);

const ids = new Map<object, number>();
const path = new Set<object>();
function write(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'function') return `fn:${value.name}`;
  if (typeof value !== 'object') return typeof value;
  if (Array.isArray(value) || value instanceof Set) {
    if (path.has(value)) return '@cycle';
    path.add(value);
    const items = [...(value as Iterable<unknown>)].map(write);
    path.delete(value);
    return Array.isArray(value) ? `[${items.join(',\n')}]` : `Set{${items.join(',')}}`;
  }
  const known = ids.get(value);
  if (known !== undefined) return `@${known}`;
  const tag = `#${ids.size}`;
  ids.set(value, ids.size);
  if (ArrayBuffer.isView(value)) return `${tag}${value.constructor.name}[${Array.from(value as unknown as ArrayLike<number>).join(',')}]`;
  if (value instanceof Map) return `${tag}Map{${[...(value as Map<unknown, unknown>)].map(([k, v]) => `${write(k)}=>${write(v)}`).join(',\n')}}`;
  if (value instanceof RegExp) return `${tag}${String(value)}`;
  if (value instanceof WeakMap || value instanceof WeakSet) return `${tag}${value.constructor.name}`;
  const fields = Object.entries(value).map(([k, v]) => `${k}:${write(v)}`);
  return `${tag}${value.constructor.name}{${fields.join(',\n')}}`;
}

const text = write({ kb, matcher });
const index = (matcher as { index: BuiltIndex }).index;
const idf = [...index.postings.keys()].map((term) => index.idf(term)).join(',');
// Which facts share one set of pairs (a question judges each set once), numbered as first met.
const sets = new Map<unknown, number>();
const shared = [...index.boundIn.values()]
  .map((bound) =>
    bound.pairs
      .map((pairs) => {
        if (!sets.has(pairs)) sets.set(pairs, sets.size);
        return sets.get(pairs);
      })
      .join(' '),
  )
  .join('\n');
const all = `${text}\nIDF ${idf}\nPAIRSETS ${shared}`;
if (out !== undefined) writeFileSync(out, all);
console.log(createHash('sha256').update(all).digest('hex').slice(0, 16), `${(all.length / 1e6).toFixed(1)} MB`, dir);
