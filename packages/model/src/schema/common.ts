import { z } from 'zod';
import { HTTP_URL_PATTERN, ID_PATTERN, NO_CONTROL_CHARACTERS } from './patterns.js';

/** Longest accepted free text (a description, a note, a vision), in characters. */
export const MAX_TEXT = 4000;
/** Longest accepted name or title, in characters. */
export const MAX_NAME = 300;

/** A length-limited string (in UTF-16 code units, default `MAX_TEXT`) without control characters. */
export function text(max = MAX_TEXT) {
  return z.string().max(max).regex(NO_CONTROL_CHARACTERS, { error: 'control-characters' });
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
      .max(2000)
      .regex(HTTP_URL_PATTERN)
      .optional(),
    note: text().optional(),
  })
  .strict();

export type Provenance = z.infer<typeof ProvenanceSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
