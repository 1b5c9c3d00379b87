// The string patterns of the document format, in one dependency-free place: the zod schemas use them, the
// JSON Schemas carry them as `pattern`, and the error messages recognise them.

/**
 * Text without control characters: tab, line feed and carriage return are the only ones a document may
 * hold. Refused: the C0 controls (U+0000–U+001F but those three), DEL and the C1 controls (U+007F–U+009F),
 * the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what a
 * reader sees, and lone surrogates (half a character: not text, and not encodable as UTF-8).
 *
 * A pattern rather than a refinement, so that the JSON Schema carries the same rule. It means the same with
 * and without the `u` flag (zod tests it without, JSON Schema validators such as ajv with it): the lone
 * surrogates are found by look-around, not by a character range, and every part runs in linear time, so a
 * megabyte of text is checked in milliseconds.
 */
export const NO_CONTROL_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern is about control characters
  /^(?![\s\S]*(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]))[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$/;

/**
 * The characters `NO_CONTROL_CHARACTERS` refuses (a lone surrogate aside), to find the first one: the
 * control characters and the bidirectional embeddings, overrides and isolates.
 */
export const FORBIDDEN_CHARACTER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern is about control characters
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Identifiers: lowercase letters, digits and dashes, starting with a letter or digit (`public-service`). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Web addresses: `http://` or `https://` (lowercase), a host, an optional port and path, no white space, no
 * control characters and no bidirectional controls.
 */
export const HTTP_URL_PATTERN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it keeps out
  /^https?:\/\/[^\s/?#@[\]<>\\^|%\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]+(?::\d{1,5})?(?:[/?#][^\s\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*)?$/;

/** The regency/city code format `PP.RR` (two digits, a dot, two digits), e.g. `71.02`. */
export const REGION_CODE_PATTERN = /^\d{2}\.\d{2}$/;

/** A province code: two digits, e.g. `71`. */
export const PROVINCE_CODE_PATTERN = /^\d{2}$/;

/** A framework version: `major.minor`, an optional patch and pre-release, e.g. `2021.1`. */
export const FRAMEWORK_VERSION_PATTERN = /^\d+\.\d+(\.\d+)?(-[a-z0-9.-]+)?$/;
