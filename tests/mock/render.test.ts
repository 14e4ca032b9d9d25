import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { numberedButtons, renderCallbackAnswer, renderFormatted, renderInlineResults, renderMessage } from '../../src/mock/render.js';

const plain = { ansi: false };
const ansi = { ansi: true };

describe('renderFormatted', () => {
  it('prints plain text without escape codes when the output is not a terminal', () => {
    expect(renderFormatted('211% — Thu', [{ type: 'bold', offset: 0, length: 4 }], plain)).toBe('211% — Thu');
  });

  it('uses ANSI styles on a terminal, closing each styled piece', () => {
    expect(renderFormatted('211% — Thu', [{ type: 'bold', offset: 0, length: 4 }], ansi)).toBe('\u001b[1m211%\u001b[0m — Thu');
    expect(
      renderFormatted('ab', [{ type: 'bold', offset: 0, length: 2 }, { type: 'italic', offset: 1, length: 1 }], ansi),
    ).toBe('\u001b[1ma\u001b[0m\u001b[1;3mb\u001b[0m');
  });

  it('shows where a text link goes, but not twice for a bare address', () => {
    expect(renderFormatted('Nguồn: báo', [{ type: 'text_link', offset: 7, length: 3, url: 'https://e.org/a' }], plain)).toBe(
      'Nguồn: báo (https://e.org/a)',
    );
    expect(renderFormatted('https://e.org', [{ type: 'text_link', offset: 0, length: 13, url: 'https://e.org' }], plain)).toBe('https://e.org');
  });

  it('marks every line of a quote', () => {
    expect(renderFormatted('Câu:\nmột\nhai', [{ type: 'blockquote', offset: 5, length: 7 }], plain)).toBe('Câu:\n│ một\n│ hai');
  });
});

describe('renderMessage', () => {
  const message: Pick<Message, 'text' | 'entities' | 'reply_markup'> = {
    text: 'Bạn muốn hỏi…?',
    reply_markup: {
      inline_keyboard: [
        [{ text: 'Chi ngân sách', callback_data: 'f:1' }],
        [{ text: 'Thu ngân sách', callback_data: 'f:2' }, { text: 'Báo cáo', url: 'https://e.org' }],
      ],
    },
  };

  it('lists inline buttons numbered in reading order', () => {
    expect(renderMessage(message, plain)).toBe(
      'Bạn muốn hỏi…?\n  [1] Chi ngân sách\n  [2] Thu ngân sách\n  [3] Báo cáo → https://e.org',
    );
    expect(numberedButtons(message).map((button) => button.text)).toEqual(['Chi ngân sách', 'Thu ngân sách', 'Báo cáo']);
  });

  it('marks edits', () => {
    expect(renderMessage({ text: '97,4%' }, { ansi: false, edited: true })).toBe('(edited) 97,4%');
  });
});

describe('renderCallbackAnswer and renderInlineResults', () => {
  it('shows toasts and alerts, and nothing for a silent answer', () => {
    expect(renderCallbackAnswer({ text: 'Đã hết hạn' })).toBe('[notice] Đã hết hạn');
    expect(renderCallbackAnswer({ text: 'Lỗi', show_alert: true })).toBe('[alert] Lỗi');
    expect(renderCallbackAnswer({})).toBeUndefined();
  });

  it('lists inline results with title and description', () => {
    expect(
      renderInlineResults([
        { type: 'article', id: '1', title: '211%', description: 'Thu ngân sách', input_message_content: { message_text: 'x' } },
      ]),
    ).toBe('  1. 211% — Thu ngân sách');
    expect(renderInlineResults([])).toBe('(no inline results)');
  });
});
