import type { Normalized } from './model.js';

/**
 * Parses the JSON of a `data` attribute without throwing (and without logging): the element shows the
 * returned error instead of crashing. A missing or blank attribute gives `undefined`.
 */
export function parseJsonAttribute(text: string | null): Normalized<unknown> {
  if (text === null || text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // Not the engine's English message: a hint in the chart's language.
    return {
      ok: false,
      error: {
        id: 'periksa tanda kutip, koma dan kurung (JSON memakai tanda kutip ganda).',
        en: 'check the quotes, commas and brackets (JSON uses double quotes).',
      },
    };
  }
}
