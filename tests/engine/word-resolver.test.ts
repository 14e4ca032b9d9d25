/** Resolving words: what each word of a question stands for, before any fact is scored. */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/engine/index.js';
import { buildFactIndex } from '../../src/engine/match/fact-index.js';
import { WordResolver } from '../../src/engine/match/word-resolver.js';
import { smallKnowledge } from './small-report.js';

const resolver = new WordResolver(buildFactIndex(loadKnowledge('knowledge')));

function wordOf(question: string, typed: string) {
  const read = resolver.read(question);
  const found = read.words.find((w) => w.word.typed === typed);
  if (found === undefined) throw new Error(`no word "${typed}" in ${JSON.stringify(question)}`);
  return found;
}

describe('WordResolver', () => {
  it('keeps a known word as itself, with full credit', () => {
    expect(wordOf('thu ngân sách', 'ngân').resolved).toMatchObject({ terms: ['ngan'], credit: 1, soft: false });
  });

  it('corrects one slip of the keyboard, for less credit', () => {
    const { resolved } = wordOf('thu ngân sáchh', 'sáchh');
    expect(resolved?.terms).toEqual(['sach']);
    expect(resolved?.credit).toBeLessThan(1);
  });

  it('splits two known words typed together', () => {
    expect(wordOf('thu ngansach', 'ngansach').resolved?.terms).toEqual(['ngan', 'sach']);
  });

  it('leaves a real Vietnamese word it does not know unknown instead of turning it into a near one', () => {
    expect(wordOf('giá vàng', 'vàng').resolved).toBeNull();
    expect(wordOf('trời mưa', 'trời').resolved).toBeNull();
  });

  it('does not let a word typed with tone marks stand for a word of another tone', () => {
    // "đá" folds to "da", which the index knows only as "đã", a question word.
    expect(wordOf('bóng đá', 'đá').resolved?.soft ?? false).toBe(false);
  });

  it('reads question words and the report’s own subject as soft: they break ties only', () => {
    expect(wordOf('thu ngân sách bn', 'bn').resolved?.soft).toBe(true);
    expect(wordOf('bắc từ liêm thu ngân sách', 'liêm').resolved?.soft).toBe(true);
  });

  it('remembers the marks typed on a word the report spells with marks', () => {
    expect(wordOf('dân số', 'số').resolved?.accent).toBe('sô1');
    expect(wordOf('dan so', 'so').resolved?.accent).toBeUndefined();
  });

  it('marks a name the report does not know, but not one it does', () => {
    expect(wordOf('thu ngân sách Cầu Giấy', 'cầu').name).toBe(true);
    expect(wordOf('thu ngân sách Bắc Từ Liêm', 'bắc').name).toBe(false);
    expect(wordOf('Nam Từ Liêm thu ngân sách', 'nam').name).toBe(true);
  });

  it('reads a place typed whole without its place noun, marks or capitals as that place, not another', () => {
    const district = new WordResolver(
      buildFactIndex(
        smallKnowledge([{ id: 'thu', figure: '131,2%', sentence: 'Thu ngân sách huyện Tiên Hưng bằng 131,2% dự toán.' }], { subject: ['huyện Tiên Hưng', 'Tiên Hưng'] }),
      ),
    );
    const named = (question: string, typed: string) => district.read(question).words.find((w) => w.word.typed === typed)?.name;
    expect(named('thu ns tien hung dat bn %', 'tien')).toBe(false);
    expect(named('thu ngân sách Tiên Hưng', 'tiên')).toBe(false);
    // Only the tail of a longer name after another word is another place: "Nam Từ Liêm" above.
  });

  it('reads an English question word typed unmarked in a Vietnamese question as the syllable it pairs with', () => {
    expect(wordOf('quan to chuc hoi nghi ngay nao', 'to').resolved?.soft).toBe(false);
    expect(wordOf('quan to chuc hoi nghi ngay nao', 'to').resolved?.terms).toEqual(['to']);
    // In English, or with no pair the reports hold, it stays a question word.
    expect(wordOf('what did the district do to the budget', 'to').resolved?.soft).toBe(true);
    expect(wordOf('thu ngan sach the nao', 'the').resolved?.soft).toBe(true);
  });

  it('reads English fillers as question words, as the Vietnamese list reads "còn", "đi", "được"', () => {
    // Unknown, "left" would weigh as a subject the report lacks; "went" was corrected to "cent".
    expect(wordOf('how many poor households are still left', 'left').resolved?.soft).toBe(true);
    expect(wordOf('how many poor households are still left', 'still').resolved?.soft).toBe(true);
    expect(wordOf('how many people went to the conference', 'went').resolved?.soft).toBe(true);
    // A word that bounds a figure stays a subject word.
    expect(wordOf('how much revenue over plan', 'over').resolved?.soft ?? false).toBe(false);
  });

  it('tells English from Vietnamese, with or without marks', () => {
    expect(resolver.read('How much revenue did the district collect?').language).toBe('en');
    expect(resolver.read('thu ngan sach dat bao nhieu').language).toBe('vi');
  });

  it('says how each word was read, for explanations', () => {
    const how = resolver.read('thu ngân sáchh bn Cầu Giấy').readings.map((r) => r.how);
    expect(how).toEqual(['known', 'known', 'corrected', 'question-word', 'question-word', 'name', 'name']);
  });
});
