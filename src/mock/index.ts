/** The local mock of the Telegram Bot API: what tests and entry points import. */
export { FakeTelegram, generateToken, type FakeTelegramOptions, type WaitOptions } from './fake-telegram.js';
export type { Fault, FaultPlan } from './faults.js';
export type { BotEvent, CallbackAnswer, InlineAnswer, RecordedCall } from './state.js';
export type { ButtonChoice, GroupOptions, SendOptions, Sent, UserActions, UserOptions } from './users.js';
