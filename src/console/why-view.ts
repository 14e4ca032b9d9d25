/** The engine's Explanation, shaped for the "why this answer" panel. */
import type { Candidate, Explanation, KnowledgeBase } from '../engine/index.js';
import type { CandidateView, WhyView } from './api-types.js';

const round = (n: number): number => Math.round(n * 1000) / 1000;

function candidateView(candidate: Candidate): CandidateView {
  const { fact } = candidate;
  return {
    report: fact.report,
    fact: fact.id,
    figure: fact.figure,
    sentence: fact.sentence,
    score: round(candidate.score),
    coverage: round(candidate.coverage),
    eligible: candidate.eligible,
  };
}

export function whyView(explanation: Explanation, kb: KnowledgeBase): WhyView {
  const { answer } = explanation;
  const best = answer.answered ? answer.best : null;
  const bestCandidate =
    best === null ? undefined : explanation.candidates.find((c) => c.fact.report === best.fact.report && c.fact.id === best.fact.id);
  const chosen =
    best === null
      ? null
      : {
          ...(bestCandidate === undefined ? { ...candidateView({ ...best, coverage: best.score, eligible: true }) } : candidateView(bestCandidate)),
          reportTitle: kb.report(best.fact.report)?.title ?? best.fact.report,
        };
  return {
    question: answer.question,
    answered: answer.answered,
    language: answer.language,
    threshold: round(explanation.threshold),
    chosen,
    ...(answer.clarify === undefined ? {} : { clarify: [...answer.clarify.reports] }),
    ...(answer.broad === true ? { broad: true as const } : {}),
    words: explanation.words.map((w) => ({ typed: w.typed, terms: [...w.terms], how: w.how })),
    candidates: explanation.candidates.map(candidateView),
  };
}
