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
  let out = '';
  for (const c of String(value)) {
    const code = c.charCodeAt(0);
    // Control characters other than tab, line feed and carriage return are invalid in XML 1.0: dropped.
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue;
    out += ENTITIES[c] ?? c;
  }
  return out;
}
