/** declines.json: an editor's "the report does not say this", checked and saved like the rest of a report. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge, parseReport, readReportFiles, saveReport } from '../../src/engine/index.js';

const SEED = join('knowledge', 'bac-tu-liem-2022');
const seed = readReportFiles(SEED);
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('declines.json', () => {
  it('is optional, and loads as the report\'s declines when present', () => {
    expect(parseReport(seed, SEED).declines).toBeUndefined();
    const report = parseReport({ ...seed, declines: JSON.stringify(['dân số quận là bao nhiêu']) }, SEED);
    expect(report.declines).toEqual(['dân số quận là bao nhiêu']);
  });

  it.each([
    ['not a list', '{"q": 1}', /declines\.json.*must be a list/],
    ['an empty question', '["", "x"]', /must be a non-empty string/],
    ['the same question twice', '["Dân số?", "dân số? "]', /listed twice/],
    ['a huge question', JSON.stringify(['x'.repeat(501)]), /longer than 500/],
    ['broken JSON', '["a",', /declines\.json: is not valid JSON/],
  ])('refuses %s, naming the file', (_what, text, problem) => {
    let error: unknown;
    try {
      parseReport({ ...seed, declines: text }, SEED);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).message).toMatch(problem);
    expect((error as KnowledgeError).file).toContain('declines.json');
  });

  it('is written by saveReport beside the other files and read back by the loader', () => {
    const dir = mkdtempSync(join(tmpdir(), 'declines-'));
    temps.push(dir);
    saveReport(dir, 'bac-tu-liem-2022', { ...seed, declines: '["giá vàng hôm nay"]\n' }, { replace: false });
    expect(readFileSync(join(dir, 'bac-tu-liem-2022', 'declines.json'), 'utf8')).toBe('["giá vàng hôm nay"]\n');
    expect(loadKnowledge(dir).reports[0]?.declines).toEqual(['giá vàng hôm nay']);
    expect(() => saveReport(dir, 'bac-tu-liem-2022', { ...seed, declines: '[1]' }, { replace: true })).toThrow(KnowledgeError);
    expect(loadKnowledge(dir).reports[0]?.declines).toEqual(['giá vàng hôm nay']);
  });
});
