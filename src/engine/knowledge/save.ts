import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { KnowledgeError } from './errors.js';
import { ARTICLE_FILE, DECLINES_FILE, parseReport, type ReportFiles } from './load.js';
import type { Report } from './types.js';

/**
 * Writes to knowledge: checked with the loader's own checks before anything touches
 * the disk, then each file written to a temporary name and renamed over the old one,
 * so a reader (the running bot) sees the old file or the new, never half of one. The
 * file replaced is kept beside it as `<name>.prev`, one version back.
 */

export interface SaveOptions {
  /** Replace a report folder that already exists (re-import, teaching). */
  readonly replace: boolean;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The folder of report `id` under `knowledgeDir`; refuses ids that would leave it. */
export function reportFolder(knowledgeDir: string, id: string): string {
  const root = resolve(knowledgeDir);
  const folder = resolve(root, id);
  if (!ID.test(id) || !folder.startsWith(root + sep)) throw new KnowledgeError(knowledgeDir, null, `"${id}" is not a report id (lowercase letters, digits and dashes)`);
  return folder;
}

function writeAtomically(file: string, text: string): void {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    if (existsSync(file)) copyFileSync(file, `${file}.prev`);
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Validates and writes a report folder; returns the report as the bot will load it.
 * The article is written as `article.txt` (report.json must name it so).
 */
export function saveReport(knowledgeDir: string, id: string, files: ReportFiles, options: SaveOptions): Report {
  const folder = reportFolder(knowledgeDir, id);
  const report = parseReport(files, folder);
  const named = (JSON.parse(files.report) as { article?: unknown }).article;
  if (named !== ARTICLE_FILE) throw new KnowledgeError(join(folder, 'report.json'), null, `"article" must be "${ARTICLE_FILE}" in a folder this project writes`);
  const exists = existsSync(join(folder, 'report.json'));
  if (exists && !options.replace) throw new KnowledgeError(folder, null, `report "${id}" already exists (use --force to replace it)`);
  mkdirSync(folder, { recursive: true });
  // The article first and report.json last: a folder is a report once report.json is there.
  writeAtomically(join(folder, ARTICLE_FILE), files.article);
  writeAtomically(join(folder, 'facts.json'), files.facts);
  if (files.declines !== undefined) writeAtomically(join(folder, DECLINES_FILE), files.declines);
  writeAtomically(join(folder, 'report.json'), files.report);
  return report;
}
