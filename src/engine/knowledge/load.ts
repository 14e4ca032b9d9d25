import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeError } from './errors.js';
import type { Fact, KnowledgeBase, Report } from './types.js';
import { checkHeadline, validateFacts, validateReport } from './validate.js';

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new KnowledgeError(file, null, 'cannot be read (missing?)');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new KnowledgeError(file, null, `is not valid JSON: ${(error as Error).message}`);
  }
}

/** Loads one report folder: report.json, its article, facts.json. */
export function loadReport(folder: string): Report {
  const name = folder.split(/[\\/]/).filter(Boolean).pop() ?? folder;
  const reportFile = join(folder, 'report.json');
  const meta = validateReport(readJson(reportFile), reportFile, name);
  const articleFile = join(folder, meta.articleFile);
  if (!existsSync(articleFile)) throw new KnowledgeError(reportFile, null, `the article file "${meta.articleFile}" does not exist`);
  const article = readFileSync(articleFile, 'utf8');
  const factsFile = join(folder, 'facts.json');
  const facts = validateFacts(readJson(factsFile), factsFile, { id: meta.id, article, topics: meta.topics });
  checkHeadline(meta.headline, facts, reportFile);
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
    article,
    facts,
  };
}

/** Loads every report folder under `dir` (each a folder with a report.json). */
export function loadKnowledge(dir: string): KnowledgeBase {
  let entries: string[];
  try {
    entries = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch {
    throw new KnowledgeError(dir, null, 'the knowledge folder cannot be read');
  }
  if (entries.length === 0) throw new KnowledgeError(dir, null, 'holds no report folder');
  return knowledgeBase(entries.map((name) => loadReport(join(dir, name))));
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
