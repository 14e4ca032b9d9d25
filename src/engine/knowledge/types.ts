/** A report as loaded from `knowledge/<report-id>/`. */
export interface Report {
  /** Folder name: lowercase letters, digits and dashes. */
  readonly id: string;
  readonly title: string;
  /**
   * Names of what the report is about ("Bắc Từ Liêm"). They say which report a question
   * is about, not which fact, so they never count towards an answer on their own.
   */
  readonly subject: readonly string[];
  readonly author: string;
  /** Where the article was published, as far as the archived copy says. */
  readonly source: string;
  /** ISO date (YYYY-MM-DD) of the events the report covers. */
  readonly eventDate: string;
  /** Language of the article text. */
  readonly language: 'vi' | 'en';
  /** The article, byte for byte as archived. */
  readonly article: string;
  readonly topics: readonly Topic[];
  /** Fact ids shown first when a person has not asked anything yet (inline, /facts). */
  readonly headline: readonly string[];
  readonly facts: readonly Fact[];
  /** Questions an editor marked "the report does not say this" (declines.json): negative examples for tests and eval. */
  readonly declines?: readonly string[];
}

export interface Topic {
  readonly id: string;
  readonly vi: string;
  readonly en: string;
}

export interface Fact {
  /** Unique within its report. */
  readonly id: string;
  /** Id of the report the fact belongs to. */
  readonly report: string;
  /** Id of one of the report's topics. */
  readonly topic: string;
  /** The short answer, verbatim inside `sentence`. */
  readonly figure: string;
  /** One sentence, verbatim from the article. */
  readonly sentence: string;
  /** How people ask for this fact. */
  readonly questions: { readonly vi: readonly string[]; readonly en: readonly string[] };
  readonly keywords: readonly string[];
  /** English rendering of `sentence`, for English-speaking users. */
  readonly gloss?: string;
  /**
   * The words of the sentence that belong to this figure ("512 vụ phạm pháp hình sự"
   * rather than the whole sentence), verbatim in `sentence` and holding `figure`.
   * Written by the importer; a sentence with several figures gives each its own.
   */
  readonly context?: string;
  /** What kind of figure this is, so "which day" finds dates and "how many" counts. */
  readonly kind?: FigureKind;
}

/**
 * percent "211%"; money "452 tỷ đồng"; count "2.340 đối tượng"; ratio "41/43 vụ";
 * number any other quantity; date "13/12"; year "2022"; ordinal "lần thứ 22"; term
 * "2020-2025", "khóa XX"; name a person, body or motto.
 */
export const FIGURE_KINDS = ['percent', 'money', 'count', 'ratio', 'number', 'date', 'year', 'ordinal', 'term', 'name'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface KnowledgeBase {
  readonly reports: readonly Report[];
  readonly facts: readonly Fact[];
  /** Looks a fact up by report id and fact id. */
  fact(report: string, id: string): Fact | undefined;
  report(id: string): Report | undefined;
}
