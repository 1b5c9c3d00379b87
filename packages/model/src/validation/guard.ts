import { issue, type ValidationIssue } from './issues.js';

/** Limits applied before any schema is looked at, so that huge or deeply nested garbage is refused cheaply. */
export interface InputLimits {
  /** Largest accepted input, in bytes of UTF-8 text (default 10 MB). */
  maxBytes?: number;
  /** Deepest accepted nesting of arrays and objects (default 64). */
  maxDepth?: number;
  /** Most accepted values in total (default 2,000,000). */
  maxNodes?: number;
}

export const DEFAULT_LIMITS: Required<InputLimits> = {
  maxBytes: 10_000_000,
  maxDepth: 64,
  maxNodes: 2_000_000,
};

/** Reads JSON text or takes an already parsed value, refusing what is too large, too deep or not JSON. */
export function readJson(
  input: unknown,
  limits: InputLimits = {},
): { value: unknown } | { issues: ValidationIssue[] } {
  const { maxBytes, maxDepth, maxNodes } = { ...DEFAULT_LIMITS, ...limits };
  let value = input;
  if (typeof input === 'string') {
    // String length is UTF-16 units; a unit is 1–3 bytes of UTF-8. Only count bytes when the bounds
    // cannot decide, so that a huge string is refused without encoding it.
    const tooLarge =
      input.length > maxBytes ||
      (input.length > maxBytes / 3 && new TextEncoder().encode(input).length > maxBytes);
    if (tooLarge)
      return {
        issues: [
          issue(
            [],
            'too-large',
            `Berkas terlalu besar (batas ${maxBytes} bita).`,
            `The file is too large (the limit is ${maxBytes} bytes).`,
          ),
        ],
      };
    try {
      value = JSON.parse(input);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return {
        issues: [issue([], 'invalid-json', `Bukan JSON yang sah: ${detail}`, `Not valid JSON: ${detail}`)],
      };
    }
  }
  // Iterative walk: no recursion, so hostile nesting cannot overflow the stack.
  const stack: Array<[unknown, number]> = [[value, 1]];
  let nodes = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (++nodes > maxNodes)
      return {
        issues: [
          issue(
            [],
            'too-large',
            `Dokumen berisi lebih dari ${maxNodes} nilai.`,
            `The document holds more than ${maxNodes} values.`,
          ),
        ],
      };
    if (v === null || typeof v !== 'object') continue;
    if (depth > maxDepth)
      return {
        issues: [
          issue(
            [],
            'too-deep',
            `Dokumen bersarang terlalu dalam (lebih dari ${maxDepth} tingkat).`,
            `The document is nested too deeply (more than ${maxDepth} levels).`,
          ),
        ],
      };
    const children = Array.isArray(v) ? v : Object.values(v);
    for (const c of children) stack.push([c, depth + 1]);
  }
  return { value };
}
