const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for use in XML/HTML text content and attribute values, so that any string (including
 * hostile markup such as `<img src=x onerror=alert(1)>`) renders as text.
 * Non-strings are converted with `String()`; `null` and `undefined` become the empty string.
 */
export function escapeXml(value: unknown): string {
  if (value === null || value === undefined) return '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips characters that are invalid in XML 1.0
  return String(value).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
