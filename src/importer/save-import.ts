import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readReportFiles, type ReportFiles } from '../engine/knowledge/load.js';
import type { Report } from '../engine/knowledge/types.js';
import { reportFolder, saveReport } from '../engine/knowledge/save.js';
import { checkReportId, importArticle, type ImportResult } from './import-article.js';
import { ImportError } from './import-error.js';

/**
 * Import into a knowledge folder: refuses an existing report unless `force`, keeps its
 * hand edits when forced, and writes only through saveReport (validated, atomic).
 */
export interface ImportRequest {
  readonly knowledgeDir: string;
  readonly id: string;
  readonly content: string | Uint8Array;
  readonly fileName: string;
  readonly language?: string;
  readonly force: boolean;
  readonly today?: Date;
}

export interface SavedImport extends ImportResult {
  readonly folder: string;
  readonly replaced: boolean;
}

/** Writes an import's files (validated, atomic, through saveReport); returns the report as loaded. */
export function saveImportedReport(knowledgeDir: string, result: ImportResult, options: { readonly replace: boolean }): Report {
  return saveReport(knowledgeDir, result.report.id, result.files, options);
}

/**
 * The files of report `id` as they are now, to pass as `previous` to importArticle;
 * undefined when there is no such report. `problem` says why an existing one could not be read.
 */
export function existingReport(knowledgeDir: string, id: string): { exists: boolean; files?: ReportFiles; problem?: string } {
  const folder = reportFolder(knowledgeDir, id);
  if (!existsSync(join(folder, 'report.json'))) return { exists: false };
  try {
    return { exists: true, files: readReportFiles(folder) };
  } catch (error) {
    return { exists: true, problem: error instanceof Error ? error.message : String(error) };
  }
}

export function importIntoKnowledge(request: ImportRequest): SavedImport {
  checkReportId(request.id, request.fileName);
  const folder = reportFolder(request.knowledgeDir, request.id);
  const existing = existingReport(request.knowledgeDir, request.id);
  const exists = existing.exists;
  if (exists && !request.force) throw new ImportError(request.fileName, `report "${request.id}" already exists in ${request.knowledgeDir} (use --force to re-import it, keeping its hand edits)`);
  const previous = existing.files;
  const warnings = existing.problem === undefined ? [] : [`the existing report could not be read, so no hand edits were kept: ${existing.problem}`];
  const result = importArticle({
    content: request.content,
    fileName: request.fileName,
    id: request.id,
    ...(request.language === undefined ? {} : { language: request.language }),
    ...(previous === undefined ? {} : { previous }),
    ...(request.today === undefined ? {} : { today: request.today }),
  });
  saveImportedReport(request.knowledgeDir, result, { replace: exists });
  return { ...result, warnings: [...warnings, ...result.warnings], folder, replaced: exists };
}
