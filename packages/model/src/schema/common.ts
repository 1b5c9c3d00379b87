import { z } from 'zod';
import { HTTP_URL_PATTERN, ID_PATTERN, NO_CONTROL_CHARACTERS } from './patterns.js';

/** Longest accepted free text (a description, a note, a vision), in characters. */
export const MAX_TEXT = 4000;
/** Longest accepted name or title, in characters. */
export const MAX_NAME = 300;

/** The number of characters (Unicode code points) of a text: an emoji counts once, as JSON Schema counts. */
export function charCount(s: string): number {
  let n = s.length;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  return n;
}

/** The limits of the `maxChars` checks, read by the JSON Schema generator to write `maxLength`. */
export const MAX_CHARS = new WeakMap<object, number>();

/**
 * At most `max` characters, counted in code points as JSON Schema's `maxLength` counts them (zod's own
 * `.max()` counts UTF-16 units, so a text of emoji would pass one and fail the other). Reported as zod's
 * `too_big` for strings.
 */
export function maxChars(max: number) {
  const check = z.check<string>((ctx) => {
    if (ctx.value.length > max && charCount(ctx.value) > max)
      ctx.issues.push({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: ctx.value });
  });
  MAX_CHARS.set(check, max);
  return check;
}

/** A length-limited string (in characters, default `MAX_TEXT`) without control characters. */
export function text(max = MAX_TEXT) {
  return z.string().check(maxChars(max)).regex(NO_CONTROL_CHARACTERS, { error: 'control-characters' });
}

/** A non-empty name or title. */
export const NameSchema = text(MAX_NAME).min(1);

/** An identifier: lowercase letters, digits and dashes, e.g. `public-service`. */
export const IdSchema = z.string().min(1).max(64).regex(ID_PATTERN);

/** A text in Bahasa Indonesia and English. */
export const LocalizedTextSchema = z.object({ id: text(), en: text() }).strict();

/** Where a part of a framework comes from. */
export const ProvenanceSchema = z
  .object({
    /**
     * `official`: stated by the programme or a government source; `adopted`: an official Indonesian
     * government method the toolkit adopts where the programme publishes none; `toolkit-default`: the
     * toolkit's own documented, configurable choice — never the ministry's rule.
     */
    status: z.enum(['official', 'adopted', 'toolkit-default']),
    /** The source, e.g. "Permen PANRB 59/2020" or "smartcity toolkit". */
    source: text(MAX_NAME).min(1),
    note: LocalizedTextSchema.optional(),
  })
  .strict();

/** A calendar year. */
export const YearSchema = z.number().int().min(1990).max(2100);

/** An ISO 8601 date (`YYYY-MM-DD`). */
export const DateSchema = z.iso.date();

/** Evidence behind an answer: a document, a link or a note. */
export const EvidenceSchema = z
  .object({
    kind: z.enum(['document', 'link', 'note']),
    title: text(MAX_NAME).optional(),
    /** An `http(s)://` address; checked as a URL and against `HTTP_URL_PATTERN`. */
    url: z
      .url({ protocol: /^https?$/ })
      .check(maxChars(2000))
      .regex(HTTP_URL_PATTERN)
      .regex(NO_CONTROL_CHARACTERS, { error: 'control-characters' })
      .optional(),
    note: text().optional(),
  })
  .strict();

export type Provenance = z.infer<typeof ProvenanceSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
