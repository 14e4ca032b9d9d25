/**
 * Pure rendering of what is about several reports: how a report is named (title and
 * date), the "which report?" buttons for a question several answer, and the /report menu.
 */
import type { InlineKeyboardButton } from 'grammy/types';
import type { KnowledgeBase, Language, Report } from '../../engine/index.js';
import { concat, italic } from '../../render/formatted-text.js';
import { joinWithinLimit, truncate } from '../../render/message-limits.js';
import { encodeAction } from '../callback-data.js';
import { texts } from '../texts.js';
import { draft, type Draft } from './draft.js';

/** Button labels are cut here; Telegram clips long ones on phones anyway. */
const REPORT_LABEL_LENGTH = 60;
const QUOTED_QUESTION_LENGTH = 200;

/** "13/12/2022" from "2022-12-13": the date as the genre writes it. */
export function reportDate(report: Report): string {
  const [year, month, day] = report.eventDate.split('-');
  return `${day}/${month}/${year}`;
}

/** A report on one line: "Quận Bắc Từ Liêm: Thu ngân sách đạt 211% dự toán (13/12/2022)". */
export function reportName(report: Report, max = 300): string {
  const date = ` (${reportDate(report)})`;
  return `${truncate(report.title, Math.max(10, max - date.length))}${date}`;
}

/** Whether answers must say which report they come from: only when there is more than one. */
export function namesReports(kb: KnowledgeBase): boolean {
  return kb.reports.length > 1;
}

/** A short tag for buttons that must name their report: the report's first subject, else its title, and the date. */
export function reportTag(report: Report): string {
  const name = report.subject[0] ?? report.title;
  return `${truncate(name, 30)}, ${reportDate(report)}`;
}

function reportButtons(reports: readonly Report[], data: (report: Report) => string | undefined, mark?: string): InlineKeyboardButton[][] {
  return reports.flatMap((report) => {
    const callback = data(report);
    if (callback === undefined) return [];
    const label = reportName(report, REPORT_LABEL_LENGTH - 2);
    return [[{ text: report.id === mark ? `✓ ${label}` : label, callback_data: callback }]];
  });
}

/** The question several reports answer, quoted back as plain text, with one button per report. */
export function renderClarify(question: string, token: string, reportIds: readonly string[], kb: KnowledgeBase, lang: Language): Draft {
  const t = texts(lang);
  const reports = reportIds.map((id) => kb.report(id)).filter((r) => r !== undefined);
  const rows = reportButtons(reports, (r) => encodeAction({ kind: 'pick', ask: token, report: r.id }));
  const quoted = truncate(question.trim(), QUOTED_QUESTION_LENGTH);
  return draft(joinWithinLimit([t.clarifyIntro, concat(`${t.notAnsweredAbout}: «`, italic(quoted), '»')]), rows.length === 0 ? undefined : { inline_keyboard: rows });
}

/** /report: the loaded reports as buttons, the chat's current one marked. */
export function renderReportMenu(kb: KnowledgeBase, current: string | undefined, lang: Language): Draft {
  const t = texts(lang);
  const reports = [...kb.reports].sort((a, b) => b.eventDate.localeCompare(a.eventDate) || a.id.localeCompare(b.id));
  const rows = reportButtons(reports, (r) => encodeAction({ kind: 'use', report: r.id }), current);
  const now = current === undefined ? undefined : kb.report(current);
  const blocks = [t.reportMenuIntro];
  if (now !== undefined) blocks.push(`${t.currentReport}: ${reportName(now)}`);
  return draft(joinWithinLimit(blocks), rows.length === 0 ? undefined : { inline_keyboard: rows });
}

/** After a choice in the /report menu: which report questions now go to. */
export function renderReportChosen(report: Report, lang: Language): Draft {
  const t = texts(lang);
  return joinWithinLimit([concat(`${t.currentReport}: `, italic(reportName(report))), t.reportChosenHint]);
}
