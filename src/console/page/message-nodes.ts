/** A message's text and entities as DOM nodes, through the shared styled-runs reading. */
import type { MessageEntity } from 'grammy/types';
import { styledRuns, type RunStyle, type StyledRun } from '../../render/styled-runs.js';
import { h } from './dom-build.js';

const TAGS: Record<Exclude<RunStyle, 'link'>, { tag: keyof HTMLElementTagNameMap; className?: string }> = {
  bold: { tag: 'strong' },
  italic: { tag: 'em' },
  underline: { tag: 'u' },
  strikethrough: { tag: 's' },
  spoiler: { tag: 'span', className: 'spoiler' },
  code: { tag: 'code' },
  pre: { tag: 'pre' },
  mention: { tag: 'span', className: 'mention' },
};

/** Only web and Telegram addresses become links; anything else (javascript:, data:) stays text. */
function safeHref(href: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(href) ? href : `https://${href}`;
  try {
    const url = new URL(withScheme);
    return ['http:', 'https:', 'tg:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function runNode(run: StyledRun): Node {
  let node: Node = document.createTextNode(run.text);
  for (const style of run.styles) {
    if (style === 'link') {
      const href = run.href === undefined ? undefined : safeHref(run.href);
      const link = h('a', { href, target: '_blank', rel: 'noopener noreferrer', title: run.href }, node);
      node = link;
      continue;
    }
    const { tag, className } = TAGS[style];
    const wrapper = h(tag, className === undefined ? {} : { class: className }, node);
    if (style === 'spoiler') {
      wrapper.addEventListener('click', () => {
        wrapper.classList.add('shown');
      });
    }
    node = wrapper;
  }
  return node;
}

export function formattedNodes(text: string, entities: readonly MessageEntity[]): Node {
  const root = document.createDocumentFragment();
  let quote: HTMLElement | undefined;
  for (const run of styledRuns(text, entities)) {
    if (!run.quote) quote = undefined;
    else if (run.quoteStart || quote === undefined) {
      quote = h('blockquote');
      root.appendChild(quote);
    }
    (quote ?? root).appendChild(runNode(run));
  }
  return root;
}
