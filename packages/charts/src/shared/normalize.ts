// Small, dependency-free guards for untrusted input (JSON attributes, adapters). Charts take plain objects
// and never trust them: anything malformed becomes a visible error or a visibly missing value.

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` as a string: strings as they are, finite numbers converted, anything else `fallback`. */
export function str(value: unknown, fallback = ''): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fallback;
}

/** `value` if it is a finite number, else `undefined`. */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The items of `value` that are plain objects with a non-empty string (or number) `id`. */
export function records(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is Record<string, unknown> => isRecord(v) && str(v.id) !== '');
}

/** A record of numbers keyed by id; non-numbers become `null` (missing), keeping the raw value for display. */
export function valueMap(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
