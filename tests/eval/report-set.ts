// The genre test reports (tests/reports/<id>/): each article imported with no hand edits,
// its blind questions asked, answers judged by figure. Pure apart from reading the set and
// writing the imports into the folder the caller gives.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import type { Matcher } from '../../src/engine/answer.js';
import { saveReport } from '../../src/engine/knowledge/save.js';
import type { Report } from '../../src/engine/knowledge/types.js';
import { fold } from '../../src/engine/text/fold.js';
import { importArticle } from '../../src/importer/import-article.js';
import { EvalSetError } from './evaluate.js';

export interface ReportCase {
  /** 1-based line in the report's questions.jsonl. */
  readonly line: number;
  readonly report: string;
  readonly q: string;
  readonly category: string;
  /** The figure the answer must give; null when the report does not say. */
  readonly expect: string | null;
}

export interface TestReport {
  readonly id: string;
  readonly articleFile: string;
  readonly cases: readonly ReportCase[];
}

const FIELDS = new Set(['q', 'category', 'expect']);

/** Parses one report's questions.jsonl; throws EvalSetError naming the file and every bad line. */
export function parseReportCases(text: string, report: string, file: string): ReportCase[] {
  const cases: ReportCase[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push(`line ${line}: not valid JSON`);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`line ${line}: not a JSON object`);
      return;
    }
    const record = value as Record<string, unknown>;
    const unknown = Object.keys(record).filter((key) => !FIELDS.has(key));
    const { q, category, expect } = record;
    if (unknown.length > 0) problems.push(`line ${line}: unknown field(s) ${unknown.join(', ')}`);
    else if (typeof q !== 'string' || q.trim() === '') problems.push(`line ${line}: "q" must be a non-empty string`);
    else if (typeof category !== 'string' || category.trim() === '') problems.push(`line ${line}: "category" must be a non-empty string`);
    else if (expect !== null && (typeof expect !== 'string' || expect.trim() === '')) problems.push(`line ${line}: "expect" must be a figure or null`);
    else cases.push({ line, report, q, category, expect: expect });
  });
  if (problems.length > 0) throw new EvalSetError(`${file}:\n${problems.join('\n')}`);
  return cases;
}

/** Every report folder under `dir` with its article and questions. */
export function readReportSet(dir: string): TestReport[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((id) => {
      const file = join(dir, id, 'questions.jsonl');
      return { id, articleFile: join(dir, id, 'article.txt'), cases: parseReportCases(readFileSync(file, 'utf8'), id, file) };
    });
}

/** Imports each article as it is (no language, no edits given) into `knowledgeDir`; returns the loaded reports. */
export function importReportSet(set: readonly TestReport[], knowledgeDir: string): Report[] {
  return set.map(({ id, articleFile }) => {
    const result = importArticle({ content: readFileSync(articleFile), fileName: articleFile, id });
    return saveReport(knowledgeDir, id, result.files, { replace: false });
  });
}

/** Words and numbers of a figure, folded: "452 tỷ đồng" → ["452", "ty", "dong"]. */
function tokens(figure: string): string[] {
  return fold(figure.normalize('NFC'))
    .split(/[^a-z0-9%.,/-]+/)
    .map((t) => t.replace(/^[.,/-]+|[.,/-]+$/g, ''))
    .filter((t) => t !== '');
}

function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((t, k) => outer[i + k] === t)) return true;
  return false;
}

/**
 * Whether an answer gives the expected figure: the same words and numbers, or one inside
 * the other ("452 tỷ" and "452 tỷ đồng"), never a number inside another ("12" of "120").
 */
export function figureMatches(expected: string, got: string): boolean {
  const [a, b] = [tokens(expected), tokens(got)];
  return containsRun(a, b) || containsRun(b, a);
}

/** What an answerer said: the figure and its report, or null when it declined. */
export interface Said {
  readonly figure: string;
  readonly report: string;
  /** The text the figure was found in (a baseline finds a sentence, not a figure). */
  readonly text?: string;
}

export type Answerer = (question: string) => Said | null;

export function matcherAnswerer(matcher: Matcher): Answerer {
  return (question) => {
    const answer = matcher.ask(question);
    if (!answer.answered || answer.best === null) return null;
    return { figure: answer.best.fact.figure, report: answer.best.fact.report };
  };
}

/**
 * The naive baseline the issue measured: fuse.js with default options over the reports'
 * sentences; the top sentence is its answer, right when it holds the expected figure.
 */
export function fuseAnswerer(reports: readonly Report[]): Answerer {
  const sentences = reports.flatMap((r) => [...new Set(r.facts.map((f) => f.sentence))].map((sentence) => ({ sentence, report: r.id })));
  const fuse = new Fuse(sentences, { keys: ['sentence'] });
  return (question) => {
    const hit = fuse.search(question, { limit: 1 })[0];
    return hit === undefined ? null : { figure: hit.item.sentence, report: hit.item.report, text: hit.item.sentence };
  };
}

export interface Tally {
  readonly count: number;
  readonly correct: number;
  readonly rate: number;
}

export interface ReportSetOutcome {
  readonly case: ReportCase;
  readonly correct: boolean;
  readonly said: Said | null;
}

export interface ReportSetResult {
  readonly categories: readonly (Tally & { readonly category: string })[];
  readonly answerable: Tally;
  readonly declined: Tally;
  readonly failures: readonly ReportSetOutcome[];
}

const tally = (outcomes: readonly ReportSetOutcome[]): Tally => {
  const correct = outcomes.filter((o) => o.correct).length;
  return { count: outcomes.length, correct, rate: outcomes.length === 0 ? 0 : correct / outcomes.length };
};

/** Right: an answerable question answered from its own report with its figure; an absent one declined. */
export function judgeReportCase(c: ReportCase, said: Said | null): boolean {
  if (c.expect === null) return said === null;
  if (said === null || said.report !== c.report) return false;
  // A sentence (the baseline's answer) is right when it holds the figure.
  if (said.text !== undefined) return containsRun(tokens(said.text), tokens(c.expect));
  return figureMatches(c.expect, said.figure);
}

export function scoreReportSet(cases: readonly ReportCase[], answer: (c: ReportCase) => Said | null): ReportSetResult {
  const outcomes = cases.map((c) => {
    const said = answer(c);
    return { case: c, said, correct: judgeReportCase(c, said) };
  });
  const categories = [...new Set(cases.map((c) => c.category))].map((category) => ({
    category,
    ...tally(outcomes.filter((o) => o.case.category === category)),
  }));
  return {
    categories,
    answerable: tally(outcomes.filter((o) => o.case.expect !== null)),
    declined: tally(outcomes.filter((o) => o.case.expect === null)),
    failures: outcomes.filter((o) => !o.correct),
  };
}
