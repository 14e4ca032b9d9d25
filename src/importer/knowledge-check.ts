import { join } from 'node:path';
import { loadReport, reportFolderNames } from '../engine/knowledge/load.js';

/**
 * `kb check`: every report folder checked by the loader's own checks, one at a time,
 * so one broken report does not hide the state of the others.
 */
export interface ReportSummary {
  readonly id: string;
  readonly facts: number;
  /** Facts with at least one hand-written question (the importer writes none). */
  readonly withQuestions: number;
}

export interface KnowledgeCheck {
  readonly reports: readonly ReportSummary[];
  /** The loader's errors (file and fact named), one per broken report. */
  readonly errors: readonly string[];
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function checkKnowledge(dir: string): KnowledgeCheck {
  let folders: string[];
  try {
    folders = reportFolderNames(dir);
  } catch (error) {
    return { reports: [], errors: [messageOf(error)] };
  }
  const reports: ReportSummary[] = [];
  const errors: string[] = [];
  for (const name of folders) {
    const folder = join(dir, name);
    try {
      const report = loadReport(folder);
      const withQuestions = report.facts.filter((f) => f.questions.vi.length + f.questions.en.length > 0).length;
      reports.push({ id: report.id, facts: report.facts.length, withQuestions });
    } catch (error) {
      errors.push(messageOf(error));
    }
  }
  return { reports, errors };
}
