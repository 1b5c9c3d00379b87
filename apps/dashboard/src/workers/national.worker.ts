// Reads, checks and scores many regions' documents off the main thread, reporting progress as it goes.
import '../domain/zod-config.js';
import { GMSC, type Masterplan, parseMasterplan } from '@smartcity/model';
import {
  type BenchmarkEntry,
  type BenchmarkResult,
  benchmark,
  type MaturityResult,
  scoreEvaluation,
  scoreMaturity,
  scoreReadiness,
} from '@smartcity/scoring';
import type { ElementLevels, InvalidFile, NationalRequest, NationalResponse } from './protocol.js';

function entryOf(m: Masterplan): BenchmarkEntry {
  const latest = [...m.maturity].sort((a, b) => b.year - a.year)[0];
  const evaluation = [...m.evaluations].sort((a, b) => b.year - a.year)[0];
  return {
    region: m.region,
    maturity: latest ? scoreMaturity(latest, GMSC) : null,
    readiness: m.readiness ? scoreReadiness(m.readiness, GMSC) : null,
    evaluation: evaluation ? scoreEvaluation(evaluation, GMSC) : null,
  };
}

function slim(entries: BenchmarkEntry[]): BenchmarkEntry[] {
  // Only what the benchmark and the charts need crosses back to the page.
  return entries.map((e) => ({
    region: e.region,
    maturity: e.maturity
      ? {
          index: e.maturity.index,
          decimals: e.maturity.decimals,
          dimensions: e.maturity.dimensions.map((d) => ({ id: d.id, index: d.index })),
        }
      : null,
    readiness: e.readiness ? { index: e.readiness.index } : null,
    evaluation: e.evaluation ? { index: e.evaluation.index } : null,
  }));
}

/** Each region's latest maturity level per element (`null`: not assessed), for the element-level charts. */
function levelsOf(entries: BenchmarkEntry[]): ElementLevels {
  const out: ElementLevels = {};
  for (const e of entries) {
    const dims = (e.maturity as MaturityResult | null | undefined)?.dimensions;
    if (dims?.some((d) => d.elements))
      out[e.region.code] = Object.fromEntries(dims.flatMap((d) => d.elements.map((x) => [x.id, x.level])));
  }
  return out;
}

function post(msg: NationalResponse): void {
  (self as unknown as Worker).postMessage(msg);
}

function finish(id: number, entries: BenchmarkEntry[], invalid: InvalidFile[], files: string[]): void {
  const result: BenchmarkResult = benchmark(entries, { framework: GMSC });
  post({
    type: 'done',
    id,
    benchmark: result,
    entries: slim(entries),
    levels: levelsOf(entries),
    invalid,
    files,
  });
}

self.onmessage = async (e: MessageEvent<NationalRequest>) => {
  const req = e.data;
  if (req.type === 'files') {
    const entries: BenchmarkEntry[] = [];
    const invalid: InvalidFile[] = [];
    const files: string[] = [];
    const total = req.files.length;
    for (let i = 0; i < total; i++) {
      const file = req.files[i]!;
      const name = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
      try {
        const r = parseMasterplan(new Uint8Array(await file.arrayBuffer()));
        if (r.ok) {
          entries.push(entryOf(r.value.document));
          files.push(name);
        } else
          invalid.push({
            file: name,
            issues: r.issues.slice(0, 20).map((x) => ({ path: [...x.path], message: x.message })),
          });
      } catch (err) {
        const text = err instanceof Error ? err.message : String(err);
        invalid.push({ file: name, issues: [{ path: [], message: { id: text, en: text } }] });
      }
      if (i % 10 === 9 || i === total - 1) post({ type: 'progress', id: req.id, done: i + 1, total });
    }
    finish(req.id, entries, invalid, files);
  } else if (req.type === 'sample') {
    const { generateNationalSet } = await import('@smartcity/model/samples');
    const set = generateNationalSet(req.seed);
    post({ type: 'progress', id: req.id, done: set.length / 2, total: set.length });
    finish(
      req.id,
      set.map(entryOf),
      [],
      set.map((m) => `${m.region.code}.json`),
    );
  }
};
