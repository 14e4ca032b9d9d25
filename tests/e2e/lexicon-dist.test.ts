/**
 * The lexicon is data shipped beside the engine's code: the built bot (node dist/main.js)
 * must find it as tsx does, or English answers and lexicon matching silently go missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, REPO_ROOT } from './bot-process.js';

beforeAll(ensureBuilt, 120_000);

describe('the built engine', () => {
  it('carries the lexicon file, unchanged, beside its module', () => {
    const built = path.join(REPO_ROOT, 'dist', 'engine', 'lexicon', 'terms.json');
    expect(existsSync(built)).toBe(true);
    expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual(JSON.parse(readFileSync(path.join(REPO_ROOT, 'src', 'engine', 'lexicon', 'terms.json'), 'utf8')));
  });

  it('loads it from dist/ and uses it: a unit only the lexicon knows is rendered in English', () => {
    const script = `import('${path.join(REPO_ROOT, 'dist', 'engine', 'index.js')}').then((e) => process.stdout.write(e.figureInEnglish('2.340 đối tượng')))`;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: path.join(REPO_ROOT, 'dist'), encoding: 'utf8' });
    expect(out).toBe('2,340 suspects');
  });
});
