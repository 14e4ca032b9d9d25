/** The console page: tabs for the chat, the reports and the batch test. */
import type { ConsoleInfo } from '../api-types.js';
import { describe, getJson, hasToken } from './console-api.js';
import { setUpBatch } from './batch-pane.js';
import { setUpChat } from './chat-pane.js';
import { byId, notice } from './dom-build.js';
import { setUpReports } from './reports-pane.js';
import { setUpWhy } from './why-pane.js';

const TABS = ['chat', 'reports', 'batch'] as const;

function showTab(name: (typeof TABS)[number]): void {
  for (const tab of TABS) {
    byId(`tab-${tab}`).hidden = tab !== name;
    byId(`tab-button-${tab}`).setAttribute('aria-selected', tab === name ? 'true' : 'false');
  }
}

async function start(): Promise<void> {
  const status = byId('page-status');
  if (!hasToken()) {
    notice(status, 'This address has no console token: open the address the console printed (Console: http://127.0.0.1:…/?token=…).', 'error');
    return;
  }
  let info: ConsoleInfo;
  try {
    info = await getJson<ConsoleInfo>('/info');
  } catch (error) {
    notice(status, describe(error), 'error');
    return;
  }
  byId('bot-name').textContent = `@${info.bot.username}`;
  byId('knowledge-dir').textContent = info.knowledgeDir;
  const reports = setUpReports();
  const why = setUpWhy(() => {
    void reports.refresh();
  });
  setUpChat(info, (chatId, messageId) => {
    void why.open(chatId, messageId);
  });
  setUpBatch();
  for (const tab of TABS) {
    byId(`tab-button-${tab}`).addEventListener('click', () => {
      showTab(tab);
      if (tab === 'reports') void reports.refresh();
    });
  }
  showTab('chat');
  document.body.classList.add('ready');
}

void start();
