import { MAX_REPORT_ID } from '../engine/knowledge/validate.js';
import { ARTICLE_FILE, parseReport, type ReportFiles } from '../engine/knowledge/load.js';
import type { Report, Topic } from '../engine/knowledge/types.js';
import { detectLanguage } from './article-language.js';
import { decodeArticle, looksLikeHtml } from './article-text.js';
import { findByline } from './byline.js';
import { eventDate } from './event-date.js';
import { baseFactId, uniqueIds } from './fact-id.js';
import { extractFacts, type ExtractedFact } from './fact-extract.js';
import { keepHandEdits, type FactChanges, type FactRecord } from './hand-edits.js';
import { pickHeadline } from './headline-pick.js';
import { extractHtmlArticle } from './html-article.js';
import { ImportError } from './import-error.js';
import { keepReportEdits, type ReportFields } from './report-edits.js';
import { reportSubject } from './report-subject.js';
import { splitSentences } from './sentence-split.js';
import { assignTopic, topicLexicon, type TopicLexicon } from './topic-lexicon.js';

/**
 * An article in, a report folder's three files out, with no disk and no clock of its
 * own: the console calls this, the CLI wraps it, saveImportedReport writes it.
 */
export interface ImportInput {
  readonly content: string | Uint8Array;
  /** Where the content came from, for errors and to tell a web page ("page.html"); "stdin" if piped. */
  readonly fileName?: string;
  readonly id: string;
  /** Forced language; detected from the text when absent. */
  readonly language?: string;
  /** The report's files as they are now, when re-importing: their hand edits are kept. */
  readonly previous?: ReportFiles;
  /** Used only when the article names no year at all. */
  readonly today?: Date;
  readonly lexicon?: TopicLexicon;
}

export interface ImportResult {
  readonly files: ReportFiles;
  /** The report as the bot will load it (checked by the loader's own parseReport). */
  readonly report: Report;
  readonly changes: FactChanges;
  /** Things the caller should tell the person (a previous version that could not be read). */
  readonly warnings: readonly string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface ArticleText {
  readonly article: string;
  readonly title: string;
  readonly author: string;
  readonly source: string;
}

function readArticle(content: string | Uint8Array, file: string): ArticleText {
  const text = decodeArticle(content, file);
  if (looksLikeHtml(text, file)) {
    const page = extractHtmlArticle(text, file);
    const paragraphs = page.title === '' ? page.paragraphs : [page.title, ...page.paragraphs];
    const author = page.byline !== '' ? page.byline : (findByline(paragraphs)?.author ?? '');
    return { article: `${paragraphs.join('\n\n')}\n`, title: paragraphs[0] ?? '', author, source: page.siteName };
  }
  const lines = text.split('\n');
  const title = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  return { article: text, title, author: findByline(lines)?.author ?? '', source: '' };
}

function language(input: ImportInput, file: string, article: string): 'vi' | 'en' {
  if (input.language === undefined) return detectLanguage(article);
  if (input.language === 'vi' || input.language === 'en') return input.language;
  throw new ImportError(file, `unknown language "${input.language}" (use vi or en)`);
}

/** What the importer writes into report.json about an article, before any hand edit. */
function articleFields(text: ArticleText, facts: readonly ExtractedFact[], today: Date): ReportFields {
  const paragraphs = text.article.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const dates = facts.filter((f) => f.kind === 'date').map((f) => ({ figure: f.figure, sentence: f.sentence, paragraph: f.paragraph }));
  return {
    title: text.title,
    subject: reportSubject({ title: text.title, paragraphs: paragraphs.slice(1) }),
    author: text.author,
    source: text.source,
    eventDate: eventDate(text.article, dates, today),
  };
}

/** The previous report's fields as stored and as the importer would make them from its article. */
function previousFields(previous: Report, today: Date): { auto: ReportFields; stored: ReportFields } {
  const text = readArticle(previous.article, ARTICLE_FILE);
  return { auto: articleFields(text, extractFacts(splitSentences(text.article), text.title), today), stored: previous };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function factRecords(facts: readonly ExtractedFact[], lexicon: TopicLexicon): (FactRecord & { inTitle: boolean; paragraph: number })[] {
  const ids = uniqueIds(facts.map((f) => baseFactId(f.figure, f.context)));
  let lastTopic: { paragraph: number; topic: string } | null = null;
  return facts.map((fact, i) => {
    // A figure no trigger word names belongs with the figure before it in its paragraph.
    const found = assignTopic(lexicon, fact)?.id;
    const topic = found ?? (lastTopic?.paragraph === fact.paragraph ? lastTopic.topic : lexicon.fallback.id);
    lastTopic = { paragraph: fact.paragraph, topic };
    return {
      id: ids[i] ?? `fact-${i + 1}`,
      topic,
      figure: fact.figure,
      kind: fact.kind,
      sentence: fact.sentence,
      context: fact.context,
      questions: { vi: [], en: [] },
      keywords: [],
      inTitle: fact.inTitle,
      paragraph: fact.paragraph,
    };
  });
}

/** A report id is a folder name the bot accepts: refused here, before any work. */
export function checkReportId(id: string, file: string): void {
  if (!ID.test(id) || id.length > MAX_REPORT_ID) {
    throw new ImportError(file, `"${id}" is not a report id: lowercase letters, digits and dashes, at most ${MAX_REPORT_ID} characters`);
  }
}

/** Imports one article: pure, validated, nothing written. Throws ImportError on bad input. */
export function importArticle(input: ImportInput): ImportResult {
  const file = input.fileName ?? 'the article';
  checkReportId(input.id, file);
  const lexicon = input.lexicon ?? topicLexicon();
  const text = readArticle(input.content, file);
  const lang = language(input, file, text.article);
  const sentences = splitSentences(text.article);
  const extracted = extractFacts(sentences, text.title);
  if (extracted.length === 0) throw new ImportError(file, 'holds no figure (no number, date, ordinal, name or motto) that a question could be answered with');
  const fresh = factRecords(extracted, lexicon);
  const merged = keepHandEdits(fresh, input.previous, input.id, text.article, lexicon);
  const facts = merged.facts;
  const topics: Topic[] = [];
  for (const fact of facts) {
    if (topics.some((t) => t.id === fact.topic)) continue;
    // A topic's names as the report had them (an editor may have renamed one), else the lexicon's.
    const entry = merged.previous?.topics.find((t) => t.id === fact.topic) ?? lexicon.entry(fact.topic) ?? lexicon.fallback;
    topics.push({ id: entry.id, vi: entry.vi, en: entry.en });
  }
  const inTitle = new Set(fresh.filter((f) => f.inTitle).map((f) => f.figure));
  const headline = pickHeadline(facts.map((f) => ({ id: f.id, topic: f.topic, kind: f.kind ?? 'number', inTitle: inTitle.has(f.figure) })));
  const today = input.today ?? new Date();
  const fields = keepReportEdits(articleFields(text, extracted, today), merged.previous === null ? null : previousFields(merged.previous, today));
  const report = {
    id: input.id,
    title: fields.title,
    subject: fields.subject,
    author: fields.author,
    source: fields.source,
    eventDate: fields.eventDate,
    language: lang,
    article: ARTICLE_FILE,
    topics,
    headline,
  };
  const files: ReportFiles = { report: json(report), article: text.article, facts: json(facts) };
  return { files, report: parseReport(files, input.id), changes: merged.changes, warnings: merged.warnings };
}
