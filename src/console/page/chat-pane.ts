/**
 * The chat: a private chat and a group, drawn like Telegram's from the fake Bot API's
 * messages (text + entities), with working buttons, replies and inline mode.
 */
import type { ChatView, ConsoleInfo, InlineResultsView, MessagesResult, MessageView, PressResult } from '../api-types.js';
import { describe, getJson, postJson } from './console-api.js';
import { byId, h, notice, replaceChildren } from './dom-build.js';
import { formattedNodes } from './message-nodes.js';

/** After a failed long poll, wait this long before asking again. */
const RETRY_MS = 2_000;
const NAME_COLOURS = 6;

export interface ChatPane {
  /** Opens "why" for a bot message. */
  onWhy: (chatId: number, messageId: number) => void;
  refresh(): Promise<void>;
}

export function setUpChat(info: ConsoleInfo, onWhy: ChatPane['onWhy']): ChatPane {
  const list = byId('chat-list');
  const log = byId('messages');
  const title = byId('chat-title');
  const subtitle = byId('chat-subtitle');
  const form = byId<HTMLFormElement>('composer');
  const input = byId<HTMLInputElement>('composer-input');
  const speaker = byId<HTMLSelectElement>('speaker');
  const replyBar = byId('reply-bar');
  const inlineBox = byId('inline-results');
  const status = byId('chat-status');
  const botHandle = `@${info.bot.username}`;
  let chat: ChatView = info.chats[0] ?? { id: 0, kind: 'private', title: '', members: [] };
  let replyTo: MessageView | undefined;
  let shown = '';
  let inlineTimer: number | undefined;
  let inlineSeq = 0;
  let following: AbortController | undefined;
  let requested = 0;
  /** The send in flight (or the last one, settled). */
  let sending: Promise<void> = Promise.resolve();
  let drawnRequest = 0;

  const pane: ChatPane = { onWhy, refresh };

  function initials(name: string): string {
    return name
      .split(/\s+/)
      .filter((w) => /^\p{L}/u.test(w))
      .slice(0, 2)
      .map((w) => Array.from(w)[0]?.toUpperCase() ?? '')
      .join('');
  }

  function memberColour(id: number): string {
    return `name-${Math.abs(id) % NAME_COLOURS}`;
  }

  function drawChatList(): void {
    replaceChildren(
      list,
      ...info.chats.map((c) =>
        h(
          'button',
          { type: 'button', class: c.id === chat.id ? 'chat-entry active' : 'chat-entry', 'data-chat': c.kind, 'aria-pressed': c.id === chat.id ? 'true' : 'false' },
          h('span', { class: c.kind === 'group' ? 'avatar group' : 'avatar' }, initials(c.kind === 'group' ? c.title : info.bot.name)),
          h('span', { class: 'chat-entry-text' }, h('strong', {}, c.kind === 'group' ? c.title : info.bot.name), h('small', {}, c.kind === 'group' ? `${c.members.length + 1} members` : 'private chat')),
        ),
      ),
    );
    list.querySelectorAll<HTMLButtonElement>('button').forEach((button, i) => {
      button.addEventListener('click', () => {
        const picked = info.chats[i];
        if (picked === undefined || picked.id === chat.id) return;
        chat = picked;
        setReply(undefined);
        shown = '';
        drawChatList();
        drawHeader();
        // The long poll was for the other chat: start one for this chat now.
        following?.abort();
        void refresh();
      });
    });
  }

  function drawHeader(): void {
    title.textContent = chat.kind === 'group' ? chat.title : info.bot.name;
    const avatar = byId('chat-avatar');
    avatar.textContent = initials(title.textContent);
    avatar.className = chat.kind === 'group' ? 'avatar group' : 'avatar';
    subtitle.textContent =
      chat.kind === 'group'
        ? `group · ask with /ask, by mentioning ${botHandle}, or by replying to the bot`
        : `bot · ${botHandle} · type a question, or ${botHandle} and a query for inline mode`;
    replaceChildren(speaker, ...chat.members.map((m) => h('option', { value: String(m.id) }, m.name)));
    speaker.hidden = chat.kind !== 'group';
    input.placeholder = chat.kind === 'group' ? `/ask … or ${botHandle} …` : 'Ask a question…';
  }

  function setReply(message: MessageView | undefined): void {
    replyTo = message;
    if (message === undefined) {
      replyBar.hidden = true;
      replaceChildren(replyBar);
      return;
    }
    const cancel = h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Cancel reply' }, '✕');
    cancel.addEventListener('click', () => {
      setReply(undefined);
    });
    replaceChildren(replyBar, h('div', { class: 'reply-quote' }, h('strong', {}, `Reply to ${message.from.name}`), h('span', {}, message.text.slice(0, 90))), cancel);
    replyBar.hidden = false;
    input.focus();
  }

  function keyboard(message: MessageView): HTMLElement | undefined {
    if (message.buttons.length === 0) return undefined;
    const rows = message.buttons.map((row) =>
      h(
        'div',
        { class: 'keyboard-row' },
        ...row.map((button) => {
          if (button.kind === 'url' && button.url !== undefined) {
            return h('a', { class: 'keyboard-button', href: button.url, target: '_blank', rel: 'noopener noreferrer' }, `${button.text} ↗`);
          }
          const element = h('button', { type: 'button', class: 'keyboard-button', disabled: button.kind !== 'callback' }, button.text);
          element.addEventListener('click', () => {
            void press(message, button.index, element);
          });
          return element;
        }),
      ),
    );
    return h('div', { class: 'inline-keyboard' }, ...rows);
  }

  function bubble(message: MessageView): HTMLElement {
    const mine = !message.from.isBot && message.from.id === Number(speaker.value || chat.members[0]?.id);
    const side = message.from.isBot ? 'bot' : mine ? 'out' : 'in';
    const body =
      message.sticker !== undefined ? h('div', { class: 'sticker' }, message.sticker) : h('div', { class: 'text' }, formattedNodes(message.text, message.entities));
    const meta = h('div', { class: 'meta' }, message.edited ? 'edited · ' : '', new Date(message.date * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
    const actions = h('div', { class: 'message-actions' });
    if (message.hasWhy) {
      const why = h('button', { type: 'button', class: 'why-button' }, 'Why this answer?');
      why.addEventListener('click', () => {
        pane.onWhy(chat.id, message.id);
      });
      actions.appendChild(why);
    }
    if (chat.kind === 'group') {
      const reply = h('button', { type: 'button', class: 'reply-button' }, 'Reply');
      reply.addEventListener('click', () => {
        setReply(message);
      });
      actions.appendChild(reply);
    }
    return h(
      'li',
      { class: `message ${side}`, 'data-id': String(message.id) },
      h(
        'div',
        { class: 'bubble' },
        chat.kind === 'group' && side !== 'out' ? h('div', { class: `sender ${message.from.isBot ? 'name-bot' : memberColour(message.from.id)}` }, message.from.name) : null,
        message.viaBot ? h('div', { class: 'via' }, `via ${botHandle}`) : null,
        message.replyTo === undefined ? null : h('div', { class: 'reply-quote' }, h('strong', {}, message.replyTo.from), h('span', {}, message.replyTo.text)),
        body,
        meta,
      ),
      keyboard(message),
      actions.childElementCount > 0 ? actions : null,
    );
  }

  /** A number for each request for messages, in the order they were made. */
  function nextRequest(): number {
    return ++requested;
  }

  /**
   * Draws the messages a request got, unless a later request's have been drawn already:
   * requests overlap (the long poll, a send), and the older answer may arrive last.
   * False when it was stale.
   */
  function draw(messages: readonly MessageView[], request: number): boolean {
    if (request < drawnRequest) return false;
    drawnRequest = request;
    const fingerprint = JSON.stringify([chat.id, speaker.value, messages]);
    if (fingerprint === shown) return true;
    shown = fingerprint;
    const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
    if (messages.length === 0) {
      replaceChildren(log, h('li', { class: 'empty' }, chat.kind === 'group' ? 'No messages yet. Try “/ask thu ngân sách đạt bao nhiêu”.' : 'No messages yet. Try “thu ngân sách đạt bao nhiêu”, or /help.'));
    } else replaceChildren(log, ...messages.map(bubble));
    if (atBottom || messages.length < 4) log.scrollTop = log.scrollHeight;
    return true;
  }

  async function refresh(): Promise<void> {
    try {
      const request = nextRequest();
      draw((await getJson<MessagesResult>(`/chats/${chat.id}/messages`)).messages, request);
    } catch (error) {
      notice(status, describe(error), 'error');
    }
  }

  /**
   * A long poll, one at a time: the server answers when the bot posts or edits in the
   * chat (or after a while with nothing new), and the page asks again at once. Replies
   * that come late (a throttled chat, a merged group answer) show as they arrive.
   */
  async function follow(): Promise<void> {
    let cursor = 0;
    for (;;) {
      const controller = new AbortController();
      following = controller;
      const shownChat = chat.id;
      try {
        const request = nextRequest();
        const result = await getJson<MessagesResult>(`/chats/${shownChat}/messages?since=${cursor}`, controller.signal);
        // The page's own question: its send draws the reply, "why" button and all, once the bot is done.
        await sending;
        // A stale answer keeps the cursor, so the next poll returns at once with what is newer.
        if (shownChat === chat.id && draw(result.messages, request)) cursor = result.cursor ?? cursor;
      } catch (error) {
        if (controller.signal.aborted) continue;
        notice(status, describe(error), 'error');
        await new Promise((resolve) => window.setTimeout(resolve, RETRY_MS));
      }
    }
  }

  async function press(message: MessageView, index: number, button: HTMLButtonElement): Promise<void> {
    button.classList.add('pressed');
    try {
      const result = await postJson<PressResult>('/press', { chatId: chat.id, fromId: Number(speaker.value || chat.members[0]?.id), messageId: message.id, index });
      if (result.notice !== undefined) notice(status, result.notice, 'info');
      await refresh();
    } catch (error) {
      notice(status, describe(error), 'error');
    } finally {
      button.classList.remove('pressed');
    }
  }

  function fromId(): number {
    return Number(speaker.value || chat.members[0]?.id);
  }

  function inlineQueryOf(text: string): string | undefined {
    const lower = text.toLowerCase();
    const handle = botHandle.toLowerCase();
    if (lower !== handle && !lower.startsWith(`${handle} `)) return undefined;
    return text.slice(botHandle.length).trimStart();
  }

  async function showInline(query: string): Promise<void> {
    const seq = ++inlineSeq;
    try {
      const results = await postJson<InlineResultsView>('/inline', { fromId: fromId(), query });
      if (seq !== inlineSeq) return;
      drawInline(results);
    } catch (error) {
      if (seq === inlineSeq) notice(status, describe(error), 'error');
    }
  }

  function drawInline(view: InlineResultsView): void {
    if (view.results.length === 0) {
      replaceChildren(inlineBox, h('li', { class: 'inline-empty' }, 'No results'));
    } else {
      replaceChildren(
        inlineBox,
        ...view.results.map((result) => {
          const item = h('li', {}, h('button', { type: 'button', class: 'inline-result' }, h('strong', {}, result.title), h('span', {}, result.description)));
          item.querySelector('button')?.addEventListener('click', () => {
            void choose(view.queryId, result.id);
          });
          return item;
        }),
      );
    }
    inlineBox.hidden = false;
  }

  async function choose(queryId: string, resultId: string): Promise<void> {
    hideInline();
    input.value = '';
    try {
      const request = nextRequest();
      const result = await postJson<MessagesResult>('/choose', { chatId: chat.id, fromId: fromId(), queryId, resultId });
      draw(result.messages, request);
    } catch (error) {
      notice(status, describe(error), 'error');
    }
  }

  function hideInline(): void {
    inlineSeq++;
    inlineBox.hidden = true;
    replaceChildren(inlineBox);
  }

  input.addEventListener('input', () => {
    window.clearTimeout(inlineTimer);
    const query = inlineQueryOf(input.value);
    if (query === undefined) {
      hideInline();
      return;
    }
    inlineTimer = window.setTimeout(() => {
      void showInline(query);
    }, 250);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value;
    if (text.trim() === '') return;
    // "@bot query" alone is inline mode: pick a result instead of sending it.
    if (chat.kind === 'private' && inlineQueryOf(text) !== undefined && !inlineBox.hidden) return;
    hideInline();
    input.value = '';
    const replying = replyTo;
    setReply(undefined);
    notice(status, '', 'info');
    const sendButton = byId<HTMLButtonElement>('send');
    sendButton.disabled = true;
    const request = nextRequest();
    sending = postJson<MessagesResult>('/send', { chatId: chat.id, fromId: fromId(), text, ...(replying === undefined ? {} : { replyTo: replying.id }) })
      .then((result) => {
        // Whoever just asked wants to see the answer, wherever they had scrolled to.
        if (draw(result.messages, request)) log.scrollTop = log.scrollHeight;
      })
      .catch((error: unknown) => {
        input.value = text;
        notice(status, describe(error), 'error');
      })
      .finally(() => {
        sendButton.disabled = false;
        input.focus();
      });
  });

  speaker.addEventListener('change', () => {
    shown = '';
    void refresh();
  });

  drawChatList();
  drawHeader();
  void refresh();
  void follow();
  return pane;
}
