/** A location inside a document: object keys and array indexes from the root. */
export type Path = ReadonlyArray<string | number>;

/**
 * Writes a path the way `formatPath` of `@smartcity/model` does (`programmes[3].budget[0].amount`), so that
 * validation issues and form fields meet on the same key without loading the model up front.
 */
export function pathKey(path: Path): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

type Json = unknown;

/** The value at a path, or `undefined`. */
export function getAt(root: Json, path: Path): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/**
 * A copy of `root` with the value at `path` replaced (objects and arrays along the path are copied, the rest
 * shared). `undefined` removes an object key. Missing containers are created (an array for a numeric step).
 */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const base: unknown = root;
  const next = setAt(
    base && typeof base === 'object' ? (base as Record<string | number, unknown>)[head] : undefined,
    rest,
    value,
  );
  if (Array.isArray(base)) {
    const copy = [...base];
    copy[head as number] = next;
    return copy as T;
  }
  const copy = (
    base && typeof base === 'object' ? { ...(base as object) } : typeof head === 'number' ? [] : {}
  ) as Record<string | number, unknown>;
  if (next === undefined && rest.length === 0) delete copy[head];
  else copy[head] = next;
  return copy as T;
}
