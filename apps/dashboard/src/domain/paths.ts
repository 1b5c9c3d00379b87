/** A location inside a document: object keys and array indexes from the root. */
export type Path = ReadonlyArray<string | number>;

/** Form fields and validation issues meet on the model's own path key (`programmes[3].budget[0].amount`). */
export { formatPath as pathKey } from '@smartcity/model';

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
