import { KnowledgeError } from './errors.js';
import { FIGURE_KINDS, type Fact, type FigureKind, type Report, type Topic } from './types.js';

/**
 * Checks the parsed JSON of one report folder and returns typed records.
 * Everything a person could get wrong by hand is named: the file, the fact, the field.
 */

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REPORT_FIELDS = ['id', 'title', 'subject', 'author', 'source', 'eventDate', 'language', 'article', 'topics', 'headline'];
const FACT_FIELDS = ['id', 'topic', 'figure', 'sentence', 'questions', 'keywords', 'gloss', 'context', 'kind'];
const QUESTION_FIELDS = ['vi', 'en'];
/** Callback data "f:<report>:<fact>" must stay within Telegram's 64 bytes. */
export const MAX_REPORT_ID = 24;
export const MAX_FACT_ID = 32;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Checker {
  constructor(
    private readonly file: string,
    private readonly factId: string | null = null,
  ) {}

  fail(problem: string): never {
    throw new KnowledgeError(this.file, this.factId, problem);
  }

  object(value: unknown, what: string): Json {
    if (!isObject(value)) this.fail(`${what} must be an object`);
    return value;
  }

  onlyFields(value: Json, allowed: readonly string[], what: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail(`unknown field "${key}" in ${what} (allowed: ${allowed.join(', ')})`);
    }
  }

  text(value: unknown, field: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(`"${field}" must be a non-empty string`);
    return value;
  }

  /** A string that may be empty: an imported article may not say who wrote it. */
  optionalText(value: unknown, field: string): string {
    if (typeof value !== 'string') this.fail(`"${field}" must be a string (empty if unknown)`);
    return value;
  }

  id(value: unknown, field: string, max: number): string {
    const id = this.text(value, field);
    if (!ID.test(id) || id.length > max) {
      this.fail(`"${field}" must be lowercase letters, digits and dashes, at most ${max} characters (got "${id}")`);
    }
    return id;
  }

  list(value: unknown, field: string, allowEmpty: boolean): unknown[] {
    if (!Array.isArray(value)) return this.fail(`"${field}" must be a list`);
    if (!allowEmpty && value.length === 0) this.fail(`"${field}" must not be empty`);
    return value as unknown[];
  }

  texts(value: unknown, field: string, allowEmpty: boolean): string[] {
    return this.list(value, field, allowEmpty).map((item, i) => this.text(item, `${field}[${i}]`));
  }
}

/** "2024-02-31" has the shape but is no day; users see the date in every menu. */
function isCalendarDate(text: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (parts === null) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function validateReport(raw: unknown, file: string, folder: string): Omit<Report, 'article' | 'facts'> & { articleFile: string } {
  const check = new Checker(file);
  const json = check.object(raw, 'report.json');
  check.onlyFields(json, REPORT_FIELDS, 'the report');
  const id = check.id(json.id, 'id', MAX_REPORT_ID);
  if (id !== folder) check.fail(`"id" is "${id}" but the folder is "${folder}": they must match`);
  const eventDate = check.text(json.eventDate, 'eventDate');
  if (!isCalendarDate(eventDate)) check.fail(`"eventDate" must be a real date written YYYY-MM-DD (got "${eventDate}")`);
  const language = json.language === 'vi' || json.language === 'en' ? json.language : check.fail('"language" must be "vi" or "en"');
  const topics: Topic[] = check.list(json.topics, 'topics', false).map((rawTopic, i) => {
    const topic = check.object(rawTopic, `topics[${i}]`);
    check.onlyFields(topic, ['id', 'vi', 'en'], `topics[${i}]`);
    return { id: check.id(topic.id, `topics[${i}].id`, MAX_FACT_ID), vi: check.text(topic.vi, `topics[${i}].vi`), en: check.text(topic.en, `topics[${i}].en`) };
  });
  const seen = new Set<string>();
  for (const topic of topics) {
    if (seen.has(topic.id)) check.fail(`topic "${topic.id}" is listed twice`);
    seen.add(topic.id);
  }
  return {
    id,
    title: check.text(json.title, 'title'),
    subject: check.texts(json.subject, 'subject', true),
    author: check.optionalText(json.author, 'author'),
    source: check.optionalText(json.source, 'source'),
    eventDate,
    language,
    articleFile: check.text(json.article, 'article'),
    topics,
    headline: check.texts(json.headline, 'headline', true),
  };
}

/** Validates facts.json against the article and the report's topics. */
export function validateFacts(raw: unknown, file: string, report: { id: string; article: string; topics: readonly Topic[] }): Fact[] {
  const list = new Checker(file).list(raw, 'facts.json', false);
  const topicIds = new Set(report.topics.map((t) => t.id));
  const ids = new Set<string>();
  return list.map((rawFact, index) => {
    const named = isObject(rawFact) && typeof rawFact.id === 'string' ? rawFact.id : `#${index + 1}`;
    const check = new Checker(file, named);
    const json = check.object(rawFact, 'a fact');
    check.onlyFields(json, FACT_FIELDS, 'the fact');
    const id = check.id(json.id, 'id', MAX_FACT_ID);
    if (ids.has(id)) check.fail('duplicate fact id');
    ids.add(id);
    const topic = check.text(json.topic, 'topic');
    if (!topicIds.has(topic)) check.fail(`topic "${topic}" is not one of the report's topics (${[...topicIds].join(', ')})`);
    const sentence = check.text(json.sentence, 'sentence');
    if (!report.article.includes(sentence)) check.fail(`the sentence is not verbatim in the article: "${sentence}"`);
    const figure = check.text(json.figure, 'figure');
    if (!sentence.includes(figure)) check.fail(`the figure "${figure}" does not stand in its sentence`);
    const context = json.context === undefined ? undefined : check.text(json.context, 'context');
    if (context !== undefined && !sentence.includes(context)) check.fail(`the context is not verbatim in the sentence: "${context}"`);
    if (context !== undefined && !context.includes(figure)) check.fail(`the context "${context}" does not hold the figure "${figure}"`);
    const kind = json.kind === undefined ? undefined : figureKind(json.kind, check);
    const questions = check.object(json.questions, '"questions"');
    check.onlyFields(questions, QUESTION_FIELDS, '"questions"');
    const fact: Fact = {
      id,
      report: report.id,
      topic,
      figure,
      sentence,
      // Hand paraphrases are boosts: an imported fact has none and must still be found.
      questions: { vi: check.texts(questions.vi, 'questions.vi', true), en: check.texts(questions.en, 'questions.en', true) },
      keywords: check.texts(json.keywords, 'keywords', true),
      ...(json.gloss === undefined ? {} : { gloss: check.text(json.gloss, 'gloss') }),
      ...(context === undefined ? {} : { context }),
      ...(kind === undefined ? {} : { kind }),
    };
    return fact;
  });
}

function figureKind(value: unknown, check: Checker): FigureKind {
  const kind = FIGURE_KINDS.find((k) => k === value);
  return kind ?? check.fail(`"kind" must be one of ${FIGURE_KINDS.join(', ')} (got ${JSON.stringify(value)})`);
}

/** Headline ids must name facts of the same report. */
export function checkHeadline(headline: readonly string[], facts: readonly Fact[], file: string): void {
  const ids = new Set(facts.map((f) => f.id));
  for (const id of headline) {
    if (!ids.has(id)) throw new KnowledgeError(file, id, 'listed in "headline" but no such fact exists');
  }
}

/** Longest question an editor may keep as a negative example (the bot refuses longer ones anyway). */
export const MAX_DECLINE_LENGTH = 500;

/**
 * declines.json: questions an editor marked "the report does not say this". A list of
 * distinct, non-empty questions; the tests and the evaluation expect each to be declined.
 */
export function validateDeclines(raw: unknown, file: string): string[] {
  const check = new Checker(file);
  const questions = check.texts(raw, 'declines.json', true);
  const seen = new Set<string>();
  for (const question of questions) {
    if (Array.from(question).length > MAX_DECLINE_LENGTH) check.fail(`a question is longer than ${MAX_DECLINE_LENGTH} characters: "${question.slice(0, 40)}…"`);
    const key = question.trim().toLowerCase();
    if (seen.has(key)) check.fail(`the question "${question}" is listed twice`);
    seen.add(key);
  }
  return questions;
}
