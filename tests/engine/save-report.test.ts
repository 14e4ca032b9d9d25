/** Writes to knowledge are checked like a load and never leave a half-written folder. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge, readReportFiles, saveReport } from '../../src/engine/index.js';

const SEED = join('knowledge', 'bac-tu-liem-2022');
const seed = readReportFiles(SEED);
const temps: string[] = [];
afterEach(() => {
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

  it('keeps the previous version of each file it replaces', () => {
    const dir = tempDir();
    saveReport(dir, 'bac-tu-liem-2022', seed, { replace: false });
    const facts = JSON.parse(seed.facts) as { questions: { vi: string[] } }[];
    facts[0]?.questions.vi.push('Ngân sách thu về được mấy phần trăm?');
    saveReport(dir, 'bac-tu-liem-2022', { ...seed, facts: JSON.stringify(facts) }, { replace: true });
    const folder = join(dir, 'bac-tu-liem-2022');
    expect(readFileSync(join(folder, 'facts.json.prev'), 'utf8')).toBe(seed.facts);
    expect(readFileSync(join(folder, 'facts.json'), 'utf8')).toContain('mấy phần trăm');
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
