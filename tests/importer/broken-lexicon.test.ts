/** A broken shipped lexicon is named in one line by `kb check` and by the matcher, never a crash on import. */
import { describe, expect, it, vi } from 'vitest';
import { runKb } from '../../src/cli/kb-commands.js';
import { createMatcher, LexiconError, loadKnowledge } from '../../src/engine/index.js';

// An entry whose English is a number, as a slip in editing terms.json would leave it.
vi.mock('../../src/engine/lexicon/terms.json', () => ({ default: { terms: [{ vi: ['thu ngân sách'], en: 5 }] } }));

describe('a broken genre lexicon', () => {
  it('is a LexiconError naming terms.json and the entry when the engine first needs it', () => {
    const kb = loadKnowledge('knowledge');
    expect(() => createMatcher(kb)).toThrow(LexiconError);
    expect(() => createMatcher(kb)).toThrow(/terms\.json \(entry 1[^)]*\): "en" must be a list/);
  });

  it('fails kb check, which said "ok" for the reports alone', async () => {
    const err: string[] = [];
    const code = await runKb(['check', 'knowledge'], { out: () => undefined, err: (l) => err.push(l), readStdin: () => Promise.resolve(Buffer.from('')), knowledgeDir: 'knowledge' });
    expect(code).toBe(1);
    expect(err).toEqual([expect.stringMatching(/^kb check: .*terms\.json \(entry 1[^)]*\): "en" must be a list/)]);
  });
});
