/** `npm run kb -- import|check` end to end, in-process and as a real process. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKb } from '../../src/cli/kb-commands.js';
import { loadKnowledge } from '../../src/engine/index.js';
import { filesUnder, FIXTURES, tempKnowledge } from './import-helpers.js';

async function kb(argv: string[], knowledgeDir: string, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runKb(argv, { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: () => Promise.resolve(Buffer.from(stdin)), knowledgeDir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const PROVINCE = join(FIXTURES, 'province-year-end.txt');

describe('kb import', () => {
  it('imports a file into DIR, refuses it again, re-imports it with --force', async () => {
    const dir = tempKnowledge();
    const first = await kb(['import', PROVINCE, '--id', 'thai-binh-2024', '--knowledge', dir], 'unused');
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toMatch(/^imported thai-binh-2024 into .* in \d+ ms\n {2}"Tỉnh Thái Bình: .*" \(vi, 2024-12-20\); subject: .*Thái Bình/);
    expect(first.out).toMatch(/\d+ facts; topics: .*ngan-sach/);
    expect(loadKnowledge(dir).reports.map((r) => r.id)).toEqual(['thai-binh-2024']);
    const again = await kb(['import', PROVINCE, '--id', 'thai-binh-2024', '--knowledge', dir], 'unused');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/^kb import: .*province-year-end\.txt: report "thai-binh-2024" already exists/);
    const forced = await kb(['import', PROVINCE, '--id', 'thai-binh-2024', '--knowledge', dir, '--force'], 'unused');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('re-imported thai-binh-2024');
    expect(forced.out).toMatch(/added 0\n {2}dropped 0\n {2}changed 0/);
  });

  it('reads standard input with -, into the default knowledge folder', async () => {
    const dir = tempKnowledge();
    const result = await kb(['import', '-', '--id', 'from-stdin', '--language', 'vi'], dir, 'Huyện A thu 5 tỷ đồng\n\nHuyện A thu 5 tỷ đồng, tăng 3%.');
    expect(result.code).toBe(0);
    expect(loadKnowledge(dir).facts.map((f) => f.figure)).toEqual(['5 tỷ đồng', '3%']);
  });

  it('answers usage mistakes and bad files with one line and writes nothing', async () => {
    const dir = tempKnowledge();
    expect((await kb(['import', PROVINCE], dir)).code).toBe(2);
    expect((await kb(['import', PROVINCE, '--id', 'x', '--colour', 'red'], dir)).err).toMatch(/Unknown option '--colour'/);
    expect((await kb(['frobnicate'], dir)).err).toMatch(/^kb: unknown command "frobnicate"\nusage:/);
    const missing = await kb(['import', 'nope.txt', '--id', 'x'], dir);
    expect(missing).toMatchObject({ code: 1, err: 'kb import: nope.txt: no such file' });
    expect((await kb(['import', PROVINCE, '--id', 'x', '--language', 'de'], dir)).err).toBe(`kb import: ${PROVINCE}: unknown language "de" (use vi or en)`);
    expect(filesUnder(dir)).toEqual([]);
  });

  it('names a knowledge folder that is a file in one line, without a stack trace', async () => {
    const dir = tempKnowledge();
    const notAFolder = join(dir, 'knowledge.txt');
    writeFileSync(notAFolder, 'not a folder');
    const result = await kb(['import', PROVINCE, '--id', 'x', '--knowledge', notAFolder], 'unused');
    expect(result).toMatchObject({ code: 1, err: `kb import: ${notAFolder}: is a file, not a folder; nothing was saved` });
    expect(readFileSync(notAFolder, 'utf8')).toBe('not a folder');
  });
});

describe('kb check', () => {
  it('prints facts and hand paraphrases per report, and exits 1 naming a broken fact', async () => {
    const dir = tempKnowledge();
    cpSync(join('knowledge', 'bac-tu-liem-2022'), join(dir, 'bac-tu-liem-2022'), { recursive: true });
    await kb(['import', PROVINCE, '--id', 'thai-binh-2024', '--knowledge', dir], 'unused');
    const good = await kb(['check', dir], 'unused');
    expect(good.code).toBe(0);
    expect(good.out).toMatch(/^ok bac-tu-liem-2022: 33 facts, 33 with hand paraphrases\nok thai-binh-2024: \d+ facts, 0 with hand paraphrases$/);
    const factsFile = join(dir, 'thai-binh-2024', 'facts.json');
    const facts = JSON.parse(readFileSync(factsFile, 'utf8')) as { id: string; figure: string }[];
    const broken = facts[1];
    if (!broken) throw new Error('facts');
    broken.figure = '999 tỷ đồng';
    writeFileSync(factsFile, JSON.stringify(facts));
    const bad = await kb(['check', dir], 'unused');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('ok bac-tu-liem-2022');
    expect(bad.err).toContain(`kb check: ${factsFile} (fact "${broken.id}"): the figure "999 tỷ đồng" does not stand in its sentence`);
  });

  it('says so when the folder holds no report, or cannot be read', async () => {
    const dir = tempKnowledge();
    expect(await kb(['check'], dir)).toMatchObject({ code: 1, err: `kb check: ${dir}: holds no report folder` });
    const missing = join(dir, 'missing');
    expect(await kb(['check', missing], 'unused')).toMatchObject({ code: 1, err: `kb check: ${missing}: the knowledge folder cannot be read` });
  });

  it('checks the folders the bot would load and no others: a hidden one (a save in progress) is skipped', async () => {
    const dir = tempKnowledge();
    cpSync(join('knowledge', 'bac-tu-liem-2022'), join(dir, 'bac-tu-liem-2022'), { recursive: true });
    mkdirSync(join(dir, '.bac-tu-liem-2022.tmp'));
    writeFileSync(join(dir, 'notes.txt'), 'not a report');
    const checked = await kb(['check', dir], 'unused');
    expect(checked).toMatchObject({ code: 0, err: '' });
    expect(checked.out).toBe('ok bac-tu-liem-2022: 33 facts, 33 with hand paraphrases');
    expect(loadKnowledge(dir).reports.map((r) => r.id)).toEqual(['bac-tu-liem-2022']);
  });
});

describe('the kb process', () => {
  it('imports from a pipe and checks, with exit codes', () => {
    const dir = tempKnowledge();
    const run = (args: string[], input?: string) => spawnSync('npx', ['tsx', 'src/cli/kb.ts', ...args], { encoding: 'utf8', input, env: { ...process.env, KNOWLEDGE_DIR: dir } });
    const imported = run(['import', '-', '--id', 'piped'], readFileSync(PROVINCE, 'utf8'));
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(run(['check']).stdout).toMatch(/^ok piped: \d+ facts, 0 with hand paraphrases\n$/);
    const empty = run(['import', '-', '--id', 'empty'], '');
    expect(empty.status).toBe(1);
    expect(empty.stderr).toBe('kb import: stdin: is empty\n');
  });
});
