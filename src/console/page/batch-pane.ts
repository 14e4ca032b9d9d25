/** Batch test: many questions with their expected figures, a pass/fail table, totals, CSV. */
import type { BatchResult } from '../api-types.js';
import { describe, postJson } from './console-api.js';
import { byId, h, notice, replaceChildren } from './dom-build.js';

/** A CSV cell; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
function cell(value: string | number | boolean): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(result: BatchResult): string {
  const lines = [['line', 'question', 'expected', 'category', 'answered', 'figure', 'fact', 'score', 'pass'].join(',')];
  for (const r of result.rows) lines.push([r.line, r.question, r.expected, r.category, r.answered, r.figure, r.fact, r.score, r.pass ? 'pass' : 'fail'].map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function setUpBatch(): void {
  const text = byId<HTMLTextAreaElement>('batch-text');
  const file = byId<HTMLInputElement>('batch-file');
  const run = byId<HTMLButtonElement>('batch-run');
  const status = byId('batch-status');
  const out = byId('batch-results');
  let objectUrl: string | undefined;

  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    if (picked === undefined) return;
    if (picked.size > 1_000_000) {
      notice(status, `${picked.name} is larger than 1 MB.`, 'error');
      return;
    }
    void picked.text().then((content) => {
      text.value = content;
      notice(status, `Loaded ${picked.name}.`, 'info');
    });
  });

  run.addEventListener('click', () => {
    run.disabled = true;
    notice(status, 'Running…', 'info');
    void postJson<BatchResult>('/batch', { text: text.value })
      .then((result) => {
        notice(status, `${result.passed} of ${result.count} passed.`, result.passed === result.count ? 'ok' : 'info');
        show(result);
      })
      .catch((error: unknown) => {
        replaceChildren(out);
        notice(status, describe(error), 'error');
      })
      .finally(() => {
        run.disabled = false;
      });
  });

  function show(result: BatchResult): void {
    if (objectUrl !== undefined) URL.revokeObjectURL(objectUrl);
    objectUrl = URL.createObjectURL(new Blob([toCsv(result)], { type: 'text/csv;charset=utf-8' }));
    replaceChildren(
      out,
      h(
        'table',
        { class: 'totals' },
        h('thead', {}, h('tr', {}, h('th', {}, 'category'), h('th', {}, 'questions'), h('th', {}, 'passed'), h('th', {}, 'rate'))),
        h(
          'tbody',
          {},
          ...result.totals.map((t) => h('tr', {}, h('td', {}, t.category), h('td', {}, String(t.count)), h('td', {}, String(t.passed)), h('td', {}, `${((100 * t.passed) / t.count).toFixed(1)}%`))),
          h('tr', { class: 'total' }, h('td', {}, 'all'), h('td', {}, String(result.count)), h('td', {}, String(result.passed)), h('td', {}, `${result.count === 0 ? '0.0' : ((100 * result.passed) / result.count).toFixed(1)}%`)),
        ),
      ),
      h('p', {}, h('a', { href: objectUrl, download: 'batch-results.csv', class: 'button', id: 'batch-download' }, 'Download results (CSV)')),
      h(
        'table',
        { class: 'batch-rows' },
        h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, 'question'), h('th', {}, 'expected'), h('th', {}, 'got'), h('th', {}, 'category'), h('th', {}, ''))),
        h(
          'tbody',
          {},
          ...result.rows.map((r) =>
            h(
              'tr',
              { class: r.pass ? 'pass' : 'fail' },
              h('td', {}, String(r.line)),
              h('td', {}, r.question),
              h('td', {}, r.expected === '' ? '(declined)' : r.expected),
              h('td', {}, r.answered ? r.figure : '(declined)'),
              h('td', {}, r.category),
              h('td', {}, h('span', { class: r.pass ? 'badge pass' : 'badge fail' }, r.pass ? 'pass' : 'fail')),
            ),
          ),
        ),
      ),
    );
  }
}
