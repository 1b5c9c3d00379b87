// Checks and scores the open project's working document off the main thread, keeping each project's last
// valid version so that scores stay shown while the text has problems.
import '../domain/zod-config.js';
import { type Analysis, analyse } from '../domain/analysis.js';
import type { AnalysisRequest, AnalysisResponse } from './protocol.js';

const previous = new Map<string, Analysis>();

self.onmessage = (e: MessageEvent<AnalysisRequest>) => {
  const { id, key, doc } = e.data;
  let response: AnalysisResponse;
  try {
    const result = analyse(doc, previous.get(key));
    previous.set(key, result);
    response = { id, ok: true, analysis: { ...result, source: undefined } };
  } catch (err) {
    response = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(response);
};
