/** A small report built in memory, so module tests state the facts they reason about. */
import { knowledgeBase } from '../../src/engine/knowledge/load.js';
import type { Fact, KnowledgeBase, Report } from '../../src/engine/knowledge/types.js';

export type FactSpec = Pick<Fact, 'id' | 'figure' | 'sentence'> & Partial<Omit<Fact, 'id' | 'figure' | 'sentence' | 'report'>>;

export function smallKnowledge(specs: readonly FactSpec[], report: Partial<Omit<Report, 'facts' | 'article'>> = {}): KnowledgeBase {
  const id = report.id ?? 'small-report';
  const facts: Fact[] = specs.map((spec) => ({
    topic: 'chung',
    questions: { vi: [], en: [] },
    keywords: [],
    ...spec,
    report: id,
  }));
  return knowledgeBase([
    {
      id,
      title: report.title ?? 'Báo cáo nhỏ',
      subject: report.subject ?? [],
      author: '',
      source: '',
      eventDate: report.eventDate ?? '2024-12-20',
      language: 'vi',
      topics: report.topics ?? [{ id: 'chung', vi: 'Chung', en: 'General' }],
      headline: [],
      article: facts.map((f) => f.sentence).join(' '),
      facts,
    },
  ]);
}
