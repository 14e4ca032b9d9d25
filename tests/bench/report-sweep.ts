/**
 * `npm run bench` part two: one bot with 1, 10 and 100 reports (the seed and renamed
 * copies, written to a temporary folder). Each size runs in its own process so that
 * load time and RSS are its own. Prints figures; asserts nothing.
 *
 * Per size: load (knowledge + index), RSS, p50/p99 per question over the evaluation
 * questions (which name no district) and over 2,000 questions that name their district,
 * and where those 2,000 were answered from: the right report, a wrong one, asked back
 * (clarify) or declined. Then the same 2,000 through `ask --jsonl` at 1 and 100 reports.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createMatcher, loadKnowledge } from '../../src/engine/index.js';
import { parseCases } from '../eval/evaluate.js';
import { KNOWLEDGE_DIR, QUESTIONS_FILE } from '../eval/paths.js';
import { districts, writeDistrictCopies } from './district-copies.js';
import { latency } from './measure.js';
import { routedQuestions, type SourceQuestion } from './routing-questions.js';

const SIZES = [1, 10, 100] as const;
const FIRST_QUESTION = 'thu ngân sách đạt bao nhiêu';
const ROUTED = 2000;
const PASSES = 5;
const SELF = fileURLToPath(import.meta.url);
const ASK_CLI = fileURLToPath(new URL('../../src/cli/ask.ts', import.meta.url));
/** The built engine, as `npm start` runs it; `npm run bench` builds before the sweep. */
const DIST_ENGINE = new URL('../../dist/engine/index.js', import.meta.url).href;

const cases = parseCases(readFileSync(QUESTIONS_FILE, 'utf8'));
const sources: SourceQuestion[] = cases.flatMap((c) => (c.expect === null ? [] : [{ q: c.q, category: c.category, expect: c.expect }]));

interface SizeFigures {
  reports: number;
  facts: number;
  loadMs: number;
  rssMb: number;
  evalP50: number;
  evalP99: number;
  /** p99 over questions, each timed by its median call: what the slowest questions cost, the machine's noise aside. */
  evalQuestionP99: number;
  namedP50: number;
  namedP99: number;
  namedQuestionP99: number;
  right: number;
  rightFact: number;
  wrong: number;
  clarified: number;
  declined: number;
}

/** In the child: one size, measured in a fresh process. */
function measureSize(dir: string, count: number): SizeFigures {
  const started = performance.now();
  const kb = loadKnowledge(dir);
  const matcher = createMatcher(kb);
  const loadMs = performance.now() - started;
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  const named = routedQuestions(sources, districts(count), ROUTED);
  const evalLatency = latency(cases.map((c) => c.q), PASSES, (q) => matcher.ask(q));
  const namedLatency = latency(named.map((c) => c.q), PASSES, (q) => matcher.ask(q));
  let right = 0;
  let rightFact = 0;
  let wrong = 0;
  let clarified = 0;
  for (const c of named) {
    const answer = matcher.ask(c.q);
    if (answer.answered && answer.best !== null) {
      if (answer.best.fact.report === c.report) {
        right++;
        if (c.expect.includes(answer.best.fact.id)) rightFact++;
      } else wrong++;
    } else if (answer.clarify !== undefined) clarified++;
  }
  return {
    reports: kb.reports.length,
    facts: kb.facts.length,
    loadMs,
    rssMb,
    evalP50: evalLatency.questionP50Ms,
    evalP99: evalLatency.p99Ms,
    evalQuestionP99: evalLatency.questionP99Ms,
    namedP50: namedLatency.questionP50Ms,
    namedP99: namedLatency.p99Ms,
    namedQuestionP99: namedLatency.questionP99Ms,
    right,
    rightFact,
    wrong,
    clarified,
    declined: named.length - right - wrong - clarified,
  };
}

/**
 * Load time and RSS as the bot's own process has them: plain node and the built engine, with
 * nothing else loaded (the measuring child above also holds tsx and the question sets).
 */
function productionLoad(dir: string): { loadMs: number; rssMb: number; firstAskMs: number } {
  const script = [
    `const { createMatcher, loadKnowledge } = await import(${JSON.stringify(DIST_ENGINE)});`,
    'const started = performance.now();',
    `const matcher = createMatcher(loadKnowledge(${JSON.stringify(dir)}));`,
    'const loadMs = performance.now() - started;',
    'const rssMb = process.memoryUsage().rss / 2 ** 20;',
    // The first question after start-up: nothing the load skipped may land on it.
    `const asked = performance.now(); matcher.ask(${JSON.stringify(FIRST_QUESTION)}); const firstAskMs = performance.now() - asked;`,
    'console.log(JSON.stringify({ loadMs, rssMb, firstAskMs }));',
  ].join('\n');
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { loadMs: number; rssMb: number; firstAskMs: number };
}

/** Wall time of `ask --jsonl` over `input`, in milliseconds. */
function askJsonl(dir: string, input: string): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', ASK_CLI, '--jsonl', '--knowledge', dir], { input, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (run.status !== 0) throw new Error(`ask --jsonl failed: ${run.stderr}`);
  return performance.now() - started;
}

function sweep(): void {
  const pct = (n: number): string => `${((100 * n) / ROUTED).toFixed(1)}%`;
  const ms = (v: number): string => `${v.toFixed(4)} ms`;
  console.log(`\nreports sweep: the seed and renamed copies; ${cases.length} evaluation questions (no district named) × ${PASSES} passes; ${ROUTED} questions naming their district`);
  console.log(
    ['reports', 'facts', 'load', 'RSS', 'load, node', 'RSS, node', '1st ask', 'eval p50', 'eval p99', 'eval q.p99', 'named p50', 'named p99', 'named q.p99', 'right rep.', 'right fact', 'wrong rep.', 'asked back', 'declined']
      .map((h, i) => (i === 0 ? h.padEnd(8) : h.padStart(11)))
      .join(' '),
  );
  const dirs = new Map<number, string>();
  for (const size of SIZES) {
    const { dir } = writeDistrictCopies(KNOWLEDGE_DIR, size);
    dirs.set(size, dir);
    const out = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--size', String(size), dir], { encoding: 'utf8' });
    const f = JSON.parse(out) as SizeFigures;
    const prod = productionLoad(dir);
    console.log(
      [
        String(f.reports).padEnd(8),
        String(f.facts).padStart(11),
        `${f.loadMs.toFixed(0)} ms`.padStart(11),
        `${f.rssMb.toFixed(0)} MB`.padStart(11),
        `${prod.loadMs.toFixed(0)} ms`.padStart(11),
        `${prod.rssMb.toFixed(0)} MB`.padStart(11),
        `${prod.firstAskMs.toFixed(1)} ms`.padStart(11),
        ...[f.evalP50, f.evalP99, f.evalQuestionP99, f.namedP50, f.namedP99, f.namedQuestionP99].map((v) => ms(v).padStart(11)),
        ...[f.right, f.rightFact, f.wrong, f.clarified, f.declined].map((v) => pct(v).padStart(11)),
      ].join(' '),
    );
  }
  console.log(
    'load: knowledge and index, in a fresh process under tsx; RSS after load; load, node / RSS, node: the same with the built engine in plain node, as the bot runs; ' +
      '1st ask: the first question after that load, in the same process; p50: per question (its median call); p99: over every call; ' +
      'q.p99: over questions, each by its median call (the slowest questions, scheduling noise aside).',
  );
  console.log('right fact: answered from the right report with one of the expected facts (share of all named questions).');
  console.log(
    'load includes: reading and checking every report (the lexicon too), the index, the scorer, the word resolver. Not included: the inline typeahead (built on the first inline query). ' +
      'The lexicon\'s finder and the English phrasings of its entries are read during the load only for facts with no hand phrasings (imported reports); these copies have hand phrasings, so they are not read.',
  );

  // The same 2,000 questions through the CLI: with one report they all name the seed.
  const one = dirs.get(1);
  const hundred = dirs.get(100);
  if (one !== undefined && hundred !== undefined) {
    const lines = (count: number): string => `${routedQuestions(sources, districts(count), ROUTED).map((c) => c.q).join('\n')}\n`;
    const cost = (dir: string, count: number): { total: number; questions: number } => {
      const empty = Math.min(askJsonl(dir, ''), askJsonl(dir, ''));
      const total = Math.min(askJsonl(dir, lines(count)), askJsonl(dir, lines(count)));
      return { total, questions: Math.max(0, total - empty) };
    };
    const a = cost(one, 1);
    const b = cost(hundred, 100);
    console.log(
      `ask --jsonl, ${ROUTED} named questions: 1 report ${a.total.toFixed(0)} ms wall (${a.questions.toFixed(0)} ms for the questions), ` +
        `100 reports ${b.total.toFixed(0)} ms wall (${b.questions.toFixed(0)} ms for the questions): ` +
        `${(b.total / a.total).toFixed(2)}× wall, ${(b.questions / Math.max(1, a.questions)).toFixed(2)}× for the questions (best of two runs; start-up measured with no input)`,
    );
  }
  for (const dir of dirs.values()) rmSync(dir, { recursive: true, force: true });
}

const sizeFlag = process.argv.indexOf('--size');
if (sizeFlag >= 0) {
  const count = Number(process.argv[sizeFlag + 1]);
  const dir = process.argv[sizeFlag + 2] ?? '';
  process.stdout.write(JSON.stringify(measureSize(dir, count)));
} else {
  sweep();
}
