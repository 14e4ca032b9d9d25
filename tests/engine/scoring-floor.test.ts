// Answers are decided from scores that leave out facts below the policy's floor (answer-policy
// MIN_SUGGESTION_COVERAGE); explanations score every fact. Over the evaluation questions, with
// several reports loaded and with one named, both must decide the same: the floor only saves work.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createMatcher, loadKnowledge } from '../../src/engine/index.js';
import { districts, writeDistrictCopies } from '../bench/district-copies.js';
import { parseCases } from '../eval/evaluate.js';
import { KNOWLEDGE_DIR, QUESTIONS_FILE, SECOND_SET_FILE } from '../eval/paths.js';

const { dir } = writeDistrictCopies(KNOWLEDGE_DIR, 4);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const matcher = createMatcher(loadKnowledge(dir));
const questions = [QUESTIONS_FILE, SECOND_SET_FILE].flatMap((file) => parseCases(readFileSync(file, 'utf8')).map((c) => c.q));
const [, other] = districts(4);

describe('the scoring floor', () => {
  it('decides every evaluation question as scoring every fact would', () => {
    for (const q of questions) expect(matcher.ask(q), q).toEqual(matcher.explain(q).answer);
  });

  it('decides the same in a chat whose current report is one of them, and for questions naming one', () => {
    for (const q of questions.slice(0, 120)) {
      expect(matcher.ask(q, { report: other?.id }), q).toEqual(matcher.explain(q, { report: other?.id }).answer);
      const named = `${q} ở ${other?.body ?? ''} ${other?.name ?? ''}`;
      expect(matcher.ask(named), named).toEqual(matcher.explain(named).answer);
    }
  });
});
