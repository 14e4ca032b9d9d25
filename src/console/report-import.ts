/**
 * Importing an article from the console: an upload becomes a preview (the importer's
 * facts, nothing written), and only a confirm writes it, as a new report folder,
 * through saveReport. Uploads are size-limited and never name a path: the report id
 * is a folder name the engine checks, so nothing lands outside the knowledge folder.
 */
import { randomBytes } from 'node:crypto';
import { KnowledgeError, type Report } from '../engine/index.js';
import { checkReportId, importArticle, type ImportResult } from '../importer/import-article.js';
import { ImportError } from '../importer/import-error.js';
import { existingReport, saveImportedReport } from '../importer/save-import.js';
import type { ImportPreview } from './api-types.js';
import type { LiveKnowledge } from './live-knowledge.js';
import { reportView } from './report-view.js';

/** Larger than any press article; the importer itself refuses 5 MB. */
export const MAX_UPLOAD_BYTES = 1_000_000;
const EXTENSIONS = ['.txt', '.html', '.htm'];
/** Previews not confirmed are dropped after this long, and beyond this many. */
const PENDING_MS = 30 * 60_000;
const MAX_PENDING = 20;

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 | 413 | 415 = 400,
  ) {
    super(message);
  }
}

/** A report id from a file name: "Báo cáo Q3 2024.html" → "bao-cao-q3-2024". */
export function idFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '');
  return base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24)
    .replace(/-+$/, '');
}

export interface Upload {
  readonly fileName: string;
  readonly content: Uint8Array;
  /** Chosen by the editor; derived from the file name when empty. */
  readonly id?: string;
}

export class PendingImports {
  private readonly pending = new Map<string, { result: ImportResult; at: number }>();

  constructor(private readonly live: LiveKnowledge) {}

  preview(upload: Upload, now = Date.now()): ImportPreview {
    const name = upload.fileName.split(/[\\/]/).pop() ?? '';
    const extension = /\.[^.]*$/.exec(name.toLowerCase())?.[0] ?? '';
    if (!EXTENSIONS.includes(extension)) throw new UploadError(`"${name}" is not an article: pick a .txt or .html file.`, 415);
    if (upload.content.byteLength === 0) throw new UploadError(`"${name}" is empty.`);
    if (upload.content.byteLength > MAX_UPLOAD_BYTES) throw new UploadError(`"${name}" is larger than ${MAX_UPLOAD_BYTES / 1_000_000} MB.`, 413);
    const id = upload.id?.trim() || idFromFileName(name);
    if (id === '') throw new UploadError(`Give the report an id (lowercase letters, digits and dashes): "${name}" gives none.`);
    let result: ImportResult;
    try {
      checkReportId(id, name);
      if (existingReport(this.live.dir, id).exists) throw new UploadError(`A report "${id}" already exists: choose another id.`, 409);
      result = importArticle({ content: upload.content, fileName: name, id });
    } catch (error) {
      if (error instanceof ImportError || error instanceof KnowledgeError) throw new UploadError(`Cannot import ${error.message}`);
      throw error;
    }
    this.expire(now);
    const pendingId = randomBytes(12).toString('hex');
    this.pending.set(pendingId, { result, at: now });
    return { pendingId, report: reportView(result.report), warnings: result.warnings };
  }

  /** Writes a previewed import and makes it live. */
  confirm(pendingId: string): Report {
    const entry = this.pending.get(pendingId);
    if (entry === undefined) throw new UploadError('This preview is gone (confirmed, cancelled or expired): upload the article again.', 404);
    this.pending.delete(pendingId);
    let report: Report;
    try {
      report = saveImportedReport(this.live.dir, entry.result, { replace: false });
    } catch (error) {
      if (error instanceof KnowledgeError) throw new UploadError(`Not saved: ${error.message}`, 409);
      throw error;
    }
    this.live.reload();
    return report;
  }

  cancel(pendingId: string): void {
    this.pending.delete(pendingId);
  }

  private expire(now: number): void {
    for (const [id, entry] of this.pending) if (now - entry.at > PENDING_MS) this.pending.delete(id);
    while (this.pending.size >= MAX_PENDING) {
      const oldest = this.pending.keys().next().value;
      if (oldest === undefined) break;
      this.pending.delete(oldest);
    }
  }
}
