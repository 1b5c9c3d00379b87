// The national set the ministry's view works on, shared with the regency pages (for the national median).
import type { BenchmarkEntry, BenchmarkResult } from '@smartcity/scoring';
import type { ElementLevels, InvalidFile, NationalRequest, NationalResponse } from '../workers/protocol.js';

export interface NationalData {
  source: 'loaded' | 'sample';
  benchmark: BenchmarkResult;
  entries: BenchmarkEntry[];
  /** Each region's latest maturity level per element, by region code. */
  levels: ElementLevels;
  invalid: InvalidFile[];
  files: string[];
}

/** Seed of the illustrative national set (the same set every time). */
export const SAMPLE_SEED = 2021;
const MEDIAN_KEY = 'smartcity.sampleMedians.v1';

let worker: Worker | undefined;
let seq = 0;
let loaded: NationalData | undefined;
let sampleMedians: { values: Record<string, number>; count: number } | undefined;
let sampleRequested = false;

/** Progress of the current load, if any. */
export let progress: { done: number; total: number } | undefined;

const listeners = new Set<() => void>();

/** Calls `fn` whenever the national set or its progress changes; returns the unsubscribe function. */
export function onNationalChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function rerender(): void {
  for (const fn of listeners) fn();
}

function getWorker(): Worker {
  worker ??= new Worker(new URL('../workers/national.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

function run(req: NationalRequest, track = true): Promise<NationalResponse & { type: 'done' }> {
  const w = getWorker();
  return new Promise((resolve, reject) => {
    const onMessage = (e: MessageEvent<NationalResponse>) => {
      const r = e.data;
      if (r.id !== req.id) return;
      if (r.type === 'progress') {
        if (!track) return;
        progress = { done: r.done, total: r.total };
        rerender();
      } else {
        w.removeEventListener('message', onMessage);
        if (track) progress = undefined;
        resolve(r);
      }
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', (e) => reject(e), { once: true });
    w.postMessage(req);
  });
}

/** Reads, checks and compares many files; the result becomes the national set. */
export async function analyseFiles(files: File[]): Promise<NationalData> {
  progress = { done: 0, total: files.length };
  rerender();
  const r = await run({ type: 'files', id: ++seq, files });
  loaded = {
    source: 'loaded',
    benchmark: r.benchmark,
    entries: r.entries,
    levels: r.levels,
    invalid: r.invalid,
    files: r.files,
  };
  rerender();
  return loaded;
}

/** Loads the illustrative national set (514 generated regions). */
export async function analyseSample(): Promise<NationalData> {
  progress = { done: 0, total: 514 };
  rerender();
  const r = await run({ type: 'sample', id: ++seq, seed: SAMPLE_SEED });
  loaded = {
    source: 'sample',
    benchmark: r.benchmark,
    entries: r.entries,
    levels: r.levels,
    invalid: r.invalid,
    files: r.files,
  };
  rerender();
  return loaded;
}

export function nationalData(): NationalData | undefined {
  return loaded;
}

export function clearNational(): void {
  loaded = undefined;
  rerender();
}

/**
 * The national median per maturity dimension: from the files loaded in the national view, else from the
 * illustrative national set (computed once in the background, then remembered).
 */
export function nationalMedians():
  | { values: Record<string, number>; count: number; source: 'loaded' | 'sample' }
  | undefined {
  if (loaded && loaded.source === 'loaded')
    return { values: { ...loaded.benchmark.median }, count: loaded.entries.length, source: 'loaded' };
  if (loaded) sampleMedians = { values: { ...loaded.benchmark.median }, count: loaded.entries.length };
  if (!sampleMedians) {
    try {
      const saved = localStorage.getItem(MEDIAN_KEY);
      if (saved) sampleMedians = JSON.parse(saved);
    } catch {
      // recompute below
    }
  }
  if (!sampleMedians && !sampleRequested) {
    sampleRequested = true;
    void run({ type: 'sample', id: ++seq, seed: SAMPLE_SEED }, false).then((r) => {
      sampleMedians = { values: { ...r.benchmark.median }, count: r.entries.length };
      try {
        localStorage.setItem(MEDIAN_KEY, JSON.stringify(sampleMedians));
      } catch {
        // not remembered; fine
      }
      rerender();
    });
  }
  return sampleMedians ? { ...sampleMedians, source: 'sample' } : undefined;
}
