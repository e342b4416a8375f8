/**
 * The one rule for every URL that reaches the DOM or the network, whether a feed or the page gave it:
 * only https:, http: and mailto: (http and https only for what is fetched or is a web page). A `javascript:`, `data:`, `vbscript:`
 * or `blob:` URL never becomes a link, whoever wrote it.
 */
const LINK_SCHEMES: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:']);
export const WEB_SCHEMES: ReadonlySet<string> = new Set(['https:', 'http:']);

/**
 * Feeds are untrusted: a link reaches the DOM only if it parses as an absolute https:, http: or mailto:
 * URL. Checked at render time too, although the schema already rejects other schemes, because `.data`
 * set by an app and future feed formats must not be the one path around it.
 */
export function isSafeUrl(value: string): boolean {
  try {
    return LINK_SCHEMES.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * A URL the page gave in an attribute (`agenda-href`, `href-fr`, `src`): attributes are as untrusted as
 * feeds (a CMS field, a copied snippet), so the same schemes, but a relative URL is fine. The decision
 * is made on the URL as the browser reads it against the page ("java\tscript:" is "javascript:",
 * refused); the value comes back as written (the same parser reads it the same way when it is used),
 * or undefined.
 */
export function safePageUrl(value: string | null | undefined, schemes: ReadonlySet<string> = LINK_SCHEMES): string | undefined {
  if (value === null || value === undefined) return undefined;
  try {
    return schemes.has(new URL(value, document.baseURI).protocol) ? value : undefined;
  } catch {
    return undefined;
  }
}
