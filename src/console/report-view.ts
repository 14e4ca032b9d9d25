/** Loaded reports as the console lists them. */
import type { Report } from '../engine/index.js';
import type { ReportView } from './api-types.js';

export function reportView(report: Report): ReportView {
  return {
    id: report.id,
    title: report.title,
    author: report.author,
    source: report.source,
    eventDate: report.eventDate,
    language: report.language,
    facts: report.facts.map((f) => ({ report: f.report, id: f.id, topic: f.topic, figure: f.figure, sentence: f.sentence, questions: f.questions })),
    declines: report.declines ?? [],
  };
}
