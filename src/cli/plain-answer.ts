import type { Answer, KnowledgeBase } from '../engine/index.js';

/** The answer as the bot words it, without formatting: for terminals and logs. */
export function renderPlainAnswer(answer: Answer, kb: KnowledgeBase): string {
  const en = answer.language === 'en';
  if (!answer.answered || answer.best === null) {
    const lines = [en ? "The report doesn't say." : 'Báo cáo không nói về điều này.'];
    if (answer.alternatives.length > 0) {
      lines.push(en ? 'It can answer, for example:' : 'Bạn có thể hỏi, ví dụ:');
      for (const m of answer.alternatives) lines.push(`- ${m.fact.figure}`);
    }
    return lines.join('\n');
  }
  const { fact } = answer.best;
  const report = kb.report(fact.report);
  const lines = [`${fact.figure} — «${fact.sentence}»`];
  if (en && fact.gloss !== undefined) lines.push(fact.gloss);
  if (report) lines.push(`${en ? 'Source' : 'Nguồn'}: ${report.title}`);
  if (answer.alternatives.length > 0) {
    lines.push(en ? 'Or did you mean:' : 'Hay bạn muốn hỏi:');
    for (const m of answer.alternatives) lines.push(`- ${m.fact.figure} — «${m.fact.sentence}»`);
  }
  return lines.join('\n');
}
