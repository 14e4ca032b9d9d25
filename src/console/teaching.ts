/**
 * Teaching from the console: a question becomes a paraphrase of the right fact (in
 * questions.vi or .en, by the question's language), or a negative example in the
 * report's declines.json. Every write goes through saveReport (checked like a load,
 * atomic, previous version kept), then the live knowledge is reloaded.
 */
import { KnowledgeError, readReportFiles, reportFolder, saveReport, type ReportFiles } from '../engine/index.js';
import type { TeachResult } from './api-types.js';
import type { LiveKnowledge } from './live-knowledge.js';

/** The bot refuses longer questions, so there is nothing to teach beyond this. */
export const MAX_TAUGHT_QUESTION = 500;

export class TeachError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 = 400,
  ) {
    super(message);
  }
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function checkQuestion(raw: unknown): string {
  if (typeof raw !== 'string' || raw.trim() === '') throw new TeachError('The question is empty.');
  const question = raw.trim().replace(/\s+/g, ' ');
  if (Array.from(question).length > MAX_TAUGHT_QUESTION) throw new TeachError(`The question is longer than ${MAX_TAUGHT_QUESTION} characters.`);
  return question;
}

function filesOf(live: LiveKnowledge, report: unknown): { id: string; files: ReportFiles } {
  if (typeof report !== 'string' || live.kb.report(report) === undefined) throw new TeachError(`There is no report "${String(report)}".`, 404);
  return { id: report, files: readReportFiles(reportFolder(live.dir, report)) };
}

function declinesOf(files: ReportFiles): string[] {
  return files.declines === undefined ? [] : (JSON.parse(files.declines) as string[]);
}

/** Saves, then reloads; a write the checks refuse changes nothing and says why. */
function write(live: LiveKnowledge, id: string, files: ReportFiles): void {
  try {
    saveReport(live.dir, id, files, { replace: true });
  } catch (error) {
    if (error instanceof KnowledgeError) throw new TeachError(`Not saved: ${error.message}`);
    throw error;
  }
  live.reload();
}

type RawFact = { id?: unknown; questions?: { vi?: unknown; en?: unknown } };

export function teachParaphrase(live: LiveKnowledge, request: { question: unknown; report: unknown; fact: unknown }): TeachResult {
  const question = checkQuestion(request.question);
  const { id, files } = filesOf(live, request.report);
  if (typeof request.fact !== 'string' || live.kb.fact(id, request.fact) === undefined) throw new TeachError(`Report "${id}" has no fact "${String(request.fact)}".`, 404);
  const factId = request.fact;
  if (declinesOf(files).some((q) => same(q, question))) {
    throw new TeachError('This question is marked "the report does not say this"; it cannot also be a way of asking a fact.', 409);
  }
  const facts = JSON.parse(files.facts) as RawFact[];
  const raw = facts.find((f) => f.id === factId);
  if (raw?.questions === undefined) throw new TeachError(`Fact "${factId}" has no questions to add to.`);
  const language = live.matcher.ask(question).language;
  const list = Array.isArray(raw.questions[language]) ? (raw.questions[language] as unknown[]) : [];
  if (list.some((q) => typeof q === 'string' && same(q, question))) throw new TeachError('This fact already has this question.', 409);
  raw.questions[language] = [...list, question];
  write(live, id, { ...files, facts: json(facts) });
  const after = live.matcher.ask(question);
  const nowRight = after.answered && after.best?.fact.report === id && after.best.fact.id === factId;
  return {
    message: nowRight
      ? `Added to "${factId}" (questions.${language}). The bot now answers it with that fact.`
      : `Added to "${factId}" (questions.${language}), but the bot still does not answer it with that fact: other facts score as high.`,
    nowRight,
  };
}

export function teachDecline(live: LiveKnowledge, request: { question: unknown; report: unknown }): TeachResult {
  const question = checkQuestion(request.question);
  const { id, files } = filesOf(live, request.report);
  const declines = declinesOf(files);
  if (declines.some((q) => same(q, question))) throw new TeachError('This question is already marked "the report does not say this".', 409);
  write(live, id, { ...files, declines: json([...declines, question]) });
  const nowRight = !live.matcher.ask(question).answered;
  return {
    message: nowRight
      ? 'Kept as a question the report does not answer; the tests and npm run eval check that it stays declined.'
      : 'Kept as a question the report does not answer, but the bot still answers it: npm test fails until the engine declines it.',
    nowRight,
  };
}
