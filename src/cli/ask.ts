/**
 * `npm run --silent ask -- [--json|--jsonl] [--knowledge DIR] "question"`: the engine
 * from the command line. Standard output carries only answers; errors go to stderr.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createMatcher, KnowledgeError, loadKnowledge, type Matcher } from '../engine/index.js';
import { toRecord } from './ask-json.js';
import { renderPlainAnswer } from './plain-answer.js';

function fail(message: string): never {
  process.stderr.write(`ask: ${message}\n`);
  process.exit(2);
}

async function answerLines(matcher: Matcher): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${JSON.stringify(toRecord(matcher.ask(line)))}\n`);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, knowledge: { type: 'string' } },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  const dir = values.knowledge ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';
  let matcher: Matcher;
  let kb;
  try {
    kb = loadKnowledge(dir);
    matcher = createMatcher(kb);
  } catch (error) {
    if (error instanceof KnowledgeError) fail(error.message);
    throw error;
  }
  if (values.jsonl) {
    if (positionals.length > 0) fail('--jsonl reads questions from standard input, one per line; give no question argument');
    await answerLines(matcher);
    return;
  }
  const question = positionals.join(' ');
  if (question.trim() === '') fail('usage: npm run --silent ask -- [--json] "thu ngân sách đạt bao nhiêu"');
  const answer = matcher.ask(question);
  process.stdout.write(values.json ? `${JSON.stringify(toRecord(answer))}\n` : `${renderPlainAnswer(answer, kb)}\n`);
}

await main();
