// `npm run eval`: prints accuracy per category, the overall answerable accuracy
// and decline rate, and the failures. A report, not a gate (eval.test.ts is the gate).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createMatcher, loadKnowledge } from '../../src/engine/index.js';
import { evaluate, parseCases } from './evaluate.js';
import { formatReport, formatReportRun } from './format.js';
import { runReportSet } from './report-run.js';
import { HOLDOUT2_DIR, HOLDOUT3_DIR, HOLDOUT_DIR, KNOWLEDGE_DIR, QUESTIONS_FILE, SECOND_SET_FILE, THIRD_SET_FILE } from './paths.js';
import { checkTaughtDeclines, formatTaughtDeclines } from './taught-declines.js';

const DEFAULT_FAILURES_SHOWN = 20;

const USAGE = 'usage: npm run eval [-- [--failures] [--set first|second|third|reports|holdout|holdout2|holdout3]]';
const SETS: Record<string, string> = { first: QUESTIONS_FILE, second: SECOND_SET_FILE, third: THIRD_SET_FILE };
/** Sets of report folders, each imported and asked by report; `reports` is the default folder. */
const REPORT_DIRS: Record<string, string | undefined> = { reports: undefined, holdout: HOLDOUT_DIR, holdout2: HOLDOUT2_DIR, holdout3: HOLDOUT3_DIR };

function main(args: string[]): void {
  const { values } = parseArgs({ args, options: { failures: { type: 'boolean' }, set: { type: 'string', default: 'first' } } });
  const maxFailures = values.failures === true ? Infinity : DEFAULT_FAILURES_SHOWN;
  if (Object.hasOwn(REPORT_DIRS, values.set)) {
    process.stdout.write(`${formatReportRun(runReportSet(REPORT_DIRS[values.set]), maxFailures)}\n`);
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
