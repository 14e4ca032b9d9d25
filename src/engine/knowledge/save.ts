import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { KnowledgeError } from './errors.js';
import { ARTICLE_FILE, DECLINES_FILE, parseReport, previousFolderName, type ReportFiles } from './load.js';
import type { Report } from './types.js';

/**
 * Writes to knowledge: checked with the loader's own checks before anything touches
 * the disk, then the whole report written into a hidden temporary folder and swapped in
 * by renames, so the folder is the old report or the new one, never half of each
 * (a new article beside old facts would not load). The folder replaced is kept as the
 * hidden `.<id>.prev`, one version back, which the loader also reads if a crash fell
 * between the two renames.
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

/** Writes and flushes one file: the rename that follows must not publish data still in a cache. */
function writeDurably(file: string, text: string): void {
  const fd = openSync(file, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Temporary folders of this report left by a save that was killed. */
function removeLeftovers(root: string, id: string): void {
  for (const name of readdirSync(root)) {
    if (name.startsWith(`.${id}.`) && name.endsWith('.tmp')) rmSync(join(root, name), { recursive: true, force: true });
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
  const root = resolve(knowledgeDir);
  const previous = join(root, previousFolderName(id));
  const exists = existsSync(join(folder, 'report.json')) || existsSync(join(previous, 'report.json'));
  if (exists && !options.replace) throw new KnowledgeError(folder, null, `report "${id}" already exists (use --force to replace it)`);
  mkdirSync(root, { recursive: true });
  removeLeftovers(root, id);
  const temp = join(root, `.${id}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(temp);
    writeDurably(join(temp, ARTICLE_FILE), files.article);
    writeDurably(join(temp, 'facts.json'), files.facts);
    if (files.declines !== undefined) writeDurably(join(temp, DECLINES_FILE), files.declines);
    writeDurably(join(temp, 'report.json'), files.report);
    if (existsSync(folder)) {
      rmSync(previous, { recursive: true, force: true });
      renameSync(folder, previous);
    }
    renameSync(temp, folder);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return report;
}
