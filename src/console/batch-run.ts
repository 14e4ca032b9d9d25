/**
 * Batch test: many questions with the figure each should get, run through the engine
 * the bot uses. Input is one question a line, "question | figure [| category]", or CSV
 * with a header naming question, figure (or expected) and optionally category. An
 * empty figure (or "-") means the report does not say: the question must be declined.
 */
import type { Matcher } from '../engine/index.js';
import type { BatchResult, BatchRow } from './api-types.js';

export const MAX_BATCH_QUESTIONS = 2_000;

export class BatchError extends Error {}

interface BatchCase {
  readonly line: number;
  readonly question: string;
  readonly expected: string;
  readonly category: string;
}

/** One CSV record per line (quoted fields may hold commas and doubled quotes, not newlines). */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quoted) {
      if (c === '"' && line.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === ',') {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  if (quoted) throw new BatchError('a quoted field is not closed');
  fields.push(field.trim());
  return fields;
}

const NO_ANSWER = new Set(['', '-', '—', 'none', 'không', '(none)', '(decline)', 'decline']);

function expectation(raw: string): string {
  return NO_ANSWER.has(raw.trim().toLowerCase()) ? '' : raw.trim();
}

function csvCases(lines: readonly { text: string; line: number }[]): BatchCase[] {
  const [header, ...rows] = lines;
  if (header === undefined) return [];
  const names = parseCsvLine(header.text).map((n) => n.toLowerCase());
  const col = (...wanted: string[]): number => names.findIndex((n) => wanted.includes(n));
  const q = col('question', 'câu hỏi', 'cau hoi');
  const f = col('figure', 'expected', 'answer', 'số liệu', 'so lieu');
  const c = col('category', 'loại', 'loai');
  if (q < 0 || f < 0) throw new BatchError('the CSV header must name a "question" and a "figure" (or "expected") column');
  return rows.map(({ text, line }) => {
    let fields: string[];
    try {
      fields = parseCsvLine(text);
    } catch (error) {
      throw new BatchError(`line ${line}: ${(error as Error).message}`);
    }
    const question = fields[q] ?? '';
    if (question === '') throw new BatchError(`line ${line}: no question`);
    const expected = expectation(fields[f] ?? '');
    return { line, question, expected, category: (c < 0 ? '' : (fields[c] ?? '')) || defaultCategory(expected) };
  });
}

function defaultCategory(expected: string): string {
  return expected === '' ? 'decline' : 'answer';
}

function pipeCases(lines: readonly { text: string; line: number }[]): BatchCase[] {
  return lines.map(({ text, line }) => {
    const [question = '', expected = '', category = ''] = text.split('|').map((part) => part.trim());
    if (question === '') throw new BatchError(`line ${line}: no question before "|"`);
    const figure = expectation(expected);
    return { line, question, expected: figure, category: category || defaultCategory(figure) };
  });
}

/** Parses pasted or uploaded text; throws BatchError naming the line that is wrong. */
export function parseBatch(text: string): BatchCase[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((t, i) => ({ text: t.trim(), line: i + 1 }))
    .filter((l) => l.text !== '' && !l.text.startsWith('#'));
  if (lines.length === 0) throw new BatchError('there are no questions: write one per line, "question | figure"');
  const first = lines[0]?.text.toLowerCase() ?? '';
  const isCsv = !first.includes('|') && /(^|,)\s*"?(question|câu hỏi|cau hoi)"?\s*,/.test(first);
  const cases = isCsv ? csvCases(lines) : pipeCases(lines);
  if (cases.length > MAX_BATCH_QUESTIONS) throw new BatchError(`at most ${MAX_BATCH_QUESTIONS} questions at a time (got ${cases.length})`);
  return cases;
}

/** "97,4%" and "97.4 %" are the same figure; case and spacing do not matter. */
function sameFigure(a: string, b: string): boolean {
  const norm = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, '').replace(/,/g, '.');
  return norm(a) === norm(b);
}

export function runBatch(cases: readonly BatchCase[], matcher: Matcher): BatchResult {
  const rows: BatchRow[] = cases.map((c) => {
    const answer = matcher.ask(c.question);
    const best = answer.answered ? answer.best : null;
    const figure = best?.fact.figure ?? '';
    const pass = c.expected === '' ? best === null : best !== null && sameFigure(figure, c.expected);
    return {
      line: c.line,
      question: c.question,
      expected: c.expected,
      category: c.category,
      answered: best !== null,
      figure,
      fact: best === null ? '' : `${best.fact.report}/${best.fact.id}`,
      score: Math.round((best?.score ?? answer.alternatives[0]?.score ?? 0) * 1000) / 1000,
      pass,
    };
  });
  const byCategory = new Map<string, { count: number; passed: number }>();
  for (const row of rows) {
    const total = byCategory.get(row.category) ?? { count: 0, passed: 0 };
    total.count++;
    if (row.pass) total.passed++;
    byCategory.set(row.category, total);
  }
  return {
    rows,
    totals: [...byCategory.entries()].map(([category, t]) => ({ category, ...t })),
    passed: rows.filter((r) => r.pass).length,
    count: rows.length,
  };
}
