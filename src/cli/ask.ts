/**
 * `npm run --silent ask -- [--json|--jsonl] [--knowledge DIR] "question"`: the engine
 * from the command line. Standard output carries only answers; errors go to stderr.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createMatcher, KnowledgeError, LexiconError, loadKnowledge, type KnowledgeBase, type Matcher } from '../engine/index.js';
import { toRecord } from './ask-json.js';
import { renderPlainAnswer } from './plain-answer.js';

const USAGE = 'usage: npm run --silent ask -- [--json | --jsonl] [--knowledge DIR] "thu ngân sách đạt bao nhiêu"';

function fail(message: string): never {
  process.stderr.write(`ask: ${message}\n`);
  process.exit(2);
}

const OPTIONS = { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, knowledge: { type: 'string' } } as const;

function parse() {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

function load(dir: string): { kb: KnowledgeBase; matcher: Matcher } {
  try {
    const kb = loadKnowledge(dir);
    return { kb, matcher: createMatcher(kb) };
  } catch (error) {
    if (error instanceof KnowledgeError || error instanceof LexiconError) return fail(error.message);
    throw error;
  }
}

async function answerLines(matcher: Matcher): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${JSON.stringify(toRecord(matcher.ask(line)))}\n`);
}

const { values, positionals } = parse();
// A blank KNOWLEDGE_DIR (as copied from .env.example) means the default, as for the bot.
const dir = values.knowledge ?? (process.env.KNOWLEDGE_DIR?.trim() || 'knowledge');
const { kb, matcher } = load(dir);
if (values.jsonl) {
  if (positionals.length > 0) fail('--jsonl reads questions from standard input, one per line; give no question argument');
  await answerLines(matcher);
} else {
  const question = positionals.join(' ');
  if (question.trim() === '') fail(USAGE);
  const answer = matcher.ask(question);
  process.stdout.write(values.json === true ? `${JSON.stringify(toRecord(answer))}\n` : `${renderPlainAnswer(answer, kb)}\n`);
}
