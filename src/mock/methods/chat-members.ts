import type { ChatMember, User } from 'grammy/types';
import { badRequest } from '../api-error.js';
import { optionalInt, requiredChatId, type Params } from '../params.js';
import type { MemberStatus, TelegramState } from '../state.js';
import { botUser, type MethodHandler } from './method-context.js';

/**
 * getChatMember, so that what a bot keeps to group admins (choosing a report) can be
 * tried on the mock: creator and admins as createGroup named them, whoever posted as a
 * member, anyone else "left"; Telegram's 400s for an unknown chat or user.
 */

function member(user: User, status: MemberStatus | 'left'): ChatMember {
  if (status === 'creator') return { status, user, is_anonymous: false };
  if (status === 'administrator') {
    return {
      status, user, can_be_edited: false, is_anonymous: false, can_manage_chat: true, can_delete_messages: true,
      can_manage_video_chats: true, can_restrict_members: true, can_promote_members: false, can_change_info: true,
      can_invite_users: true, can_post_stories: false, can_edit_stories: false, can_delete_stories: false, can_send_welcome_messages: false,
    };
  }
  return { status, user };
}

function knownUser(state: TelegramState, userId: number): User | undefined {
  return userId === state.bot.id ? botUser(state) : state.users.get(userId);
}

const getChatMember: MethodHandler = (params: Params, { state }) => {
  const chatId = requiredChatId(params);
  const record = typeof chatId === 'number' ? state.chat(chatId) : undefined;
  if (record === undefined) throw badRequest('chat not found');
  const userId = optionalInt(params, 'user_id');
  if (userId === undefined) throw badRequest('invalid user_id specified');
  const user = knownUser(state, userId);
  if (user === undefined) throw badRequest('user not found');
  if (record.chat.type === 'private') return member(user, userId === record.chat.id || userId === state.bot.id ? 'member' : 'left');
  // The bot is in every group the mock delivers from.
  return member(user, userId === state.bot.id ? 'member' : (record.members.get(userId) ?? 'left'));
};

export const chatMemberMethods: Readonly<Record<string, MethodHandler>> = { getChatMember };
