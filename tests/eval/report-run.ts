// One measurement of the genre test reports: import every article into a temporary folder,
// then ask each report's questions of that report alone, of all of them loaded together
// with the seed, and of the fuse.js baseline. Shared by `npm run eval -- --set reports` and the gate.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMatcher, loadKnowledge } from '../../src/engine/index.js';
import { knowledgeBase } from '../../src/engine/knowledge/load.js';
import { KNOWLEDGE_DIR, REPORTS_DIR, ROUTING_FILE } from './paths.js';
import { readRoutingCases, scoreRouting, type RoutingTally } from './routing-set.js';
import { fuseAnswerer, importReportSet, matcherAnswerer, readReportSet, scoreReportSet, type Answerer, type ReportSetResult } from './report-set.js';

export interface ReportRun {
  readonly reports: number;
  readonly facts: number;
  /** Each report's questions asked of that report alone. */
  readonly alone: ReportSetResult;
  /** Every report's questions asked of all of them and the seed, loaded together. */
  readonly together: ReportSetResult;
  /** fuse.js with default options over each report's sentences, alone. */
  readonly baseline: ReportSetResult;
  /** The set's routing questions (its routing.jsonl, when it has one), asked of all of them and the seed loaded together. */
  readonly routing?: RoutingTally;
}

export function runReportSet(dir: string = REPORTS_DIR): ReportRun {
  // The routing questions are about the set's own reports: a set without them (holdout) has none.
  const routingFile = dir === REPORTS_DIR ? ROUTING_FILE : join(dir, 'routing.jsonl');
  const set = readReportSet(dir);
  const knowledge = mkdtempSync(join(tmpdir(), 'report-set-'));
  try {
    const imported = importReportSet(set, knowledge);
    const cases = set.flatMap((r) => r.cases);
    const byId = (id: string) => imported.find((r) => r.id === id);
    const alone = new Map<string, Answerer>();
    const baseline = new Map<string, Answerer>();
    for (const report of imported) {
      alone.set(report.id, matcherAnswerer(createMatcher(knowledgeBase([report]))));
      baseline.set(report.id, fuseAnswerer([report]));
    }
    const everything = createMatcher(knowledgeBase([...loadKnowledge(KNOWLEDGE_DIR).reports, ...imported]));
    const all = matcherAnswerer(everything);
    const ask = (answerers: Map<string, Answerer>) => scoreReportSet(cases, (c) => answerers.get(c.report)?.(c.q) ?? null);
    return {
      reports: imported.length,
      facts: set.reduce((n, r) => n + (byId(r.id)?.facts.length ?? 0), 0),
      alone: ask(alone),
      together: scoreReportSet(cases, (c) => all(c.q)),
      baseline: ask(baseline),
      ...(existsSync(routingFile) ? { routing: scoreRouting(readRoutingCases(routingFile), everything) } : {}),
    };
  } finally {
    rmSync(knowledge, { recursive: true, force: true });
  }
}
