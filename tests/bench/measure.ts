// Small, dependency-free timing helpers for the benchmark (figures, never assertions).
import { performance } from 'node:perf_hooks';

export interface LatencyFigures {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly perSecond: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/** Runs `ask` over every question `passes` times (after one warm-up pass) and times each call. */
export function latency(questions: readonly string[], passes: number, ask: (q: string) => unknown): LatencyFigures {
  for (const q of questions) ask(q);
  const samples: number[] = [];
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (const q of questions) {
      const t0 = performance.now();
      ask(q);
      samples.push(performance.now() - t0);
    }
  }
  const total = performance.now() - started;
  samples.sort((a, b) => a - b);
  return {
    p50Ms: percentile(samples, 0.5),
    p99Ms: percentile(samples, 0.99),
    meanMs: total / samples.length,
    perSecond: (samples.length / total) * 1000,
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

/** Heap bytes retained by what `build` returns (needs --expose-gc to be exact). */
export function retainedBytes(build: () => unknown): number | null {
  if (gc === undefined) return null;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = build();
  gc();
  const after = process.memoryUsage().heapUsed;
  // Keep the value alive until after the measurement.
  if (kept === undefined) return 0;
  return after - before;
}
