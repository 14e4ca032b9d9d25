// `npm run eval`: prints accuracy per category, the overall answerable accuracy
// and decline rate, and the failures. A report, not a gate (eval.test.ts is the gate).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createMatcher, loadKnowledge } from '../../src/engine/index.js';
import { evaluate, parseCases } from './evaluate.js';
import { formatReport, formatReportRun } from './format.js';
import { runReportSet } from './report-run.js';
import { HOLDOUT_DIR, KNOWLEDGE_DIR, QUESTIONS_FILE, SECOND_SET_FILE, THIRD_SET_FILE } from './paths.js';
import { checkTaughtDeclines, formatTaughtDeclines } from './taught-declines.js';

const DEFAULT_FAILURES_SHOWN = 20;

const USAGE = 'usage: npm run eval [-- [--failures] [--set first|second|third|reports|holdout]]';
const SETS: Record<string, string> = { first: QUESTIONS_FILE, second: SECOND_SET_FILE, third: THIRD_SET_FILE };

function main(args: string[]): void {
  const { values } = parseArgs({ args, options: { failures: { type: 'boolean' }, set: { type: 'string', default: 'first' } } });
  const maxFailures = values.failures === true ? Infinity : DEFAULT_FAILURES_SHOWN;
  if (values.set === 'reports' || values.set === 'holdout') {
    const dir = values.set === 'holdout' ? HOLDOUT_DIR : undefined;
    process.stdout.write(`${formatReportRun(runReportSet(dir), maxFailures)}\n`);
    return;
  }
  const file = SETS[values.set];
  if (file === undefined) throw new Error(`unknown set "${values.set}" (${USAGE})`);
  const cases = parseCases(readFileSync(file, 'utf8'));
  const kb = loadKnowledge(KNOWLEDGE_DIR);
  const matcher = createMatcher(kb);
  process.stdout.write(`${formatReport(evaluate(cases, matcher), maxFailures)}\n`);
  process.stdout.write(`${formatTaughtDeclines(checkTaughtDeclines(kb, matcher))}\n`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
