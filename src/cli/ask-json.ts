import { figureInEnglish, type Answer, type Match } from '../engine/index.js';

/** The `ask --json` record: one flat object per question, stable field names. */
export interface AskRecord {
  question: string;
  answered: boolean;
  figure: string | null;
  /** The figure in English units ("VND 452 billion") when the question is in English; null otherwise. */
  figureEn: string | null;
  sentence: string | null;
  factId: string | null;
  report: string | null;
  score: number;
  alternatives: { factId: string; figure: string; sentence: string; score: number }[];
  /** Present when the bot would ask back which report is meant: the candidates, newest first. */
  clarify?: { reports: string[] };
  /** Present when the input names a topic several facts hold and asks nothing: the bot asks which is meant (the alternatives). */
  broad?: true;
}

const round = (score: number): number => Math.round(score * 1000) / 1000;

export function toRecord(answer: Answer): AskRecord {
  const best: Match | null = answer.best;
  return {
    question: answer.question,
    answered: answer.answered,
    figure: best?.fact.figure ?? null,
    figureEn: best !== null && answer.language === 'en' ? figureInEnglish(best.fact.figure) : null,
    sentence: best?.fact.sentence ?? null,
    factId: best?.fact.id ?? null,
    report: best?.fact.report ?? null,
    score: round(best?.score ?? answer.alternatives[0]?.score ?? 0),
    alternatives: answer.alternatives.map((m) => ({ factId: m.fact.id, figure: m.fact.figure, sentence: m.fact.sentence, score: round(m.score) })),
    ...(answer.clarify === undefined ? {} : { clarify: { reports: [...answer.clarify.reports] } }),
    ...(answer.broad === true ? { broad: true as const } : {}),
  };
}
