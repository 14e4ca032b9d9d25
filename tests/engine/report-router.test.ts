/** Routing: which report a question names, and what happens when it names none. */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/engine/index.js';
import { buildFactIndex } from '../../src/engine/match/fact-index.js';
import { ReportRouter } from '../../src/engine/match/report-router.js';
import { WordResolver } from '../../src/engine/match/word-resolver.js';
import { districtKnowledge } from './district-reports.js';

const kb = districtKnowledge();
const index = buildFactIndex(kb);
const resolver = new WordResolver(index, new ReportRouter(index));
const matcher = createMatcher(kb);
const named = (q: string) => resolver.read(q).route.reports;

describe('ReportRouter', () => {
  it.each([
    ['thu ngân sách huyện Cẩm Giàng đạt bao nhiêu', 'cam-giang-2024'],
    ['thu ngan sach cam giang dat bao nhieu', 'cam-giang-2024'],
    ['CẨM GIÀNG CHI NGÂN SÁCH', 'cam-giang-2024'],
    ['chi ngân sách Q3', 'quan-3-2024'],
    ['chi ngan sach q.3 bn', 'quan-3-2024'],
    ['Quận 3 thu ngân sách', 'quan-3-2024'],
    ['thu ngân sách hai bà trưng', 'hai-ba-trung-2024'],
    ['HBT thu ngân sách đạt bao nhiêu', 'hai-ba-trung-2024'],
  ])('%j names %s', (q, report) => {
    expect(named(q)).toEqual([report]);
  });

  it('names no report in a question about no district, and does not take "quận 30" for Quận 3', () => {
    expect(named('thu ngân sách đạt bao nhiêu')).toEqual([]);
    expect(named('chi ngân sách quận 30')).toEqual([]);
  });

  it('the words of a name pick a report, not a fact: they are read as the subject', () => {
    const how = resolver.read('thu ngân sách huyện Cẩm Giàng').readings.map((r) => r.how);
    expect(how).toEqual(['known', 'known', 'known', 'subject', 'subject', 'subject']);
  });

  it('sees a place named with a body word that no report is about', () => {
    expect(resolver.read('thu ngân sách huyện Gia Lâm').route.unknownPlace).toBe(true);
    expect(resolver.read('thu ngân sách huyện Cẩm Giàng').route.unknownPlace).toBe(false);
  });
});

describe('asking with several reports loaded', () => {
  it('answers a question that names its report from that report only, however it is typed', () => {
    for (const q of ['thu ngân sách huyện Cẩm Giàng đạt bao nhiêu', 'cam giang thu ngan sach', 'Q3 thu ngân sách đạt bao nhiêu', 'thu ngân sách HBT']) {
      const answer = matcher.ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.best?.fact.report, q).toBe(named(q)[0]);
      expect(answer.best?.fact.id, q).toBe('thu-ngan-sach');
    }
  });

  it('reads a loaded name typed without marks as the name, though its syllables are chat shorthand', () => {
    const withHongBang = createMatcher(districtKnowledge(['cam-giang-2024', 'hong-bang-2024']));
    for (const q of ['thu ngan sach quan hong bang dat bao nhieu', 'Hong Bang: thu ngan sach dat bn', 'hong bang thu ngan sach dat bn']) {
      const answer = withHongBang.ask(q);
      expect(answer.best?.fact.report, q).toBe('hong-bang-2024');
      expect(answer.best?.fact.id, q).toBe('thu-ngan-sach');
    }
    // "hong" alone is still "không": it names nothing.
    expect(withHongBang.ask('thu ngan sach hong dat bao nhieu').clarify?.reports).toHaveLength(2);
  });

  it('declines a question about a place no loaded report is about', () => {
    const answer = matcher.ask('thu ngân sách huyện Gia Lâm đạt bao nhiêu');
    expect(answer.answered).toBe(false);
    expect(answer.clarify).toBeUndefined();
  });

  it('asks back which report is meant, newest first, when several answer and none is named or current', () => {
    const answer = matcher.ask('thu ngân sách đạt bao nhiêu');
    expect(answer.answered).toBe(false);
    expect(answer.best).toBeNull();
    expect(answer.clarify?.reports).toEqual(['cam-giang-2024', 'quan-3-2024', 'hai-ba-trung-2024']);
  });

  it("answers from the chat's current report when it answers the question", () => {
    const answer = matcher.ask('chi ngân sách đạt bao nhiêu', { report: 'quan-3-2024' });
    expect(answer.answered).toBe(true);
    expect(answer.best?.fact.report).toBe('quan-3-2024');
    expect(answer.best?.fact.id).toBe('chi-ngan-sach');
  });

  it("a named report wins over the chat's current one", () => {
    expect(matcher.ask('chi ngân sách huyện Cẩm Giàng', { report: 'quan-3-2024' }).best?.fact.report).toBe('cam-giang-2024');
  });

  it('an unknown current report is ignored, and a question nobody answers is declined without asking back', () => {
    expect(matcher.ask('thu ngân sách đạt bao nhiêu', { report: 'gone-2020' }).clarify?.reports).toHaveLength(3);
    const weather = matcher.ask('thời tiết hôm nay thế nào');
    expect(weather.answered).toBe(false);
    expect(weather.clarify).toBeUndefined();
  });

  it('with one report loaded, a question that names none is simply answered', () => {
    const one = createMatcher(districtKnowledge(['cam-giang-2024']));
    const answer = one.ask('thu ngân sách đạt bao nhiêu');
    expect(answer.answered).toBe(true);
    expect(answer.clarify).toBeUndefined();
  });

  it('scores the same fact the same whether one or all reports are loaded', () => {
    const one = createMatcher(districtKnowledge(['cam-giang-2024']));
    const q = 'chi ngân sách huyện Cẩm Giàng đạt bao nhiêu';
    expect(matcher.ask(q).best?.score).toBeCloseTo(one.ask(q).best?.score ?? 0, 1);
  });

  it('inline search keeps to the named report', () => {
    const found = matcher.search('chi ngân sách Q3', 10);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((m) => m.fact.report))).toEqual(new Set(['quan-3-2024']));
  });
});
