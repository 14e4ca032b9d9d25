/** Temp knowledge folders for importer tests, removed after each test. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-import-'));
  temps.push(dir);
  return dir;
}

/** Every file under a folder, relative: "nothing written" means this stays empty. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

export const FIXTURES = join('tests', 'importer', 'fixtures');
