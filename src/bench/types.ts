/** A benchmark prints figures through this: e.g. report('dates extraction', 31.2, 'MB/s'). */
export type BenchReport = (label: string, value: number, unit: string) => void;

/** Each src/bench/<topic>.ts exports one of these; src/bench/main.ts runs them all. */
export type Bench = (report: BenchReport, options: BenchOptions) => Promise<void>;

export interface BenchOptions {
  /** Number of documents for end-to-end runs (`npm run bench -- --docs N`). */
  documents: number;
}

/**
 * Runs fn repeatedly for at least minMs and returns the mean milliseconds per call, after as long
 * a warm-up: V8 takes a second or more to optimise the extractors, and a batch runs them
 * thousands of times, so the steady state is the figure that matters.
 */
export function timePerCall(fn: () => unknown, minMs = 300): number {
  for (const warmUp = performance.now(); performance.now() - warmUp < minMs; ) fn();
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    calls++;
  }
  return (performance.now() - start) / calls;
}
