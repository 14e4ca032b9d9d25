// Small, dependency-free timing helpers for the benchmark (figures, never assertions).
import { performance } from 'node:perf_hooks';

export interface LatencyFigures {
  /** Over every timed call: includes the machine's scheduling noise. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Over questions, each timed by its median call: what a question costs, noise aside. */
  readonly questionP50Ms: number;
  readonly questionP99Ms: number;
  readonly meanMs: number;
  readonly perSecond: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

const ascending = (a: number, b: number): number => a - b;

/** Runs `ask` over every question `passes` times (after one warm-up pass) and times each call. */
export function latency(questions: readonly string[], passes: number, ask: (q: string) => unknown): LatencyFigures {
  for (const q of questions) ask(q);
  const byQuestion: number[][] = questions.map(() => []);
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    questions.forEach((q, i) => {
      const t0 = performance.now();
      ask(q);
      byQuestion[i]?.push(performance.now() - t0);
    });
  }
  const total = performance.now() - started;
  const all = byQuestion.flat().sort(ascending);
  const medians = byQuestion.map((times) => percentile(times.sort(ascending), 0.5)).sort(ascending);
  return {
    p50Ms: percentile(all, 0.5),
    p99Ms: percentile(all, 0.99),
    questionP50Ms: percentile(medians, 0.5),
    questionP99Ms: percentile(medians, 0.99),
    meanMs: total / all.length,
    perSecond: (all.length / total) * 1000,
  };
}

/** Mean wall time of `build` over `runs` runs, in milliseconds. */
export function buildTime<T>(runs: number, build: () => T): { ms: number; value: T } {
  let value = build();
  const started = performance.now();
  for (let i = 0; i < runs; i++) value = build();
  return { ms: (performance.now() - started) / runs, value };
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Heap bytes one result of `build` retains, averaged over several kept alive at once
 * (a single small one is lost in the heap's noise). Needs --expose-gc.
 */
export function retainedBytes(build: () => unknown, copies = 10): number | null {
  if (gc === undefined) return null;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = Array.from({ length: copies }, build);
  gc();
  const after = process.memoryUsage().heapUsed;
  return kept.length > 0 ? Math.max(0, after - before) / copies : 0;
}
