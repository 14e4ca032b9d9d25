/** Reports: what is loaded, and importing an article with a review step before it goes live. */
import type { ImportPreview, ReportsResult, ReportView } from '../api-types.js';
import { deleteJson, describe, getJson, postForm, postJson } from './console-api.js';
import { byId, h, notice, replaceChildren } from './dom-build.js';

function factsTable(report: ReportView): HTMLElement {
  return h(
    'table',
    { class: 'facts' },
    h('thead', {}, h('tr', {}, h('th', {}, 'fact'), h('th', {}, 'figure'), h('th', {}, 'sentence'), h('th', {}, 'ways of asking'))),
    h(
      'tbody',
      {},
      ...report.facts.map((f) =>
        h('tr', {}, h('td', {}, h('code', {}, f.id)), h('td', {}, h('strong', {}, f.figure)), h('td', {}, f.sentence), h('td', { class: 'count' }, String(f.questions.vi.length + f.questions.en.length))),
      ),
    ),
  );
}

function reportCard(report: ReportView, open: boolean): HTMLElement {
  return h(
    'details',
    { class: 'report-card', open },
    h('summary', {}, h('strong', {}, report.title), h('span', { class: 'hint' }, ` · ${report.id} · ${report.facts.length} facts · ${report.eventDate}`)),
    h('p', { class: 'hint' }, [report.author, report.source].filter(Boolean).join(' · ')),
    factsTable(report),
    report.declines.length === 0
      ? null
      : h('div', {}, h('h4', {}, 'Marked "the report does not say this"'), h('ul', { class: 'declines' }, ...report.declines.map((q) => h('li', {}, q)))),
  );
}

export function setUpReports(): { refresh: () => Promise<void> } {
  const list = byId('report-list');
  const form = byId<HTMLFormElement>('import-form');
  const file = byId<HTMLInputElement>('import-file');
  const id = byId<HTMLInputElement>('import-id');
  const status = byId('import-status');
  const review = byId('import-review');

  async function refresh(): Promise<void> {
    try {
      const { reports } = await getJson<ReportsResult>('/reports');
      replaceChildren(list, ...reports.map((r, i) => reportCard(r, i === 0 && reports.length === 1)));
    } catch (error) {
      notice(status, describe(error), 'error');
    }
  }

  function showReview(preview: ImportPreview): void {
    const confirm = h('button', { type: 'button', class: 'primary', id: 'import-confirm' }, 'Make it live');
    const discard = h('button', { type: 'button', id: 'import-discard' }, 'Discard');
    confirm.addEventListener('click', () => {
      confirm.disabled = true;
      void postJson<{ report: ReportView }>(`/import/${preview.pendingId}/confirm`, {})
        .then(async ({ report }) => {
          replaceChildren(review);
          notice(status, `"${report.title}" is live: ${report.facts.length} facts. The bot answers from it now.`, 'ok');
          await refresh();
        })
        .catch((error: unknown) => {
          confirm.disabled = false;
          notice(status, describe(error), 'error');
        });
    });
    discard.addEventListener('click', () => {
      void deleteJson(`/import/${preview.pendingId}`).finally(() => {
        replaceChildren(review);
        notice(status, 'Discarded: nothing was written.', 'info');
      });
    });
    replaceChildren(
      review,
      h('h3', {}, `Review before it goes live: ${preview.report.title}`),
      h('p', { class: 'hint' }, `${preview.report.facts.length} facts found in ${preview.report.id}. Nothing is written until you confirm.`),
      ...preview.warnings.map((w) => h('p', { class: 'notice info' }, w)),
      factsTable(preview.report),
      h('div', { class: 'button-row' }, confirm, discard),
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = file.files?.[0];
    replaceChildren(review);
    if (picked === undefined) {
      notice(status, 'Pick a .txt or .html file first.', 'error');
      return;
    }
    const data = new FormData();
    data.append('file', picked);
    data.append('id', id.value.trim());
    notice(status, `Reading ${picked.name}…`, 'info');
    void postForm<ImportPreview>('/import', data)
      .then((preview) => {
        notice(status, '', 'info');
        showReview(preview);
      })
      .catch((error: unknown) => {
        notice(status, describe(error), 'error');
      });
  });

  return { refresh };
}
