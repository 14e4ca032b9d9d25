/**
 * A knowledge folder edited by hand must fail loudly at start-up, naming the file and
 * the fact, rather than load and give wrong answers. Each case breaks a copy of the
 * real report folder in one way.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMatcher, KnowledgeError, loadKnowledge } from '../../src/engine/index.js';

const REPORT = 'bac-tu-liem-2022';
const SOURCE = join('knowledge', REPORT);
const FILES = ['article.txt', 'report.json', 'facts.json'] as const;

type Json = Record<string, unknown>;
interface FactJson extends Json {
  id: string;
  figure: string;
  sentence: string;
  topic: string;
  questions: { vi: string[]; en: string[] };
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  temps.push(dir);
  return dir;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8')) as unknown;
const writeJson = (file: string, value: unknown): void => {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
};

/** A copy of the real report folder under a fresh knowledge dir, optionally under another folder name. */
function copyReport(folder = REPORT): { dir: string; folder: string } {
  const dir = tempDir();
  const target = join(dir, folder);
  mkdirSync(target);
  for (const file of FILES) copyFileSync(join(SOURCE, file), join(target, file));
  return { dir, folder: target };
}

function withFacts(mutate: (facts: FactJson[]) => void): { dir: string; file: string } {
  const { dir, folder } = copyReport();
  const file = join(folder, 'facts.json');
  const facts = readJson(file) as FactJson[];
  mutate(facts);
  writeJson(file, facts);
  return { dir, file };
}

function withReport(mutate: (report: Json) => void): { dir: string; file: string } {
  const { dir, folder } = copyReport();
  const file = join(folder, 'report.json');
  const report = readJson(file) as Json;
  mutate(report);
  writeJson(file, report);
  return { dir, file };
}

function fact(facts: FactJson[], id: string): FactJson {
  const found = facts.find((f) => f.id === id);
  if (!found) throw new Error(`the real knowledge has no fact ${id}`);
  return found;
}

/** Loads `dir` and returns the KnowledgeError it must throw. */
function loadError(dir: string): KnowledgeError {
  try {
    loadKnowledge(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return error as KnowledgeError;
  }
  throw new Error(`loadKnowledge(${dir}) did not throw`);
}

function expectFactError(dir: string, file: string, factId: string, problem: RegExp): void {
  const error = loadError(dir);
  expect(error.file).toBe(file);
  expect(error.factId).toBe(factId);
  expect(error.problem).toMatch(problem);
  // The message alone must be enough to find the mistake.
  expect(error.message).toContain(file);
  expect(error.message).toContain(`"${factId}"`);
}

function expectFileError(dir: string, file: string, problem: RegExp): void {
  const error = loadError(dir);
  expect(error.file).toBe(file);
  expect(error.factId).toBeNull();
  expect(error.problem).toMatch(problem);
  expect(error.message).toContain(file);
}

describe('the real knowledge folder', () => {
  const kb = loadKnowledge('knowledge');
  const report = kb.report(REPORT);

  it('loads with its facts, unique ids and headline', () => {
    expect(kb.reports.map((r) => r.id)).toContain(REPORT);
    expect(report?.facts.length).toBeGreaterThanOrEqual(30);
    const ids = report?.facts.map((f) => f.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of report?.headline ?? []) expect(kb.fact(REPORT, id)?.id).toBe(id);
    expect(report?.facts.every((f) => f.report === REPORT)).toBe(true);
  });

  it('keeps the article as archived: NFC, non-empty, holding every fact sentence', () => {
    const article = report?.article ?? '';
    expect(article.trim().length).toBeGreaterThan(1000);
    expect(article.normalize('NFC')).toBe(article);
    expect(article).toBe(readFileSync(join(SOURCE, 'article.txt'), 'utf8'));
    for (const f of report?.facts ?? []) expect(article, f.id).toContain(f.sentence);
  });
});

describe('a broken fact names facts.json and the fact id', () => {
  it('rejects an unknown field', () => {
    const { dir, file } = withFacts((facts) => {
      fact(facts, 'gia-tri-san-xuat').colour = 'red';
    });
    expectFactError(dir, file, 'gia-tri-san-xuat', /unknown field "colour"/);
  });

  it('rejects an unknown field inside "questions"', () => {
    const { dir, file } = withFacts((facts) => {
      (fact(facts, 'tac-gia').questions as unknown as Json).fr = ['Qui a écrit ?'];
    });
    expectFactError(dir, file, 'tac-gia', /unknown field "fr"/);
  });

  it('rejects a duplicate id', () => {
    const { dir, file } = withFacts((facts) => {
      fact(facts, 'quy-hoach-ke-tiep').id = 'quy-hoach-hien-tai';
    });
    expectFactError(dir, file, 'quy-hoach-hien-tai', /duplicate/);
  });

  it('rejects a sentence that differs from the article by one letter', () => {
    const { dir, file } = withFacts((facts) => {
      const f = fact(facts, 'thu-ngan-sach');
      f.sentence = f.sentence.replace('dự toán giao', 'dự toán giáo');
    });
    expectFactError(dir, file, 'thu-ngan-sach', /not verbatim in the article/);
  });

  it('rejects a sentence written in NFD, which looks the same but is not byte for byte', () => {
    const { dir, file } = withFacts((facts) => {
      const f = fact(facts, 'bi-thu-quan-uy');
      f.sentence = f.sentence.normalize('NFD');
      f.figure = f.figure.normalize('NFD');
    });
    expectFactError(dir, file, 'bi-thu-quan-uy', /not verbatim/);
  });

  it('rejects a figure that does not stand in its sentence', () => {
    const { dir, file } = withFacts((facts) => {
      fact(facts, 'chi-ngan-sach-quan').figure = '97.4%';
    });
    expectFactError(dir, file, 'chi-ngan-sach-quan', /figure "97\.4%" does not stand in its sentence/);
  });

  it('loads a fact with no hand-written questions: an imported fact has none', () => {
    const { dir } = withFacts((facts) => {
      fact(facts, 'sea-games').questions = { vi: [], en: [] };
    });
    const kb = loadKnowledge(dir);
    expect(kb.fact(REPORT, 'sea-games')?.questions).toEqual({ vi: [], en: [] });
  });

  it("rejects a context that is not verbatim in the fact's sentence", () => {
    const { dir, file } = withFacts((facts) => {
      Object.assign(fact(facts, 'thu-ngan-sach'), { context: 'Thu ngân sách đạt 211%' });
    });
    expectFactError(dir, file, 'thu-ngan-sach', /context is not verbatim/);
  });

  it('rejects a context that does not hold the figure', () => {
    const { dir, file } = withFacts((facts) => {
      Object.assign(fact(facts, 'thu-ngan-sach'), { context: 'dự toán giao' });
    });
    expectFactError(dir, file, 'thu-ngan-sach', /does not hold the figure "211%"/);
  });

  it('rejects an unknown kind of figure', () => {
    const { dir, file } = withFacts((facts) => {
      Object.assign(fact(facts, 'thu-ngan-sach'), { kind: 'percentage' });
    });
    expectFactError(dir, file, 'thu-ngan-sach', /"kind" must be one of percent/);
  });

  it('rejects a blank question', () => {
    const { dir, file } = withFacts((facts) => {
      fact(facts, 'chu-de-2023').questions.vi.push('   ');
    });
    expectFactError(dir, file, 'chu-de-2023', /questions\.vi\[\d+\]/);
  });

  it('rejects a topic the report does not list', () => {
    const { dir, file } = withFacts((facts) => {
      fact(facts, 'ngay-hoi-nghi').topic = 'thoi-tiet';
    });
    expectFactError(dir, file, 'ngay-hoi-nghi', /topic "thoi-tiet" is not one of the report's topics/);
  });

  it.each([
    ['capitals and underscores', 'Thu_Ngan_Sach'],
    ['a space', 'thu ngan sach'],
    ['a trailing dash', 'thu-ngan-sach-'],
    ['diacritics', 'thu-ngân-sách'],
    ['more than 32 characters', `thu-ngan-sach-${'x'.repeat(19)}`],
  ])('rejects an id with %s', (_, id) => {
    const { dir, file } = withFacts((facts) => {
      fact(facts, 'thu-ngan-sach').id = id;
    });
    expectFactError(dir, file, id, /"id" must be lowercase letters, digits and dashes, at most 32/);
  });

  it('accepts an id of exactly 32 characters', () => {
    const id = `thu-ngan-sach-${'x'.repeat(18)}`;
    expect(id).toHaveLength(32);
    const { dir } = withFacts((facts) => {
      fact(facts, 'tac-gia').id = id;
    });
    expect(loadKnowledge(dir).fact(REPORT, id)?.figure).toBe('Lê Thắm');
  });

  it('names a fact without an id by its position', () => {
    const { dir, file } = withFacts((facts) => {
      delete (facts[2] as Json).id;
    });
    expectFactError(dir, file, '#3', /"id" must be a non-empty string/);
  });
});

describe('a broken report folder names the file', () => {
  it('rejects an unknown field in report.json', () => {
    const { dir, file } = withReport((report) => {
      report.publisher = 'Báo Hà Nội';
    });
    expectFileError(dir, file, /unknown field "publisher"/);
  });

  it('rejects an event date that has the shape of a date but is no day', () => {
    const { dir, file } = withReport((report) => {
      report.eventDate = '2022-02-30';
    });
    expectFileError(dir, file, /"eventDate" must be a real date written YYYY-MM-DD \(got "2022-02-30"\)/);
  });

  it('rejects an article named by a path, which could read a file outside the report', () => {
    const { dir, file } = withReport((report) => {
      report.article = '../article.txt';
    });
    expectFileError(dir, file, /"article" must be a file name in the report's folder/);
  });

  it('rejects a report id that differs from its folder name', () => {
    const { dir, folder } = copyReport('bac-tu-liem-2023');
    expectFileError(dir, join(folder, 'report.json'), /"id" is "bac-tu-liem-2022" but the folder is "bac-tu-liem-2023"/);
  });

  it('rejects invalid JSON in facts.json', () => {
    const { dir, folder } = copyReport();
    const file = join(folder, 'facts.json');
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 500));
    expectFileError(dir, file, /not valid JSON/);
  });

  it('rejects invalid JSON in report.json', () => {
    const { dir, folder } = copyReport();
    const file = join(folder, 'report.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"title":', 'title:'));
    expectFileError(dir, file, /not valid JSON/);
  });

  it('rejects a missing facts.json', () => {
    const { dir, folder } = copyReport();
    const file = join(folder, 'facts.json');
    unlinkSync(file);
    expectFileError(dir, file, /cannot be read/);
  });

  it('rejects a missing article', () => {
    const { dir, folder } = copyReport();
    unlinkSync(join(folder, 'article.txt'));
    expectFileError(dir, join(folder, 'report.json'), /article file "article\.txt" does not exist/);
  });

  it('rejects a headline naming a fact that does not exist, naming that id', () => {
    const { dir, file } = withReport((report) => {
      (report.headline as string[]).push('dan-so-quan');
    });
    expectFactError(dir, file, 'dan-so-quan', /no such fact/);
  });

  it('rejects a knowledge folder that holds no report folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.txt'), 'not a report');
    mkdirSync(join(dir, '.hidden'));
    expectFileError(dir, dir, /no report folder/);
  });

  it('rejects a knowledge folder that does not exist', () => {
    const dir = join(tempDir(), 'missing');
    expectFileError(dir, dir, /cannot be read/);
  });
});

describe('more reports are more folders', () => {
  const HARBOUR = 'harbour-2021';
  const article = [
    'Harbour board reviews 2021',
    '',
    'The harbour board met on 4 March 2021 to review the year.',
    'Container throughput rose 18% to 2.4 million tonnes despite the storms.',
    'The board elected Ada Lovelace as its chair.',
    '',
  ].join('\n');
  const harbourFacts = [
    {
      id: 'container-throughput',
      topic: 'port',
      figure: '18%',
      sentence: 'Container throughput rose 18% to 2.4 million tonnes despite the storms.',
      questions: { en: ['How much did container throughput grow?', 'Container volume growth'], vi: ['Lượng container tăng bao nhiêu?'] },
      keywords: ['container', 'throughput', 'cargo'],
    },
    {
      id: 'board-chair',
      topic: 'port',
      figure: 'Ada Lovelace',
      sentence: 'The board elected Ada Lovelace as its chair.',
      questions: { en: ['Who chairs the harbour board?', 'Who was elected chair?'], vi: ['Ai làm chủ tịch hội đồng cảng?'] },
      keywords: ['chair', 'chairwoman', 'elected'],
    },
  ];

  function twoReports(): string {
    const { dir } = copyReport();
    const folder = join(dir, HARBOUR);
    mkdirSync(folder);
    writeFileSync(join(folder, 'article.txt'), article);
    writeJson(join(folder, 'report.json'), {
      id: HARBOUR,
      title: 'Harbour board reviews 2021',
      subject: ['Harbour Board'],
      author: 'A. Writer',
      source: 'A test report',
      eventDate: '2021-03-04',
      language: 'en',
      article: 'article.txt',
      topics: [{ id: 'port', vi: 'Cảng', en: 'Port' }],
      headline: ['board-chair'],
    });
    writeJson(join(folder, 'facts.json'), harbourFacts);
    return dir;
  }

  it('loads both reports and keeps each fact with its report', () => {
    const kb = loadKnowledge(twoReports());
    expect(kb.reports.map((r) => r.id).sort()).toEqual([REPORT, HARBOUR]);
    expect(kb.fact(HARBOUR, 'board-chair')?.report).toBe(HARBOUR);
    expect(kb.fact(REPORT, 'board-chair')).toBeUndefined();
    expect(kb.fact(REPORT, 'thu-ngan-sach')?.report).toBe(REPORT);
  });

  it('answers across both reports and says which report each answer comes from', () => {
    const matcher = createMatcher(loadKnowledge(twoReports()));

    const harbour = matcher.ask('by how much did container throughput increase?');
    expect(harbour.answered).toBe(true);
    expect(harbour.best?.fact.id).toBe('container-throughput');
    expect(harbour.best?.fact.report).toBe(HARBOUR);
    expect(harbour.best?.fact.figure).toBe('18%');

    const chair = matcher.ask('who is the chair of the harbour board');
    expect(chair.best?.fact.id).toBe('board-chair');
    expect(chair.best?.fact.report).toBe(HARBOUR);

    const budget = matcher.ask('thu ngân sách đạt bao nhiêu');
    expect(budget.best?.fact.id).toBe('thu-ngan-sach');
    expect(budget.best?.fact.report).toBe(REPORT);
  });

  it('shows the headline facts of every report when nothing is asked', () => {
    const matcher = createMatcher(loadKnowledge(twoReports()));
    const shown = matcher.search('', 20).map((m) => `${m.fact.report}/${m.fact.id}`);
    expect(shown).toContain(`${HARBOUR}/board-chair`);
    expect(shown).toContain(`${REPORT}/thu-ngan-sach`);
  });

  it('validates the second report as strictly as the first', () => {
    const dir = twoReports();
    const file = join(dir, HARBOUR, 'facts.json');
    writeJson(file, [{ ...harbourFacts[0], figure: '19%' }, harbourFacts[1]]);
    expectFactError(dir, file, 'container-throughput', /figure "19%"/);
  });
});
