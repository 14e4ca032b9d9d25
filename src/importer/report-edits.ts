/**
 * Re-importing keeps what an editor changed in report.json too. A field is hand-edited
 * when it differs from what the importer makes of the previous article: then the old
 * value stays (a corrected title, an author the article does not name, a source). For
 * the subject, names an editor added stay and names an editor removed stay out; the
 * rest follows the new article.
 */
export interface ReportFields {
  readonly title: string;
  readonly subject: readonly string[];
  readonly author: string;
  readonly source: string;
  readonly eventDate: string;
}

export function keepReportEdits(fresh: ReportFields, before: { readonly auto: ReportFields; readonly stored: ReportFields } | null): ReportFields {
  if (before === null) return fresh;
  const { auto, stored } = before;
  const pick = (field: 'title' | 'author' | 'source' | 'eventDate'): string => (stored[field] !== auto[field] ? stored[field] : fresh[field]);
  const added = stored.subject.filter((s) => !auto.subject.includes(s));
  const removed = new Set(auto.subject.filter((s) => !stored.subject.includes(s)));
  const subject = [...new Set([...fresh.subject.filter((s) => !removed.has(s)), ...added])];
  return { title: pick('title'), subject, author: pick('author'), source: pick('source'), eventDate: pick('eventDate') };
}
