// Answers are decided from scores that leave out facts below a floor: the policy's own
// (answer-policy MIN_SUGGESTION_COVERAGE) and, over several reports, the higher one a passing
// fact of the first report asked back allows (outcome-floor.ts). Explanations score every fact.
// Over the evaluation, genre and routing questions, with one report, several copies of it, and
// the genre reports loaded together, with and without a current report and naming one, both
// must decide the same: the floors only save work.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMatcher, loadKnowledge, type Matcher } from '../../src/engine/index.js';
import { knowledgeBase } from '../../src/engine/knowledge/load.js';
import { districts, writeDistrictCopies } from '../bench/district-copies.js';
import { parseCases } from '../eval/evaluate.js';
import { KNOWLEDGE_DIR, QUESTIONS_FILE, REPORTS_DIR, ROUTING_FILE, SECOND_SET_FILE, THIRD_SET_FILE } from '../eval/paths.js';
import { importReportSet, readReportSet } from '../eval/report-set.js';
import { readRoutingCases } from '../eval/routing-set.js';
import { buildFactIndex } from '../../src/engine/match/fact-index.js';
import { FactScorer, RANK_OVER_COVERAGE } from '../../src/engine/match/fact-scorer.js';
import { WordResolver } from '../../src/engine/match/word-resolver.js';
import { outcomeFloor } from '../../src/engine/match/outcome-floor.js';

const { dir } = writeDistrictCopies(KNOWLEDGE_DIR, 4);
const genreDir = mkdtempSync(join(tmpdir(), 'floor-genre-'));
afterAll(() => {
  for (const d of [dir, genreDir]) rmSync(d, { recursive: true, force: true });
});
const set = readReportSet(REPORTS_DIR);
const seedQuestions = [QUESTIONS_FILE, SECOND_SET_FILE, THIRD_SET_FILE].flatMap((file) => parseCases(readFileSync(file, 'utf8')).map((c) => c.q));
const genreQuestions = [...set.flatMap((r) => r.cases.map((c) => c.q)), ...readRoutingCases(ROUTING_FILE).map((c) => c.q)];
const questions = [...seedQuestions, ...genreQuestions];
const seed = createMatcher(loadKnowledge(KNOWLEDGE_DIR));
const copies = createMatcher(loadKnowledge(dir));
const genreKb = knowledgeBase([...loadKnowledge(KNOWLEDGE_DIR).reports, ...importReportSet(set, genreDir)]);
const genre = createMatcher(genreKb);
const [, other] = districts(4);

/** Every question decided by `ask` as by `explain`, which scores every fact. */
function sameAsEveryFact(matcher: Matcher, asked: readonly string[], report?: string): void {
  const options = report === undefined ? {} : { report };
  for (const q of asked) expect(matcher.ask(q, options), q).toEqual(matcher.explain(q, options).answer);
}

describe('the scoring floors', () => {
  it('decide every question as scoring every fact would, with one report', () => {
    sameAsEveryFact(seed, questions);
  });

  it('decide the same over copies of one report, which ask back which is meant', () => {
    sameAsEveryFact(copies, questions);
  });

  it('decide the same over different reports loaded together', () => {
    sameAsEveryFact(genre, questions);
  });

  it('decide the same in a chat whose current report is one of them, and for questions naming one', () => {
    for (const q of seedQuestions.slice(0, 120)) {
      expect(copies.ask(q, { report: other?.id }), q).toEqual(copies.explain(q, { report: other?.id }).answer);
      const named = `${q} ở ${other?.body ?? ''} ${other?.name ?? ''}`;
      expect(copies.ask(named), named).toEqual(copies.explain(named).answer);
    }
    sameAsEveryFact(genre, genreQuestions, genreKb.reports[1]?.id);
  });

  it('leave out, at any floor, exactly the facts below it: those above score and rank as with every fact scored', () => {
    // The scorer drops facts whose terms cannot lift them to the floor before any tally.
    const index = buildFactIndex(genreKb);
    const resolver = new WordResolver(index);
    const scorer = new FactScorer(index);
    for (const q of questions) {
      const asked = scorer.prepare(resolver.read(q));
      const all = scorer.score(asked).ranked;
      for (const floor of [0.4, 0.62, 0.75]) expect(scorer.score(asked, scorer.everything, floor).ranked, `${q} @${floor}`).toEqual(all.filter((s) => s.coverage >= floor));
    }
  });

  it('rise only from a fact that passes, and never above what the closest alternative needs', () => {
    const scored = (rank: number, coverage: number, eligible: boolean) => ({ fact: 0, rank, coverage, evidence: 5, eligible });
    expect(outcomeFloor({ ranked: [scored(0.9, 0.9, false), scored(0.5, 0.5, true)], subjects: [] }, 0.4)).toBe(0.4);
    const raised = outcomeFloor({ ranked: [scored(0.9, 0.9, true)], subjects: [] }, 0.4);
    expect(raised).toBeGreaterThan(0.62);
    expect(raised).toBeLessThanOrEqual(0.9 * 0.9 - RANK_OVER_COVERAGE);
  });
});
