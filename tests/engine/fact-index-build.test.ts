// The index build remembers what it worked out of each text across reports (a window of two
// reports, and the texts that come back after it): what a report's facts hold must not depend
// on which reports were indexed before it, or on whether a text was met there.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { knowledgeBase, loadKnowledge } from '../../src/engine/knowledge/load.js';
import type { KnowledgeBase } from '../../src/engine/knowledge/types.js';
import { buildFactIndex, type FactIndex } from '../../src/engine/match/fact-index.js';
import { writeDistrictCopies } from '../bench/district-copies.js';
import { KNOWLEDGE_DIR } from '../eval/paths.js';

/** What one fact holds: each term with its weight, the question kinds, the figure's numbers, the pairs binding its words. */
function holdings(index: FactIndex, fact: number): unknown {
  const terms: [string, number][] = [];
  for (const [term, list] of index.postings) {
    const at = list.facts.indexOf(fact);
    if (at >= 0) terms.push([term, list.weights[at] ?? 0]);
  }
  const bound: [string, string[]][] = [];
  for (const [word, list] of index.boundIn) {
    const at = list.facts.indexOf(fact);
    if (at >= 0) bound.push([word, [...(list.pairs[at] ?? [])].sort()]);
  }
  return { terms: terms.sort(), asks: [...(index.asks[fact] ?? [])].sort(), numbers: index.figureNumbers[fact], bound: bound.sort() };
}

describe('the index over several reports', () => {
  // Six districts, "quận" and "huyện" in turn (q, h, q, h, h, q by id): texts of one body word
  // skip a report and come back, so they are let go, met again and kept.
  const { dir } = writeDistrictCopies(KNOWLEDGE_DIR, 6);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const kb = loadKnowledge(dir);
  const together = buildFactIndex(kb);

  it('gives each report’s facts what they get when that report is indexed alone', () => {
    expect(kb.reports.map((r) => r.id)).toHaveLength(6);
    for (const report of kb.reports) {
      const alone: KnowledgeBase = knowledgeBase([report]);
      const own = buildFactIndex(alone);
      const range = together.ranges.get(report.id);
      expect(range).toBeDefined();
      const start = range?.start ?? 0;
      report.facts.forEach((fact, k) => {
        expect({ report: report.id, fact: fact.id, holds: holdings(together, start + k) }).toEqual({ report: report.id, fact: fact.id, holds: holdings(own, k) });
      });
    }
  });

  it('indexes a knowledge base the same when built twice', () => {
    const again = buildFactIndex(kb);
    expect([...again.postings.keys()]).toEqual([...together.postings.keys()]);
    for (const [term, list] of together.postings) {
      const other = again.postings.get(term);
      expect([term, [...(other?.facts ?? [])], [...(other?.weights ?? [])]]).toEqual([term, [...list.facts], [...list.weights]]);
    }
  });
});
