import { join } from 'node:path';
import { genreTerms } from '../engine/lexicon/genre-terms.js';
import { topicLexicon } from './topic-lexicon.js';
import { loadReport, reportFolders, type ReportFolder } from '../engine/knowledge/load.js';

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

/** The shipped lexicons, which every report is matched and imported with: a broken one is named like a broken report. */
function lexiconErrors(): string[] {
  const errors: string[] = [];
  for (const check of [genreTerms, topicLexicon]) {
    try {
      check();
    } catch (error) {
      errors.push(messageOf(error));
    }
  }
  return errors;
}

export function checkKnowledge(dir: string): KnowledgeCheck {
  let folders: ReportFolder[];
  try {
    folders = reportFolders(dir);
  } catch (error) {
    return { reports: [], errors: [messageOf(error)] };
  }
  const reports: ReportSummary[] = [];
  const errors: string[] = lexiconErrors();
  for (const { id, name } of folders) {
    try {
      const report = loadReport(join(dir, name), id);
      const withQuestions = report.facts.filter((f) => f.questions.vi.length + f.questions.en.length > 0).length;
      reports.push({ id: report.id, facts: report.facts.length, withQuestions });
    } catch (error) {
      errors.push(messageOf(error));
    }
  }
  return { reports, errors };
}
