/**
 * How long this process's event loop has lately been unable to run, from a timer that should
 * fire every TICK_MS: fired L ms late (or overdue by L now), nothing in the process ran for L ms.
 * The fake's sending limits need it: Telegram counts a message when it reaches Telegram, the
 * fake only when its event loop gets to it, so after a stall it sees at once messages that
 * reached it over the stall, from a bot in another process that went on sending.
 */
const TICK_MS = 20;

export class LoopLag {
  private last: number;
  /** Stalls seen, as [when the stall ended, how long it lasted], oldest first. */
  private readonly stalls: [number, number][] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly now: () => number = Date.now) {
    this.last = now();
  }

  /** Starts sampling; the timer never keeps the process alive. */
  start(): void {
    if (this.timer !== undefined) return;
    this.last = this.now();
    this.timer = setInterval(() => {
      this.tick();
    }, TICK_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One sample: called by the timer (and by tests, with their own clock). */
  tick(at = this.now()): void {
    const late = at - this.last - TICK_MS;
    if (late > 0) this.stalls.push([at, late]);
    this.last = at;
  }

  /** The longest stall that ended within the last `withinMs`, or that is still going on (the timer overdue). */
  longestWithin(withinMs: number, at = this.now()): number {
    while (this.stalls.length > 0 && (this.stalls[0]?.[0] ?? at) < at - withinMs) this.stalls.shift();
    const overdue = this.timer === undefined ? 0 : Math.max(0, at - this.last - TICK_MS);
    return Math.max(overdue, ...this.stalls.map(([, late]) => late));
  }
}
