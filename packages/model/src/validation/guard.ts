import { decodeText } from './decode.js';
import { issue, type ValidationIssue } from './issues.js';
import { scanJson } from './json-text.js';

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

function tooLargeIssue(maxBytes: number): ValidationIssue {
  return issue(
    [],
    'too-large',
    `Berkas terlalu besar (batas ${maxBytes} bita).`,
    `The file is too large (the limit is ${maxBytes} bytes).`,
  );
}

/**
 * Reads JSON bytes (decoded by `decodeText`), JSON text (a leading byte order mark is ignored) or takes an
 * already parsed value, refusing what is too large, too deep, not JSON, or JSON that would lose data when
 * parsed: a key twice in one object, a `__proto__` key.
 */
export function readJson(
  input: unknown,
  limits: InputLimits = {},
): { value: unknown } | { issues: ValidationIssue[] } {
  const { maxBytes, maxDepth, maxNodes } = { ...DEFAULT_LIMITS, ...limits };
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    if (input.byteLength > maxBytes) return { issues: [tooLargeIssue(maxBytes)] };
    const decoded = decodeText(input);
    if ('issues' in decoded) return decoded;
    input = decoded.text;
  }
  let value = input;
  if (typeof value === 'string') {
    const text = value.charCodeAt(0) === 0xfeff ? value.slice(1) : value;
    // String length is UTF-16 units; a unit is 1–3 bytes of UTF-8. Only count bytes when the bounds
    // cannot decide, so that a huge string is refused without encoding it.
    const tooLarge =
      text.length > maxBytes ||
      (text.length > maxBytes / 3 && new TextEncoder().encode(text).length > maxBytes);
    if (tooLarge) return { issues: [tooLargeIssue(maxBytes)] };
    const problems = scanJson(text);
    if (problems.length > 0) return { issues: problems };
    value = JSON.parse(text);
  }
  if (withinLimits(value, maxDepth, maxNodes)) return checkPrototypeKeys(value, typeof input === 'string');
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
  return checkPrototypeKeys(value, typeof input === 'string');
}

/** A parsed value (not text, which the scanner checked) must not hold an own `__proto__` key. */
function checkPrototypeKeys(
  value: unknown,
  fromText: boolean,
): { value: unknown } | { issues: ValidationIssue[] } {
  const at = fromText ? null : prototypeKey(value);
  if (!at) return { value };
  return {
    issues: [
      issue(
        at,
        'forbidden-key',
        'Kunci "__proto__" tidak diizinkan: diharapkan nama kunci biasa; nilainya tidak akan terbaca.',
        'The key "__proto__" is not allowed: an ordinary key name is expected; its value would not be read.',
      ),
    ],
  };
}

/**
 * The path of the first own `__proto__` key in a parsed value (JSON.parse keeps one as an ordinary
 * property), or null. Iterative; a value seen twice (a shared object) is walked once.
 */
function prototypeKey(value: unknown): (string | number)[] | null {
  if (value === null || typeof value !== 'object') return null;
  // Each entry links to its parent, so that a path is only built for the key found.
  interface At {
    readonly v: object;
    readonly parent: At | null;
    readonly key: string | number;
  }
  const pathOf = (at: At | null, last: string): (string | number)[] => {
    const path: (string | number)[] = [last];
    for (let a = at; a?.parent; a = a.parent) path.push(a.key);
    return path.reverse();
  };
  const seen = new Set<object>();
  const stack: At[] = [{ v: value, parent: null, key: '' }];
  while (stack.length > 0) {
    const at = stack.pop()!;
    const v = at.v;
    if (seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const c: unknown = v[i];
        if (c !== null && typeof c === 'object') stack.push({ v: c, parent: at, key: i });
      }
      continue;
    }
    if (Object.hasOwn(v, '__proto__')) return pathOf(at, '__proto__');
    for (const k of Object.keys(v)) {
      const c: unknown = (v as Record<string, unknown>)[k];
      if (c !== null && typeof c === 'object') stack.push({ v: c, parent: at, key: k });
    }
  }
  return null;
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
