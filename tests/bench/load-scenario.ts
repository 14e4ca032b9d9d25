/**
 * `npm run bench`, part two: the real bot as production runs it (node
 * dist/main.js, long polling; `npm run bench` builds it first) against the
 * project's fake Bot API in this process over 127.0.0.1, with 100 ms latency
 * on every call and Telegram's sending limits enforced by the fake. Prints
 * figures; asserts nothing.
 *
 * 1. A burst: 200 private chats × 3 questions, all delivered at once.
 * 2. One chat throttled: its first sendMessage is answered 429 retry_after 20,
 *    while other chats keep asking (10 new chats a second for 20 s); how long
 *    did they wait, and when did the throttled chat get its answer?
 *
 * Latency is from the question reaching the fake (a user sent it) to the
 * reply reaching the fake. RSS is the bot process's peak (VmHWM, Linux).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { FakeTelegram, type RecordedCall } from '../../src/mock/index.js';

const LATENCY_MS = 100;
const CHATS = 200;
const QUESTIONS = ['thu ngân sách đạt bao nhiêu', 'chi ngân sách đạt bao nhiêu', 'tổng vốn đầu tư công'];
const THROTTLE_RETRY_AFTER_S = 20;
const OTHERS_PER_SECOND = 10;
/** The bench gives up waiting after this long and prints what it has. */
const GIVE_UP_MS = 180_000;

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
/** The node flags `npm start` runs the bot with (the young generation's size among them), so the RSS is production's. */
const START_FLAGS = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }).scripts.start
  .split(/\s+/)
  .filter((word) => word.startsWith('--'));
/** An empty working directory, so a developer's .env cannot configure the bot measured. */
const CWD = mkdtempSync(path.join(tmpdir(), 'report-bot-bench-'));

interface Running {
  readonly telegram: FakeTelegram;
  readonly bot: ChildProcess;
  readonly exited: Promise<number | null>;
  /** What the bot wrote to stderr (warnings and errors). */
  readonly log: () => string;
}

async function start(): Promise<Running> {
  const telegram = await FakeTelegram.start({ botUsername: 'bench_bot', latencyMs: LATENCY_MS });
  const bot = spawn(process.execPath, [...START_FLAGS, MAIN], {
    cwd: CWD,
    env: { PATH: process.env.PATH ?? '', BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  bot.stderr.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => bot.on('exit', resolve));
  const polling = telegram.waitForCall('getUpdates', { timeoutMs: 30_000 });
  const first = await Promise.race([polling.then(() => true), exited.then(() => false)]);
  if (!first) throw new Error(`the bot exited before polling:\n${log}`);
  return { telegram, bot, exited, log: () => log };
}

async function stop({ telegram, bot, exited }: Running): Promise<void> {
  bot.kill('SIGTERM');
  await exited;
  await telegram.close();
}

/** The bot process's peak resident memory so far, in bytes (VmHWM; undefined off Linux). */
function rssPeak(bot: ChildProcess): number | undefined {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${String(bot.pid)}/status`, 'utf8'))?.[1];
    return kib === undefined ? undefined : Number(kib) * 1024;
  } catch {
    return undefined;
  }
}

/** The bot's warning and error lines, counted by message: "none", or e.g. "2× network error, retrying". */
function warnings(log: string): string {
  const counts = new Map<string, number>();
  for (const line of log.split('\n')) {
    if (!/"level":"(warn|error)"/.test(line)) continue;
    const msg = /"msg":"([^"]*)"/.exec(line)?.[1] ?? line.slice(0, 80);
    counts.set(msg, (counts.get(msg) ?? 0) + 1);
  }
  return counts.size === 0 ? 'none' : [...counts].map(([msg, n]) => `${n}× ${msg}`).join('; ');
}

const ascending = (a: number, b: number): number => a - b;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort(ascending);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/** Most of `times` (ms) that fall within any window of `windowMs`. */
function busiestWindow(times: readonly number[], windowMs = 1_000): number {
  const sorted = [...times].sort(ascending);
  let most = 0;
  let from = 0;
  for (let to = 0; to < sorted.length; to++) {
    while ((sorted[to] ?? 0) - (sorted[from] ?? 0) >= windowMs) from++;
    most = Math.max(most, to - from + 1);
  }
  return most;
}

/** The bot's accepted replies, per chat, in the order the fake received them. */
function repliesByChat(telegram: FakeTelegram): Map<number, RecordedCall[]> {
  const byChat = new Map<number, RecordedCall[]>();
  for (const call of telegram.successfulCalls('sendMessage')) {
    const chat = Number(call.params.chat_id);
    byChat.set(chat, [...(byChat.get(chat) ?? []), call]);
  }
  return byChat;
}

/** Waits until every chat has `expected` replies, or until giving up; returns whether they all came. */
async function waitForReplies(telegram: FakeTelegram, expected: ReadonlyMap<number, number>): Promise<boolean> {
  const deadline = Date.now() + GIVE_UP_MS;
  while (Date.now() < deadline) {
    const byChat = repliesByChat(telegram);
    if ([...expected].every(([chat, n]) => (byChat.get(chat)?.length ?? 0) >= n)) return true;
    await sleep(100);
  }
  return false;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mib = (bytes: number | undefined): string => (bytes === undefined ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MiB`);

async function burst(): Promise<void> {
  const running = await start();
  const { telegram } = running;
  const users = Array.from({ length: CHATS }, () => telegram.users.createUser());
  const asked = new Map<number, number[]>();
  for (const question of QUESTIONS) {
    for (const user of users) {
      telegram.users.sendPrivate(user, question);
      asked.set(user.id, [...(asked.get(user.id) ?? []), Date.now()]);
    }
  }
  const started = Math.min(...[...asked.values()].flat());
  const complete = await waitForReplies(telegram, new Map(users.map((u) => [u.id, QUESTIONS.length])));
  const peak = rssPeak(running.bot);
  const byChat = repliesByChat(telegram);
  const latencies: number[] = [];
  const times: number[] = [];
  for (const user of users) {
    const replies = byChat.get(user.id) ?? [];
    replies.forEach((reply, i) => {
      times.push(reply.at);
      const at = asked.get(user.id)?.[i];
      if (at !== undefined) latencies.push(reply.at - at);
    });
  }
  const last = Math.max(...times);
  const total = times.length;
  console.log(`\nload: the bot as \`npm start\` runs it (node ${START_FLAGS.join(' ')} dist/main.js), ${process.version}`);
  console.log(`load: ${CHATS} private chats × ${QUESTIONS.length} questions at once, ${LATENCY_MS} ms per Bot API call, the fake enforcing Telegram's limits`);
  console.log(`  replies            ${total} of ${CHATS * QUESTIONS.length}${complete ? '' : ' (gave up waiting)'} in ${seconds(last - started)}: ${((total / (last - started)) * 1000).toFixed(1)} replies/s`);
  console.log(`  latency            p50 ${seconds(percentile(latencies, 0.5))}, p99 ${seconds(percentile(latencies, 0.99))}, max ${seconds(Math.max(...latencies))} (question sent → reply at the fake)`);
  console.log(`  busiest second     ${busiestWindow(times)} replies (Telegram allows 30)`);
  console.log(`  429 from the fake  ${telegram.tooManyRequests}`);
  console.log(`  bot RSS peak       ${mib(peak)}; warnings logged: ${warnings(running.log())}`);
  await stop(running);
}

async function throttled(): Promise<void> {
  const running = await start();
  const { telegram } = running;
  const slow = telegram.users.createUser();
  telegram.users.privateChat(slow);
  telegram.faults.flood('sendMessage', THROTTLE_RETRY_AFTER_S, 1, slow.id);
  const slowAsked = Date.now();
  telegram.users.sendPrivate(slow, QUESTIONS[0] ?? '');
  await telegram.waitForCall('sendMessage', { timeoutMs: 10_000, where: (call) => Number(call.params.chat_id) === slow.id });
  const throttledAt = Date.now();
  // Others keep asking for as long as the throttled chat has to wait.
  const asked = new Map<number, number>();
  for (let second = 0; second < THROTTLE_RETRY_AFTER_S; second++) {
    for (let i = 0; i < OTHERS_PER_SECOND; i++) {
      const user = telegram.users.createUser();
      telegram.users.sendPrivate(user, QUESTIONS[i % QUESTIONS.length] ?? '');
      asked.set(user.id, Date.now());
      await sleep(1_000 / OTHERS_PER_SECOND);
    }
  }
  const complete = await waitForReplies(telegram, new Map([[slow.id, 1], ...[...asked.keys()].map((id): [number, number] => [id, 1])]));
  const peak = rssPeak(running.bot);
  const byChat = repliesByChat(telegram);
  const waits = [...asked].flatMap(([id, at]) => {
    const reply = byChat.get(id)?.[0];
    return reply === undefined ? [] : [reply.at - at];
  });
  const slowReply = byChat.get(slow.id)?.[0];
  const times = [...byChat.values()].flat().map((call) => call.at);
  console.log(`\nload: one chat answered 429 retry_after ${THROTTLE_RETRY_AFTER_S} on its first reply, while ${asked.size} other chats ask (${OTHERS_PER_SECOND} a second), ${LATENCY_MS} ms per call`);
  console.log(`  other chats waited p50 ${seconds(percentile(waits, 0.5))}, p99 ${seconds(percentile(waits, 0.99))}, max ${seconds(Math.max(...waits))} (${waits.length} of ${asked.size} answered${complete ? '' : ', gave up waiting'})`);
  console.log(
    `  throttled chat     answered ${slowReply === undefined ? 'never' : `${seconds(slowReply.at - slowAsked)} after asking (${seconds(slowReply.at - throttledAt)} after its 429)`}, ` +
      `${byChat.get(slow.id)?.length ?? 0} reply`,
  );
  console.log(`  busiest second     ${busiestWindow(times)} replies; 429 from the fake's limits: ${telegram.tooManyRequests}`);
  console.log(`  bot RSS peak       ${mib(peak)}; warnings logged: ${warnings(running.log())}`);
  await stop(running);
}

await burst();
await throttled();
