/**
 * `npm run bench`: the matcher alone, against a naive baseline (fuse.js with its
 * default options over the article's sentences), over the evaluation questions.
 * Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { createMatcher, loadKnowledge } from '../../src/engine/index.js';
import { parseCases } from '../eval/evaluate.js';
import { KNOWLEDGE_DIR, QUESTIONS_FILE } from '../eval/paths.js';
import { buildTime, latency, retainedBytes, type LatencyFigures } from './measure.js';

const PASSES = 20;
const BUILDS = 20;

const kb = loadKnowledge(KNOWLEDGE_DIR);
const questions = parseCases(readFileSync(QUESTIONS_FILE, 'utf8')).map((c) => c.q);
const sentences = kb.reports.flatMap((r) =>
  readFileSync(join(KNOWLEDGE_DIR, r.id, 'article.txt'), 'utf8')
    .split(/\n+|(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0),
);

const ours = buildTime(BUILDS, () => createMatcher(kb));
const baseline = buildTime(BUILDS, () => new Fuse(sentences));
// Distinct suffixes defeat Fuse's cache of the last query, which a real chat would not hit.
let n = 0;
const oursLatency = latency(questions, PASSES, (q) => ours.value.ask(q));
const baselineLatency = latency(questions, PASSES, (q) => baseline.value.search(n++ % 2 === 0 ? q : `${q} `));
const oursBytes = retainedBytes(() => createMatcher(kb));
const baselineBytes = retainedBytes(() => new Fuse(sentences));

const ms = (v: number): string => `${v.toFixed(4)} ms`;
const kib = (v: number | null): string => (v === null ? 'n/a' : `${(v / 1024).toFixed(0)} KiB`);
const columns = ['index build', 'p50', 'p99', 'q. p50', 'q. p99', 'mean', 'q/s', 'memory'];
const row = (name: string, build: number, l: LatencyFigures, bytes: number | null): string =>
  [name.padEnd(24), ...[build, l.p50Ms, l.p99Ms, l.questionP50Ms, l.questionP99Ms, l.meanMs].map((v) => ms(v).padStart(12)), l.perSecond.toFixed(0).padStart(12), kib(bytes).padStart(12)].join(' ');

console.log(`matcher benchmark: ${questions.length} evaluation questions × ${PASSES} passes, ${sentences.length} article sentences, node ${process.version}`);
console.log(['', ...columns].map((h, i) => (i === 0 ? h.padEnd(24) : h.padStart(12))).join(' '));
console.log(row('matcher (ours)', ours.ms, oursLatency, oursBytes));
console.log(row('baseline (fuse default)', baseline.ms, baselineLatency, baselineBytes));
console.log('p50/p99: over every timed call; q. p50/q. p99: over questions, each timed by its median call.');
console.log(
  `speed-up: ${(baselineLatency.p50Ms / oursLatency.p50Ms).toFixed(1)}× at p50, ${(baselineLatency.p99Ms / oursLatency.p99Ms).toFixed(1)}× at p99, ` +
    `${(baselineLatency.questionP99Ms / oursLatency.questionP99Ms).toFixed(1)}× at question p99, ` +
    `${(oursLatency.perSecond / baselineLatency.perSecond).toFixed(1)}× in questions per second`,
);
