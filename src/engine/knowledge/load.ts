import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeError } from './errors.js';
import type { Fact, KnowledgeBase, Report } from './types.js';
import { checkHeadline, validateDeclines, validateFacts, validateReport } from './validate.js';

/** The article's file name in a report folder written by this project. */
export const ARTICLE_FILE = 'article.txt';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new KnowledgeError(file, null, 'cannot be read (missing?)');
  }
}

/** Where a report folder keeps the questions it does not answer (optional). */
export const DECLINES_FILE = 'declines.json';

/** The files of a report folder, as text, before they are trusted. */
export interface ReportFiles {
  readonly report: string;
  readonly article: string;
  readonly facts: string;
  /** declines.json, when the folder has one. */
  readonly declines?: string;
}

function parseJson(text: string, file: string): unknown {
  try {
    // Windows editors save UTF-8 with a byte-order mark, which JSON.parse refuses.
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    // One line: the parser's message quotes the text, newlines and all.
    throw new KnowledgeError(file, null, `is not valid JSON: ${(error as Error).message.replace(/\s+/g, ' ')}`);
  }
}

/**
 * Checks a report folder's files as the loader would, without reading the disk: the
 * same checks guard every load and every write (import, teaching in the console).
 * `folder` is where they live or will live; errors name the files there.
 */
export function parseReport(files: ReportFiles, folder: string, name = folder.split(/[\\/]/).filter(Boolean).pop() ?? folder): Report {
  const reportFile = join(folder, 'report.json');
  const meta = validateReport(parseJson(files.report, reportFile), reportFile, name);
  const factsFile = join(folder, 'facts.json');
  const facts = validateFacts(parseJson(files.facts, factsFile), factsFile, { id: meta.id, article: files.article, topics: meta.topics });
  checkHeadline(meta.headline, facts, reportFile);
  const declinesFile = join(folder, DECLINES_FILE);
  const declines = files.declines === undefined ? undefined : validateDeclines(parseJson(files.declines, declinesFile), declinesFile);
  return {
    id: meta.id,
    title: meta.title,
    subject: meta.subject,
    author: meta.author,
    source: meta.source,
    eventDate: meta.eventDate,
    language: meta.language,
    topics: meta.topics,
    headline: meta.headline,
    article: files.article,
    facts,
    ...(declines === undefined ? {} : { declines }),
  };
}

/** The article file a report.json names, or the default; the report is checked in full by parseReport. */
function articleName(reportText: string, reportFile: string): string {
  const raw = parseJson(reportText, reportFile);
  const named = typeof raw === 'object' && raw !== null && 'article' in raw ? raw.article : undefined;
  if (typeof named !== 'string' || named.trim() === '') return ARTICLE_FILE;
  // The article lives in the report's own folder: a path could read any file on the machine.
  if (/[/\\]/.test(named) || named === '..') throw new KnowledgeError(reportFile, null, `"article" must be a file name in the report's folder (got "${named}")`);
  return named;
}

/** Reads one report folder's files as they are on disk. */
export function readReportFiles(folder: string): ReportFiles {
  const reportFile = join(folder, 'report.json');
  const report = readText(reportFile);
  const article = articleName(report, reportFile);
  const articleFile = join(folder, article);
  if (!existsSync(articleFile)) throw new KnowledgeError(reportFile, null, `the article file "${article}" does not exist`);
  const declinesFile = join(folder, DECLINES_FILE);
  const declines = existsSync(declinesFile) ? { declines: readText(declinesFile) } : {};
  return { report, article: readText(articleFile), facts: readText(join(folder, 'facts.json')), ...declines };
}

/** Loads one report folder: report.json, its article, facts.json; `id` when the folder is not named so. */
export function loadReport(folder: string, id?: string): Report {
  return parseReport(readReportFiles(folder), folder, id);
}

/** Where a save keeps the version of report `id` it replaced (hidden, so not a report of its own). */
export function previousFolderName(id: string): string {
  return `.${id}.prev`;
}

const PREVIOUS = /^\.(.+)\.prev$/;

/** A report folder under the knowledge folder: its id and the folder name it is read from. */
export interface ReportFolder {
  readonly id: string;
  readonly name: string;
}

/**
 * The report folders under `dir`, sorted by id (hidden ones, such as a save's temporary
 * folder, left out): the loader and `kb check` must agree on what a report is. A kept
 * previous version stands in for its report when the report's own folder is missing,
 * which happens only when a save was killed between its two renames.
 */
export function reportFolders(dir: string): ReportFolder[] {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    throw new KnowledgeError(dir, null, 'the knowledge folder cannot be read');
  }
  const visible = new Set(names.filter((name) => !name.startsWith('.')));
  const folders: ReportFolder[] = [...visible].map((name) => ({ id: name, name }));
  for (const name of names) {
    const id = PREVIOUS.exec(name)?.[1];
    if (id !== undefined && !visible.has(id)) folders.push({ id, name });
  }
  if (folders.length === 0) throw new KnowledgeError(dir, null, 'holds no report folder');
  return folders.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Loads every report folder under `dir` (each a folder with a report.json). */
export function loadKnowledge(dir: string): KnowledgeBase {
  return knowledgeBase(reportFolders(dir).map((f) => loadReport(join(dir, f.name), f.id)));
}

/** Indexes loaded reports for lookup by id. */
export function knowledgeBase(reports: readonly Report[]): KnowledgeBase {
  const byReport = new Map<string, Report>();
  const byFact = new Map<string, Fact>();
  for (const report of reports) {
    if (byReport.has(report.id)) throw new KnowledgeError(report.id, null, 'two report folders share this id');
    byReport.set(report.id, report);
    for (const fact of report.facts) byFact.set(`${report.id}/${fact.id}`, fact);
  }
  return {
    reports,
    facts: reports.flatMap((r) => r.facts),
    fact: (report, id) => byFact.get(`${report}/${id}`),
    report: (id) => byReport.get(id),
  };
}
