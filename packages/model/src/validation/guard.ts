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
  if (withinLimits(value, maxDepth, maxNodes)) return { value };
  const exceeded = firstLimitExceeded(value, maxDepth, maxNodes);
  if (exceeded === 'too-large')
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
  if (exceeded === 'too-deep')
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
  return { value };
}

// Both walks below are iterative (no recursion), so hostile nesting cannot overflow the stack, and both
// stop as soon as a limit is passed. A value counts once, the root included; the root is at depth 1.

/**
 * The quick proof that a value is within the limits, for the common case: only arrays and objects go on
 * the stack, other values are just counted. It may also count inherited enumerable properties, so `false`
 * only means "maybe not"; `firstLimitExceeded` decides.
 */
function withinLimits(value: unknown, maxDepth: number, maxNodes: number): boolean {
  let nodes = 1;
  if (nodes > maxNodes) return false;
  if (value === null || typeof value !== 'object') return true;
  const objects: object[] = [value];
  const depths: number[] = [1];
  while (objects.length > 0) {
    const v = objects.pop()!;
    const depth = depths.pop()!;
    if (depth > maxDepth) return false;
    if (Array.isArray(v)) {
      nodes += v.length;
      for (let i = 0; i < v.length; i++) {
        const c: unknown = v[i];
        if (c !== null && typeof c === 'object') {
          objects.push(c);
          depths.push(depth + 1);
        }
      }
    } else
      for (const k in v) {
        nodes++;
        const c: unknown = (v as Record<string, unknown>)[k];
        if (c !== null && typeof c === 'object') {
          objects.push(c);
          depths.push(depth + 1);
        }
      }
    if (nodes > maxNodes) return false;
  }
  return true;
}

/**
 * The limit a depth-first walk meets first — the walk that pushes every value on a stack and counts it when
 * popped (so the last value of an array or object comes first). Only arrays and objects are kept on the
 * stack here (their own values, with the index of the next one to visit), in the same order.
 */
function firstLimitExceeded(
  value: unknown,
  maxDepth: number,
  maxNodes: number,
): 'too-large' | 'too-deep' | null {
  let nodes = 1;
  if (nodes > maxNodes) return 'too-large';
  if (value === null || typeof value !== 'object') return null;
  if (maxDepth < 1) return 'too-deep';
  const children: unknown[][] = [Array.isArray(value) ? value : Object.values(value)];
  const next: number[] = [children[0]!.length];
  while (children.length > 0) {
    const top = children.length - 1;
    const i = next[top]! - 1;
    if (i < 0) {
      children.pop();
      next.pop();
      continue;
    }
    next[top] = i;
    const v = children[top]![i];
    if (++nodes > maxNodes) return 'too-large';
    if (v === null || typeof v !== 'object') continue;
    // The values on top of the stack are at depth `children.length + 1`.
    if (children.length + 1 > maxDepth) return 'too-deep';
    const values = Array.isArray(v) ? v : Object.values(v);
    if (values.length === 0) continue;
    children.push(values);
    next.push(values.length);
  }
  return null;
}
