/**
 * The console's HTTP API, as both sides see it: the server builds these, the page
 * (src/console/page) reads them. Types only, so the page compiles it to nothing.
 */
import type { MessageEntity } from 'grammy/types';

export interface MemberView {
  readonly id: number;
  readonly name: string;
}

export interface ChatView {
  readonly id: number;
  readonly kind: 'private' | 'group';
  readonly title: string;
  /** Who can type in this chat (a private chat has one person). */
  readonly members: readonly MemberView[];
}

export interface ConsoleInfo {
  readonly bot: { readonly username: string; readonly name: string };
  readonly chats: readonly ChatView[];
  readonly knowledgeDir: string;
}

export interface ButtonView {
  readonly text: string;
  /** Position in reading order: what a press names. */
  readonly index: number;
  readonly kind: 'callback' | 'url' | 'inline' | 'other';
  readonly url?: string;
}

export interface MessageView {
  readonly id: number;
  readonly chatId: number;
  readonly from: { readonly id: number; readonly name: string; readonly isBot: boolean };
  readonly text: string;
  readonly entities: readonly MessageEntity[];
  readonly buttons: readonly (readonly ButtonView[])[];
  readonly replyTo?: { readonly id: number; readonly from: string; readonly text: string };
  readonly edited: boolean;
  /** Posted by a person through the bot's inline mode. */
  readonly viaBot: boolean;
  readonly date: number;
  readonly sticker?: string;
  /** On a bot message that answers a question: "why" can be opened. */
  readonly hasWhy: boolean;
}

export interface MessagesResult {
  readonly messages: readonly MessageView[];
  /** On a long poll (`?since=`): where the next one picks up. */
  readonly cursor?: number;
}

export interface SendRequest {
  readonly chatId: number;
  readonly fromId: number;
  readonly text: string;
  readonly replyTo?: number;
}

export interface PressRequest {
  readonly chatId: number;
  readonly fromId: number;
  readonly messageId: number;
  readonly index: number;
}

/** What a button press showed besides an edit: a toast or an alert. */
export interface PressResult {
  readonly notice?: string;
  readonly alert?: boolean;
}

export interface InlineRequest {
  readonly fromId: number;
  readonly query: string;
}

export interface InlineResultsView {
  readonly queryId: string;
  readonly results: readonly { readonly id: string; readonly title: string; readonly description: string }[];
}

export interface ChooseRequest {
  readonly chatId: number;
  readonly fromId: number;
  readonly queryId: string;
  readonly resultId: string;
}

export interface CandidateView {
  readonly report: string;
  readonly fact: string;
  readonly figure: string;
  readonly sentence: string;
  readonly score: number;
  readonly coverage: number;
  readonly eligible: boolean;
}

export interface WhyView {
  readonly question: string;
  readonly answered: boolean;
  readonly language: 'vi' | 'en';
  readonly threshold: number;
  /** The fact given as the answer, with its report. */
  readonly chosen: (CandidateView & { readonly reportTitle: string }) | null;
  /** Several reports answer and the question names none. */
  readonly clarify?: readonly string[];
  /** The input names a topic several facts hold and asks nothing: the bot asked which fact is meant. */
  readonly broad?: true;
  readonly words: readonly { readonly typed: string; readonly terms: readonly string[]; readonly how: string }[];
  readonly candidates: readonly CandidateView[];
}

export interface FactView {
  readonly report: string;
  readonly id: string;
  readonly topic: string;
  readonly figure: string;
  readonly sentence: string;
  readonly questions: { readonly vi: readonly string[]; readonly en: readonly string[] };
}

export interface ReportView {
  readonly id: string;
  readonly title: string;
  readonly author: string;
  readonly source: string;
  readonly eventDate: string;
  readonly language: 'vi' | 'en';
  readonly facts: readonly FactView[];
  readonly declines: readonly string[];
}

export interface ReportsResult {
  readonly reports: readonly ReportView[];
}

/** `fact` names the right fact; `decline: true` marks "the report does not say this". */
export type TeachRequest =
  | { readonly question: string; readonly report: string; readonly fact: string }
  | { readonly question: string; readonly report: string; readonly decline: true };

export interface TeachResult {
  readonly message: string;
  /** After the change: does the bot now give what was taught? */
  readonly nowRight: boolean;
}

export interface ImportPreview {
  readonly pendingId: string;
  readonly report: ReportView;
  readonly warnings: readonly string[];
}

export interface BatchRequest {
  readonly text: string;
}

export interface BatchRow {
  readonly line: number;
  readonly question: string;
  /** Empty: the question should be declined. */
  readonly expected: string;
  readonly category: string;
  readonly answered: boolean;
  readonly figure: string;
  readonly fact: string;
  readonly score: number;
  readonly pass: boolean;
}

export interface BatchResult {
  readonly rows: readonly BatchRow[];
  readonly totals: readonly { readonly category: string; readonly count: number; readonly passed: number }[];
  readonly passed: number;
  readonly count: number;
}

export interface ApiErrorBody {
  readonly error: string;
}
