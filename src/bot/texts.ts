/**
 * Every text the bot writes on its own, in Vietnamese (default) and English.
 * Values are plain text; the few with formatting carry it as entities.
 */
import type { Language } from '../engine/index.js';
import { code, concat, type FormattedText } from '../render/formatted-text.js';

export interface Texts {
  /** Shown above the "did you mean" buttons. */
  didYouMean: string;
  notAnswered: string;
  /** Prefix for the question we could not answer, quoted back escaped. */
  notAnsweredAbout: string;
  suggestionsIntro: string;
  /** An input that names a topic several figures of the report are about, and asks nothing ("ngân sách"): above them as buttons. */
  whichFigure: string;
  /** Before the report's title under an answer. */
  fromReport: string;
  greeting: string;
  howToAskPrivate: string;
  /** Takes the bot's @username. */
  howToAskGroup: (mention: string) => FormattedText;
  examplesIntro: string;
  commandsIntro: string;
  askUsage: string;
  /** A mention of the bot (or a reply to it) with no question. */
  mentionUsage: string;
  textOnly: string;
  editedMessage: string;
  forwarded: string;
  emptyQuestion: string;
  /** Takes the maximum question length. */
  tooLong: (max: number) => string;
  unknownCommand: string;
  slowDown: string;
  staleButton: string;
  unknownButton: string;
  factsIntro: string;
  topicsBack: string;
  sourceTitle: string;
  sourceAuthor: string;
  sourceOrigin: string;
  sourceDate: string;
  /** Above the "which report?" buttons. */
  clarifyIntro: string;
  reportMenuIntro: string;
  currentReport: string;
  reportChosenHint: string;
  /** /report with a single report loaded. */
  onlyOneReport: string;
  /** /report (or its buttons) pressed in a group by someone who is not an admin. */
  adminsOnly: string;
  adminCheckFailed: string;
  /** A "which report?" button whose question is gone (too old, or a newer one was asked). */
  pendingGone: string;
}

const vi: Texts = {
  didYouMean: 'Bạn muốn hỏi…?',
  notAnswered: 'Báo cáo không nói về điều này, nên mình không đoán.',
  notAnsweredAbout: 'Câu hỏi',
  suggestionsIntro: 'Bạn có thể hỏi, chẳng hạn:',
  whichFigure: 'Báo cáo có nhiều số liệu về điều này. Bạn muốn hỏi số liệu nào?',
  fromReport: 'Theo báo cáo',
  greeting: 'Xin chào! Mình trả lời câu hỏi về báo cáo bằng chính con số và câu văn trong báo cáo.',
  howToAskPrivate: 'Cứ gõ câu hỏi như khi nhắn tin.',
  howToAskGroup: (mention) =>
    concat('Trong nhóm, mình chỉ trả lời khi được gọi: ', code('/ask câu hỏi'), `, nhắc ${mention} kèm câu hỏi, hoặc trả lời (reply) một tin nhắn của mình.`),
  examplesIntro: 'Ví dụ:',
  commandsIntro: 'Lệnh:',
  askUsage: 'Hãy viết câu hỏi ngay sau lệnh, ví dụ:',
  mentionUsage: 'Hãy viết câu hỏi ngay sau khi nhắc tên mình, ví dụ:',
  textOnly: 'Mình chỉ đọc được câu hỏi bằng chữ. Hãy gõ câu hỏi về báo cáo nhé, hoặc gõ /help.',
  editedMessage: 'Mình chỉ trả lời tin nhắn mới. Hãy gửi lại câu hỏi đã sửa nhé.',
  forwarded: 'Mình chỉ trả lời câu hỏi bạn tự gõ. Hãy gõ câu hỏi về báo cáo nhé.',
  emptyQuestion: 'Tin nhắn chưa có câu hỏi nào. Hãy gõ câu hỏi về báo cáo nhé.',
  tooLong: (max) => `Câu hỏi dài quá (tối đa ${max} ký tự). Hãy hỏi ngắn gọn từng điều một nhé.`,
  unknownCommand: 'Mình không biết lệnh này. Gõ /help để xem cách hỏi.',
  slowDown: 'Bạn gửi nhanh quá. Chờ vài giây rồi hỏi tiếp nhé.',
  staleButton: 'Nút này đã cũ. Hãy hỏi lại nhé.',
  unknownButton: 'Mình không hiểu nút này.',
  factsIntro: 'Báo cáo nói về các chủ đề sau. Chọn một chủ đề để xem số liệu:',
  topicsBack: '« Các chủ đề',
  sourceTitle: 'Báo cáo',
  sourceAuthor: 'Tác giả',
  sourceOrigin: 'Nguồn',
  sourceDate: 'Ngày diễn ra sự kiện',
  clarifyIntro: 'Nhiều báo cáo trả lời được câu này. Bạn hỏi về báo cáo nào?',
  reportMenuIntro: 'Chọn báo cáo để hỏi (các câu hỏi không nêu địa phương sẽ được trả lời theo báo cáo này):',
  currentReport: 'Đang hỏi về',
  reportChosenHint: 'Cứ hỏi tiếp nhé. Gõ /report để đổi báo cáo.',
  onlyOneReport: 'Hiện chỉ có một báo cáo, mọi câu hỏi đều được trả lời theo báo cáo đó.',
  adminsOnly: 'Trong nhóm, chỉ quản trị viên mới đổi được báo cáo.',
  adminCheckFailed: 'Mình chưa kiểm tra được bạn có phải quản trị viên không. Bạn thử lại sau ít phút nhé.',
  pendingGone: 'Câu hỏi này đã cũ. Hãy hỏi lại nhé.',
};

const en: Texts = {
  didYouMean: 'Did you mean…?',
  notAnswered: "The report does not say, so I won't guess.",
  notAnsweredAbout: 'Question',
  suggestionsIntro: 'You could ask, for example:',
  whichFigure: 'The report has several figures on this. Which one do you mean?',
  fromReport: 'From the report',
  greeting: "Hello! I answer questions about a report with the report's own figure and sentence.",
  howToAskPrivate: 'Just type your question.',
  howToAskGroup: (mention) =>
    concat('In groups I only answer when addressed: ', code('/ask your question'), `, a message that mentions ${mention}, or a reply to one of my messages.`),
  examplesIntro: 'Examples:',
  commandsIntro: 'Commands:',
  askUsage: 'Write your question right after the command, for example:',
  mentionUsage: 'Write your question right after mentioning me, for example:',
  textOnly: 'I can only read questions typed as text. Please type a question about the report, or /help.',
  editedMessage: 'I only answer new messages. Please send your edited question again.',
  forwarded: 'I only answer questions you type yourself. Please type a question about the report.',
  emptyQuestion: 'There is no question in that message. Please type a question about the report.',
  tooLong: (max) => `That question is too long (at most ${max} characters). Please ask one thing at a time.`,
  unknownCommand: "I don't know that command. Type /help to see how to ask.",
  slowDown: "You're sending messages very fast. Please wait a few seconds.",
  staleButton: 'This button is out of date. Please ask again.',
  unknownButton: "I don't understand this button.",
  factsIntro: 'The report covers these topics. Pick one to see its figures:',
  topicsBack: '« Topics',
  sourceTitle: 'Report',
  sourceAuthor: 'Author',
  sourceOrigin: 'Source',
  sourceDate: 'Date of the events',
  clarifyIntro: 'Several reports answer this. Which report do you mean?',
  reportMenuIntro: 'Pick the report to ask about (questions that name no place are answered from it):',
  currentReport: 'Asking about',
  reportChosenHint: 'Go ahead and ask. Type /report to change the report.',
  onlyOneReport: 'There is only one report, so every question is answered from it.',
  adminsOnly: 'In groups, only admins can change the report.',
  adminCheckFailed: 'I could not check whether you are an admin of this group. Please try again in a minute.',
  pendingGone: 'That question is out of date. Please ask again.',
};

const TEXTS: Record<Language, Texts> = { vi, en };

export function texts(lang: Language): Texts {
  return TEXTS[lang];
}

/** Vietnamese unless the person's Telegram app is set to English. */
export function languageOf(languageCode: string | undefined): Language {
  return languageCode?.toLowerCase().startsWith('en') === true ? 'en' : 'vi';
}

/** English framing when the person's app is English or they asked in English. */
export function answerLanguage(userLang: Language, questionLang: Language): Language {
  return userLang === 'en' || questionLang === 'en' ? 'en' : 'vi';
}
