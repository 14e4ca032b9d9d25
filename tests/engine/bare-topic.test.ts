// Inputs that ask nothing, through the whole engine: a topic several facts hold is asked
// back ("which figure?"), a figure asked back on its own and a topic one fact holds are answered.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createMatcher, loadKnowledge } from '../../src/engine/index.js';
import { asksSomething } from '../../src/engine/match/asking.js';
import { buildFactIndex } from '../../src/engine/match/fact-index.js';
import { WordResolver } from '../../src/engine/match/word-resolver.js';
import { districts, writeDistrictCopies } from '../bench/district-copies.js';
import { KNOWLEDGE_DIR } from '../eval/paths.js';

const kb = loadKnowledge(KNOWLEDGE_DIR);
const matcher = createMatcher(kb);
const ids = (matches: readonly { fact: { id: string } }[]): string[] => matches.map((m) => m.fact.id);

describe('asksSomething', () => {
  const resolver = new WordResolver(buildFactIndex(kb));
  const asks = (q: string): boolean => asksSomething(resolver.read(q));

  it('hears a question word, typed with marks, without, or as chat shorthand', () => {
    for (const q of ['ngân sách bao nhiêu', 'ngan sach bn', 'ngân sách là gì', 'ngân sách thế nào', 'ai chủ trì', 'hội nghị ở đâu', 'What is the budget?', 'how much revenue']) {
      expect(asks(q), q).toBe(true);
    }
  });

  it('takes a number for a figure asked back', () => {
    for (const q of ['211%', '12,37%', '452 tỷ', '13/12']) expect(asks(q), q).toBe(true);
  });

  it('hears no question in a bare topic, nor in a word that only folds like a question word', () => {
    for (const q of ['ngân sách', 'NGÂN SÁCH!!!', '%', 'budget', 'giao', 'đầu tư', 'máy', 'ngân sách của quận']) expect(asks(q), q).toBe(false);
  });
});

describe('a bare topic, of the seed report', () => {
  it('is asked back with the facts that hold it when several sentences do', () => {
    for (const q of ['ngân sách', 'dự toán', '%', 'giao', 'budget', 'Ngân sách?']) {
      const answer = matcher.ask(q);
      expect(answer.answered, q).toBe(false);
      expect(answer.broad, q).toBe(true);
      expect(answer.alternatives.length, q).toBeGreaterThan(1);
      expect(new Set(answer.alternatives.map((m) => m.fact.sentence)).size, q).toBeGreaterThan(1);
    }
    expect(ids(matcher.ask('ngân sách').alternatives)).toEqual(['thu-ngan-sach', 'chi-ngan-sach-thanh-pho', 'chi-ngan-sach-quan']);
  });

  it('is answered when one fact holds it, or only figures of one sentence do', () => {
    expect(matcher.ask('Bí thư').best?.fact.id).toBe('bi-thu-quan-uy');
    expect(matcher.ask('khẩu hiệu').best?.fact.id).toBe('chu-de-2023');
    expect(matcher.ask('thu ngân sách').best?.fact.id).toBe('thu-ngan-sach');
    const spending = matcher.ask('chi ngân sách');
    expect(spending.best?.fact.id).toBe('chi-ngan-sach-thanh-pho');
    expect(ids(spending.alternatives)).toEqual(['chi-ngan-sach-quan']);
  });

  it('is answered as before once a question word asks about it', () => {
    const answer = matcher.ask('ngân sách đạt bao nhiêu');
    expect(answer.answered).toBe(true);
    expect(answer.broad).toBeUndefined();
  });

  it('leaves a figure asked back on its own answered', () => {
    expect(matcher.ask('211%').best?.fact.id).toBe('thu-ngan-sach');
    expect(matcher.ask('12,37%').best?.fact.id).toBe('gia-tri-san-xuat');
    expect(matcher.ask('12.37%').best?.fact.id).toBe('gia-tri-san-xuat');
  });

  it('does not take a figure asked with a minus sign for the report’s figure without one', () => {
    expect(matcher.ask('-211%').answered).toBe(false);
    expect(matcher.ask('−12,37%').answered).toBe(false);
  });

  it('decides as an explanation, which scores every fact, does', () => {
    for (const q of ['ngân sách', 'giao', '%', 'Bí thư']) expect(matcher.ask(q), q).toEqual(matcher.explain(q).answer);
  });
});

describe('a bare topic, over copies of the report', () => {
  const { dir } = writeDistrictCopies(KNOWLEDGE_DIR, 3);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const copies = createMatcher(loadKnowledge(dir));
  const [, other] = districts(3);

  it('is asked back within the chat’s current report, not across every report', () => {
    const answer = copies.ask('ngân sách', { report: other?.id });
    expect(answer.broad).toBe(true);
    expect(answer.clarify).toBeUndefined();
    expect(new Set(answer.alternatives.map((m) => m.fact.report))).toEqual(new Set([other?.id]));
  });

  it('decides as an explanation does, with no current report and naming one', () => {
    for (const q of ['ngân sách', 'giao', `giao ${other?.name ?? ''}`]) expect(copies.ask(q), q).toEqual(copies.explain(q).answer);
  });
});
