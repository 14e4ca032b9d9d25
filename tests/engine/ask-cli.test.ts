/**
 * The `ask` command as scripts use it: standard output carries only answers, in the
 * documented shape; errors go to standard error with a non-zero exit code.
 * Each spawn costs about half a second, so each one checks everything it can.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDistrictFolders } from './district-reports.js';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function ask(args: readonly string[], input = ''): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, KNOWLEDGE_DIR: undefined },
    timeout: 15_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const RECORD_FIELDS = ['alternatives', 'answered', 'factId', 'figure', 'figureEn', 'question', 'report', 'score', 'sentence'];

function parseRecord(line: string): Record<string, unknown> {
  const record = JSON.parse(line) as Record<string, unknown>;
  expect(Object.keys(record).filter((k) => k !== 'clarify').sort()).toEqual(RECORD_FIELDS);
  expect(typeof record.score).toBe('number');
  expect(record.score).toBeGreaterThanOrEqual(0);
  expect(record.score).toBeLessThanOrEqual(1);
  expect(Array.isArray(record.alternatives)).toBe(true);
  return record;
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('ask', () => {
  it('--json prints exactly one JSON object with the answer', () => {
    const run = ask(['--json', 'thu ngân sách đạt bao nhiêu']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    const record = parseRecord(run.stdout);
    expect(record).toMatchObject({
      question: 'thu ngân sách đạt bao nhiêu',
      answered: true,
      figure: '211%',
      figureEn: null,
      sentence: 'Thu ngân sách ước đạt 211% dự toán giao.',
      factId: 'thu-ngan-sach',
      report: 'bac-tu-liem-2022',
      alternatives: [],
    });
    expect(record.score).toBeGreaterThan(0.5);
  });

  it('--jsonl answers each line of standard input in order, an empty line declined', () => {
    const input = ['chi ngân sách', '', 'giá vàng hôm nay', 'How many people are in the planning for the current term?'].join('\n') + '\n';
    const run = ask(['--jsonl'], input);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const [spending, empty, gold, english] = lines.map(parseRecord);

    expect(spending).toMatchObject({ question: 'chi ngân sách', answered: true, report: 'bac-tu-liem-2022' });
    const offered = [spending?.factId, ...((spending?.alternatives ?? []) as { factId: string }[]).map((a) => a.factId)];
    expect(offered.sort()).toEqual(['chi-ngan-sach-quan', 'chi-ngan-sach-thanh-pho']);
    const [alternative] = (spending?.alternatives ?? []) as Record<string, unknown>[];
    expect(Object.keys(alternative ?? {}).sort()).toEqual(['factId', 'figure', 'score', 'sentence']);

    expect(empty).toMatchObject({ question: '', answered: false, figure: null, sentence: null, factId: null, report: null });
    expect(gold).toMatchObject({ question: 'giá vàng hôm nay', answered: false, figure: null, figureEn: null, factId: null });
    // An English question gets the figure in English units as well as the report's own.
    expect(english).toMatchObject({ answered: true, figure: '1.195 trường hợp', figureEn: '1,195 cases' });
  });

  it('prints the figure in English units beside the report’s in plain mode for an English question', () => {
    const run = ask(['How many people are in the planning for the current term?']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1.195 trường hợp (1,195 cases) — «');
  });

  it('prints the figure and the report’s sentence in plain mode', () => {
    const run = ask(['thu', 'ngân', 'sách', 'đạt', 'bao', 'nhiêu']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('211%');
    expect(run.stdout).toContain('Thu ngân sách ước đạt 211% dự toán giao.');
    expect(() => JSON.parse(run.stdout) as unknown).toThrow();
  });

  it('exits non-zero with the reason on stderr, and nothing on stdout, when the knowledge is unusable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'empty-knowledge-'));
    temps.push(dir);
    const run = ask(['--json', '--knowledge', dir, 'thu ngân sách đạt bao nhiêu']);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(dir);
    expect(run.stderr).toMatch(/no report folder/);
  });

  it('with several reports, --jsonl names the report of each answer and asks back when none is named, whatever the order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'district-knowledge-'));
    temps.push(dir);
    writeDistrictFolders(dir);
    const questions = ['thu ngân sách huyện Cẩm Giàng đạt bao nhiêu', 'chi ngân sách đạt bao nhiêu', 'chi ngan sach q3'];
    const run = ask(['--jsonl', '--knowledge', dir], questions.join('\n') + '\n');
    expect(run.stderr).toBe('');
    const [named, unnamed, short] = run.stdout.trimEnd().split('\n').map(parseRecord);
    expect(named).toMatchObject({ answered: true, report: 'cam-giang-2024', factId: 'thu-ngan-sach', figure: '118,6%' });
    expect(named?.clarify).toBeUndefined();
    expect(unnamed).toMatchObject({ answered: false, report: null, clarify: { reports: ['cam-giang-2024', 'quan-3-2024', 'hai-ba-trung-2024'] } });
    expect(short).toMatchObject({ answered: true, report: 'quan-3-2024', factId: 'chi-ngan-sach' });
    // Each line is a fresh chat: after an answer about Cẩm Giàng, the unnamed question still asks back.
    const reversed = ask(['--jsonl', '--knowledge', dir], [questions[0], questions[1]].join('\n') + '\n');
    expect(parseRecord(reversed.stdout.trimEnd().split('\n')[1] ?? '{}').clarify).toBeDefined();
  });
});
