/** Writes to knowledge are checked like a load and never leave a half-written folder. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KnowledgeError, loadKnowledge, readReportFiles, saveReport } from '../../src/engine/index.js';

// renameSync passes through, so a test can make one rename of a save fail, as a full disk would.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, renameSync: vi.fn(real.renameSync) };
});
const realRename = (await vi.importActual<typeof import('node:fs')>('node:fs')).renameSync;

const SEED = join('knowledge', 'bac-tu-liem-2022');
const seed = readReportFiles(SEED);
const temps: string[] = [];
afterEach(() => {
  vi.mocked(renameSync).mockReset().mockImplementation(realRename);
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'save-'));
  temps.push(dir);
  return dir;
}

describe('saveReport', () => {
  it('writes a folder that loads, and refuses to overwrite it unless told', () => {
    const dir = tempDir();
    saveReport(dir, 'bac-tu-liem-2022', seed, { replace: false });
    expect(loadKnowledge(dir).facts.length).toBe(loadKnowledge('knowledge').facts.length);
    expect(() => saveReport(dir, 'bac-tu-liem-2022', seed, { replace: false })).toThrow(/already exists/);
  });

  it('keeps the previous version of the report it replaces, hidden from the loader', () => {
    const dir = tempDir();
    saveReport(dir, 'bac-tu-liem-2022', seed, { replace: false });
    const facts = JSON.parse(seed.facts) as { questions: { vi: string[] } }[];
    facts[0]?.questions.vi.push('Ngân sách thu về được mấy phần trăm?');
    saveReport(dir, 'bac-tu-liem-2022', { ...seed, facts: JSON.stringify(facts) }, { replace: true });
    expect(readFileSync(join(dir, '.bac-tu-liem-2022.prev', 'facts.json'), 'utf8')).toBe(seed.facts);
    expect(readFileSync(join(dir, 'bac-tu-liem-2022', 'facts.json'), 'utf8')).toContain('mấy phần trăm');
    expect(loadKnowledge(dir).reports.map((r) => r.id)).toEqual(['bac-tu-liem-2022']);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces the article and its facts together: a failure part way leaves the old report whole', () => {
    const dir = tempDir();
    saveReport(dir, 'bac-tu-liem-2022', seed, { replace: false });
    // An edit that only loads as a pair: the article and the fact both say 212%.
    const edited = { ...seed, article: seed.article.replaceAll('211%', '212%'), facts: seed.facts.replace(/211%/g, '212%') };
    // The second rename, the new folder into place, fails after the old one was moved aside.
    vi.mocked(renameSync)
      .mockImplementationOnce(realRename)
      .mockImplementationOnce(() => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      });
    expect(() => saveReport(dir, 'bac-tu-liem-2022', edited, { replace: true })).toThrow(/ENOSPC/);
    const report = loadKnowledge(dir).report('bac-tu-liem-2022');
    expect(report?.article).toBe(seed.article);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('loads the kept version when a save was killed between its two renames', () => {
    const dir = tempDir();
    saveReport(dir, 'bac-tu-liem-2022', seed, { replace: false });
    // What a kill leaves: the old folder moved aside, the new one still under its temporary name.
    renameSync(join(dir, 'bac-tu-liem-2022'), join(dir, '.bac-tu-liem-2022.prev'));
    cpSync(join(dir, '.bac-tu-liem-2022.prev'), join(dir, '.bac-tu-liem-2022.1.2.tmp'), { recursive: true });
    expect(loadKnowledge(dir).report('bac-tu-liem-2022')?.article).toBe(seed.article);
    saveReport(dir, 'bac-tu-liem-2022', seed, { replace: true });
    expect(readdirSync(dir).sort()).toEqual(['.bac-tu-liem-2022.prev', 'bac-tu-liem-2022']);
  });

  it('names the file, in one line, for JSON it cannot read, and reads JSON saved with a byte-order mark', () => {
    const dir = tempDir();
    saveReport(dir, 'bac-tu-liem-2022', { ...seed, facts: `\uFEFF${seed.facts}` }, { replace: false });
    expect(loadKnowledge(dir).facts.length).toBe(loadKnowledge('knowledge').facts.length);
    expect(() => saveReport(dir, 'bac-tu-liem-2022', { ...seed, facts: '[\n  {\n  "id": ' }, { replace: true })).toThrow(/facts\.json: is not valid JSON: [^\n]*$/);
  });

  it('writes nothing when a fact fails the checks, and names it', () => {
    const dir = tempDir();
    const facts = JSON.parse(seed.facts) as { id: string; figure: string }[];
    const first = facts[0];
    if (first === undefined) throw new Error('the seed has facts');
    first.figure = '999%';
    let caught: unknown;
    try {
      saveReport(dir, 'bac-tu-liem-2022', { ...seed, facts: JSON.stringify(facts) }, { replace: false });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KnowledgeError);
    expect((caught as KnowledgeError).factId).toBe(first.id);
    expect(existsSync(join(dir, 'bac-tu-liem-2022'))).toBe(false);
  });

  it('refuses an id that would write outside the knowledge folder', () => {
    const dir = tempDir();
    expect(() => saveReport(dir, '../escape', seed, { replace: false })).toThrow(/not a report id/);
  });
});
