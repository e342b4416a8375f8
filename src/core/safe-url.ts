const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

/**
 * Feeds are untrusted: a link reaches the DOM only if it parses as an absolute https:, http: or mailto:
 * URL. Checked at render time too, although the schema already rejects other schemes, because `.data`
 * set by an app and future feed formats must not be the one path around it.
 */
export function isSafeUrl(value: string): boolean {
  try {
    return ALLOWED_SCHEMES.has(new URL(value).protocol);
  } catch {
    return false;
  }
}
