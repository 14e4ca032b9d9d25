import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readReportFiles, type ReportFiles } from '../engine/knowledge/load.js';
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

export function importIntoKnowledge(request: ImportRequest): SavedImport {
  checkReportId(request.id, request.fileName);
  const folder = reportFolder(request.knowledgeDir, request.id);
  const exists = existsSync(join(folder, 'report.json'));
  if (exists && !request.force) throw new ImportError(request.fileName, `report "${request.id}" already exists in ${request.knowledgeDir} (use --force to re-import it, keeping its hand edits)`);
  let previous: ReportFiles | undefined;
  const warnings: string[] = [];
  if (exists) {
    try {
      previous = readReportFiles(folder);
    } catch (error) {
      warnings.push(`the existing report could not be read, so no hand edits were kept: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const result = importArticle({
    content: request.content,
    fileName: request.fileName,
    id: request.id,
    ...(request.language === undefined ? {} : { language: request.language }),
    ...(previous === undefined ? {} : { previous }),
    ...(request.today === undefined ? {} : { today: request.today }),
  });
  saveReport(request.knowledgeDir, request.id, result.files, { replace: exists });
  return { ...result, warnings: [...warnings, ...result.warnings], folder, replaced: exists };
}
