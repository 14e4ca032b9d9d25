/**
 * `npm run kb -- import PATH --id ID [--knowledge DIR] [--force] [--language vi|en]`
 * and `npm run kb -- check [DIR]`, as a function of argv and streams so tests run it
 * in-process; kb.ts is the entry point that owns stdin, stdout and the exit code.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { KnowledgeError } from '../engine/index.js';
import type { FactChange } from '../importer/hand-edits.js';
import { ImportError } from '../importer/import-error.js';
import { checkKnowledge } from '../importer/knowledge-check.js';
import { importIntoKnowledge } from '../importer/save-import.js';
import { LexiconError } from '../engine/index.js';

export interface KbIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  /** The knowledge folder when --knowledge is not given (KNOWLEDGE_DIR or "knowledge"). */
  readonly knowledgeDir: string;
}

const USAGE = ['usage: npm run kb -- import PATH --id ID [--knowledge DIR] [--force] [--language vi|en]', '       npm run kb -- check [DIR]'].join('\n');

class UsageError extends Error {}

const OPTIONS = { id: { type: 'string' }, knowledge: { type: 'string' }, force: { type: 'boolean' }, language: { type: 'string' } } as const;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function readInput(path: string, io: KbIo): Promise<Uint8Array> {
  if (path === '-') return io.readStdin();
  try {
    return Promise.resolve(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError(path, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not an article' : 'cannot be read');
  }
}

const listed = (facts: readonly FactChange[]): string =>
  facts.map((f) => `${f.id} (${f.figure}${f.what === undefined ? '' : `; ${f.what}`}${f.handEdited ? '; hand-edited' : ''})`).join(', ');

async function runImport(positionals: readonly string[], values: ReturnType<typeof parse>['values'], io: KbIo): Promise<number> {
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0) throw new UsageError('import takes one PATH (or - for standard input)');
  if (values.id === undefined) throw new UsageError('import needs --id ID');
  const fileName = path === '-' ? 'stdin' : path;
  const started = performance.now();
  const saved = importIntoKnowledge({
    knowledgeDir: values.knowledge ?? io.knowledgeDir,
    id: values.id,
    content: await readInput(path, io),
    fileName,
    force: values.force === true,
    ...(values.language === undefined ? {} : { language: values.language }),
  });
  const ms = performance.now() - started;
  const { report, changes } = saved;
  for (const warning of saved.warnings) io.err(`kb import: warning: ${warning}`);
  io.out(`${saved.replaced ? 're-imported' : 'imported'} ${report.id} into ${saved.folder} in ${ms.toFixed(0)} ms`);
  io.out(`  "${report.title}" (${report.language}, ${report.eventDate}); subject: ${report.subject.join(', ') || '-'}`);
  io.out(`  ${report.facts.length} facts; topics: ${report.topics.map((t) => t.id).join(', ')}`);
  if (saved.replaced) {
    io.out(`  added ${changes.added.length}${changes.added.length > 0 ? `: ${listed(changes.added)}` : ''}`);
    io.out(`  dropped ${changes.dropped.length}${changes.dropped.length > 0 ? `: ${listed(changes.dropped)}` : ''}`);
    io.out(`  changed ${changes.changed.length}${changes.changed.length > 0 ? `: ${listed(changes.changed)}` : ''}`);
  }
  return 0;
}

function runCheck(positionals: readonly string[], io: KbIo): number {
  if (positionals.length > 1) throw new UsageError('check takes at most one DIR');
  const dir = positionals[0] ?? io.knowledgeDir;
  const { reports, errors } = checkKnowledge(dir);
  for (const r of reports) io.out(`ok ${r.id}: ${r.facts} facts, ${r.withQuestions} with hand paraphrases`);
  for (const error of errors) io.err(`kb check: ${error}`);
  return errors.length > 0 ? 1 : 0;
}

/** A failed file-system call (Node's system errors carry a code and the path). */
function fileSystemProblem(error: unknown): { path: string; problem: string } | undefined {
  if (!(error instanceof Error) || !('code' in error) || !('path' in error) || typeof error.path !== 'string') return undefined;
  const reasons: Readonly<Record<string, string>> = {
    EEXIST: 'is a file, not a folder',
    ENOTDIR: 'is under a file, not a folder',
    EACCES: 'may not be written (permission denied)',
    EPERM: 'may not be written (permission denied)',
    EROFS: 'is on a read-only disk',
    ENOSPC: 'cannot be written: the disk is full',
  };
  return { path: error.path, problem: reasons[String(error.code)] ?? `cannot be written (${String(error.code)})` };
}

/** Runs one kb command; returns the exit code. Bad input is one line on stderr. */
export async function runKb(argv: readonly string[], io: KbIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parse(rest);
    if (command === 'import') return await runImport(positionals, values, io);
    if (command === 'check') {
      if (Object.keys(values).length > 0) throw new UsageError('check takes no options, only DIR');
      return runCheck(positionals, io);
    }
    throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`kb: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof ImportError || error instanceof KnowledgeError || error instanceof LexiconError) {
      io.err(`kb ${command ?? ''}: ${error.message}`);
      return 1;
    }
    // A knowledge folder that is a file, or a full or read-only disk: saveReport wrote nothing live.
    const failed = fileSystemProblem(error);
    if (failed !== undefined) {
      io.err(`kb ${command ?? ''}: ${failed.path}: ${failed.problem}; nothing was saved`);
      return 1;
    }
    throw error;
  }
}
