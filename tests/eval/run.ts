// `npm run eval`: prints accuracy per category, the overall answerable accuracy
// and decline rate, and the failures. A report, not a gate (eval.test.ts is the gate).
import { readFileSync } from 'node:fs';
import { createMatcher, loadKnowledge } from '../../src/engine/index.js';
import { evaluate, parseCases } from './evaluate.js';
import { formatReport } from './format.js';
import { KNOWLEDGE_DIR, QUESTIONS_FILE } from './paths.js';

const DEFAULT_FAILURES_SHOWN = 20;

function main(args: readonly string[]): void {
  const unknown = args.filter((arg) => arg !== '--failures');
  if (unknown.length > 0) {
    throw new Error(`unknown argument(s): ${unknown.join(' ')} (usage: npm run eval [-- --failures])`);
  }
  const maxFailures = args.includes('--failures') ? Infinity : DEFAULT_FAILURES_SHOWN;
  const cases = parseCases(readFileSync(QUESTIONS_FILE, 'utf8'));
  const matcher = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
  process.stdout.write(`${formatReport(evaluate(cases, matcher), maxFailures)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
