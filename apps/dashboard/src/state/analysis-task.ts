// The analysis of the open document as a task: debounced after each change, run in a worker, with a
// completion promise that the report, the exports and the end-to-end tests wait on (never a fixed sleep).
import type { Analysis } from '../domain/analysis.js';
import type { AnalysisRequest, AnalysisResponse } from '../workers/protocol.js';

/** Runs one analysis (in production: in the worker). */
export type Analyser = (key: string, doc: unknown) => Promise<Analysis>;

/** Timers, injected so that tests control them. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** The analyser that posts to `workers/analysis.worker.ts`. */
export function workerAnalyser(): Analyser {
  let worker: Worker | undefined;
  let seq = 0;
  const waiting = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void }>();
  const get = () => {
    if (worker) return worker;
    worker = new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<AnalysisResponse>) => {
      const w = waiting.get(e.data.id);
      if (!w) return;
      waiting.delete(e.data.id);
      if (e.data.ok) w.resolve(e.data.analysis);
      else w.reject(new Error(e.data.error));
    });
    worker.addEventListener('error', (e) => {
      for (const w of waiting.values()) w.reject(new Error(e.message));
      waiting.clear();
    });
    return worker;
  };
  return (key, doc) =>
    new Promise<Analysis>((resolve, reject) => {
      const id = ++seq;
      waiting.set(id, { resolve, reject });
      get().postMessage({ id, key, doc } satisfies AnalysisRequest);
    });
}

export class AnalysisTask {
  private timer: unknown;
  private running: Promise<void> | undefined;
  private wanted: { key: string; doc: unknown } | undefined;
  private idle: Promise<void> = Promise.resolve();
  private resolveIdle: (() => void) | undefined;

  constructor(
    private readonly analyser: Analyser,
    /** Receives each result that is still current. */
    private readonly onResult: (key: string, doc: unknown, a: Analysis) => void,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Whether an analysis is scheduled or running. */
  get pending(): boolean {
    return this.resolveIdle !== undefined;
  }

  /** Asks for an analysis of `doc` after `delay` ms (a later call replaces an earlier one not yet run). */
  schedule(key: string, doc: unknown, delay = 200): void {
    this.wanted = { key, doc };
    if (!this.resolveIdle) this.idle = new Promise((r) => (this.resolveIdle = r));
    this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, delay);
  }

  /** Drops what is scheduled (the project was closed). */
  cancel(): void {
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.wanted = undefined;
    if (!this.running) this.finish();
  }

  /** Resolves when nothing is scheduled or running any more: the last change has been analysed. */
  complete(): Promise<void> {
    return this.idle;
  }

  private async run(): Promise<void> {
    if (this.running) {
      await this.running;
      if (this.timer !== undefined) return; // a newer schedule will run
    }
    const job = this.wanted;
    this.wanted = undefined;
    if (!job) return this.finish();
    this.running = (async () => {
      try {
        const a = await this.analyser(job.key, job.doc);
        if (!this.wanted) this.onResult(job.key, job.doc, { ...a, source: job.doc });
      } catch (e) {
        console.error(e);
      }
    })();
    await this.running;
    this.running = undefined;
    if (this.wanted && this.timer === undefined) return this.run();
    if (this.timer === undefined) this.finish();
  }

  private finish(): void {
    const r = this.resolveIdle;
    this.resolveIdle = undefined;
    r?.();
  }
}
