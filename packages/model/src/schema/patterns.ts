// The string patterns of the document format, in one dependency-free place: the zod schemas use them, the
// JSON Schemas carry them as `pattern`, and the error messages recognise them.

/**
 * Text without control characters: tab, line feed and carriage return are the only ones a document may
 * hold. A pattern rather than a refinement, so that the JSON Schema carries the same rule.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern is about control characters
export const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** Identifiers: lowercase letters, digits and dashes, starting with a letter or digit (`public-service`). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Web addresses: `http://` or `https://` (lowercase), a host, an optional port and path, no white space. */
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s/?#@[\]<>\\^|%]+(?::\d{1,5})?(?:[/?#]\S*)?$/;

/** The regency/city code format `PP.RR` (two digits, a dot, two digits), e.g. `71.02`. */
export const REGION_CODE_PATTERN = /^\d{2}\.\d{2}$/;

/** A province code: two digits, e.g. `71`. */
export const PROVINCE_CODE_PATTERN = /^\d{2}$/;

/** A framework version: `major.minor`, an optional patch and pre-release, e.g. `2021.1`. */
export const FRAMEWORK_VERSION_PATTERN = /^\d+\.\d+(\.\d+)?(-[a-z0-9.-]+)?$/;
