/**
 * "Why this answer": the fact chosen, score against threshold, the words as read,
 * the alternatives; and teaching: pick the right fact, or mark "the report does not say this".
 */
import type { CandidateView, FactView, ReportsResult, TeachResult, WhyView } from '../api-types.js';
import { describe, getJson, postJson } from './console-api.js';
import { byId, h, notice, replaceChildren } from './dom-build.js';

const HOW: Record<string, string> = {
  known: 'known word',
  corrected: 'typo corrected',
  'question-word': 'question word',
  subject: 'names the report',
  unknown: 'unknown',
  name: 'unknown name',
};

const percent = (n: number): string => `${Math.round(n * 100)}%`;

function scoreBar(value: number, threshold: number): HTMLElement {
  const bar = h('div', { class: 'score-bar', role: 'img', 'aria-label': `${percent(value)} against a threshold of ${percent(threshold)}` });
  const fill = h('div', { class: value >= threshold ? 'score-fill pass' : 'score-fill' });
  fill.style.width = percent(Math.min(1, value));
  const mark = h('div', { class: 'score-threshold' });
  mark.style.left = percent(threshold);
  bar.append(fill, mark);
  return bar;
}

function candidateItem(c: CandidateView, threshold: number, chosen: boolean): HTMLElement {
  return h(
    'li',
    { class: chosen ? 'candidate chosen' : c.eligible ? 'candidate' : 'candidate ruled-out' },
    h('div', { class: 'candidate-head' }, h('strong', {}, c.figure), h('code', {}, `${c.report}/${c.fact}`), h('span', { class: 'score' }, `score ${c.score.toFixed(2)} · coverage ${percent(c.coverage)}`)),
    scoreBar(c.coverage, threshold),
    h('p', { class: 'sentence' }, `«${c.sentence}»`),
    c.eligible ? null : h('p', { class: 'ruled-out-note' }, 'Ruled out: the question asks for something this fact never gives (a number it lacks, a kind of question it does not answer).'),
  );
}

export interface WhyPane {
  open(chatId: number, messageId: number): Promise<void>;
}

export function setUpWhy(onTaught: () => void): WhyPane {
  const panel = byId('why-panel');
  const body = byId('why-body');
  const close = byId('why-close');
  close.addEventListener('click', () => {
    panel.hidden = true;
    document.body.classList.remove('why-open');
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) close.click();
  });

  function teachSection(why: WhyView, reports: ReportsResult): HTMLElement {
    const status = h('p', { class: 'notice', hidden: true, id: 'teach-status' });
    const search = h('input', { type: 'search', id: 'teach-search', placeholder: 'Search facts: figure, words of the sentence…', 'aria-label': 'Search facts' });
    const results = h('ul', { class: 'teach-facts', id: 'teach-facts' });
    const facts: FactView[] = reports.reports.flatMap((r) => r.facts);
    const answeredWith = why.chosen === null ? undefined : `${why.chosen.report}/${why.chosen.fact}`;

    const teach = async (request: object, button: HTMLButtonElement): Promise<void> => {
      button.disabled = true;
      try {
        const result = await postJson<TeachResult>('/teach', { question: why.question, ...request });
        notice(status, result.message, result.nowRight ? 'ok' : 'info');
        onTaught();
      } catch (error) {
        notice(status, describe(error), 'error');
      } finally {
        button.disabled = false;
      }
    };

    const draw = (): void => {
      const words = search.value.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/\s+/).filter(Boolean);
      const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      const shown = facts
        .filter((f) => `${f.report}/${f.id}` !== answeredWith)
        .filter((f) => {
          const haystack = fold(`${f.figure} ${f.sentence} ${f.id} ${f.questions.vi.join(' ')} ${f.questions.en.join(' ')}`);
          return words.every((w) => haystack.includes(w));
        })
        .slice(0, 30);
      replaceChildren(
        results,
        ...shown.map((f) => {
          const pick = h('button', { type: 'button', class: 'teach-pick' }, 'This fact answers it');
          pick.addEventListener('click', () => {
            void teach({ report: f.report, fact: f.id }, pick);
          });
          return h('li', { class: 'teach-fact', 'data-fact': `${f.report}/${f.id}` }, h('div', {}, h('strong', {}, f.figure), ' ', h('span', {}, `«${f.sentence}»`)), pick);
        }),
        shown.length === 0 ? h('li', { class: 'empty' }, 'No fact holds these words.') : null,
      );
    };
    search.addEventListener('input', draw);
    draw();

    const declineReport = h('select', { id: 'decline-report', 'aria-label': 'Report' }, ...reports.reports.map((r) => h('option', { value: r.id }, r.title)));
    const preferred = why.chosen?.report ?? why.candidates[0]?.report;
    if (preferred !== undefined) declineReport.value = preferred;
    const decline = h('button', { type: 'button', class: 'decline-button', id: 'teach-decline' }, 'The report does not say this');
    decline.addEventListener('click', () => {
      void teach({ report: declineReport.value, decline: true }, decline);
    });

    return h(
      'section',
      { class: 'teach' },
      h('h3', {}, why.answered ? 'Wrong answer? Teach the right one' : 'Missing answer? Teach it'),
      h('p', { class: 'hint' }, `The question becomes a way of asking the fact you pick (questions.${why.language}); the bot reloads at once.`),
      search,
      results,
      h('div', { class: 'decline-row' }, reports.reports.length > 1 ? declineReport : null, decline),
      status,
    );
  }

  async function open(chatId: number, messageId: number): Promise<void> {
    panel.hidden = false;
    document.body.classList.add('why-open');
    replaceChildren(body, h('p', { class: 'hint' }, 'Loading…'));
    try {
      const [why, reports] = await Promise.all([getJson<WhyView>(`/chats/${chatId}/messages/${messageId}/why`), getJson<ReportsResult>('/reports')]);
      const declined =
        why.clarify !== undefined
          ? `Asked back: several reports answer (${why.clarify.join(', ')})`
          : why.broad === true
            ? 'Asked back: the input names a topic several facts hold, and asks nothing'
            : 'Declined: no fact covers enough of the question';
      const verdict = why.answered ? h('p', { class: 'verdict answered' }, 'Answered') : h('p', { class: 'verdict declined' }, declined);
      const best = why.chosen ?? why.candidates[0];
      replaceChildren(
        body,
        h('p', { class: 'why-question' }, `«${why.question}»`),
        verdict,
        why.chosen === null
          ? null
          : h('div', { class: 'chosen-fact' }, h('div', { class: 'label' }, 'Report'), h('div', {}, why.chosen.reportTitle), h('div', { class: 'label' }, 'Fact'), h('div', {}, h('code', {}, why.chosen.fact), ' — ', h('strong', {}, why.chosen.figure))),
        h('h3', {}, 'Score against threshold'),
        best === undefined
          ? h('p', { class: 'hint' }, 'No fact shares a word with the question.')
          : h('div', { class: 'score-summary' }, scoreBar(best.coverage, why.threshold), h('p', {}, `The best fact covers ${percent(best.coverage)} of the question; answering needs ${percent(why.threshold)}.`)),
        h('h3', {}, 'The words as read'),
        h(
          'table',
          { class: 'words' },
          h('thead', {}, h('tr', {}, h('th', {}, 'typed'), h('th', {}, 'read as'), h('th', {}, 'how'))),
          h('tbody', {}, ...why.words.map((w) => h('tr', { class: `how-${w.how}` }, h('td', {}, w.typed), h('td', {}, w.terms.length === 0 ? '—' : w.terms.join(', ')), h('td', {}, h('span', { class: `badge how-${w.how}` }, HOW[w.how] ?? w.how))))),
        ),
        h('h3', {}, 'Facts considered'),
        h('ol', { class: 'candidates' }, ...why.candidates.map((c) => candidateItem(c, why.threshold, why.chosen !== null && c.fact === why.chosen.fact && c.report === why.chosen.report))),
        teachSection(why, reports),
      );
    } catch (error) {
      replaceChildren(body, h('p', { class: 'notice error', role: 'alert' }, describe(error)));
    }
  }

  return { open };
}
