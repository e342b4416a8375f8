/**
 * schema.org data for search engines, as a `<script type="application/ld+json">` child of the element
 * (light DOM: crawlers do not read shadow roots).
 *
 * Feed text goes into it, so it is serialized with every `<` escaped: no value can close the script
 * (`</script>`) or open a comment. Under Trusted Types a script's text must be a `TrustedScript`; it
 * comes from our own policy, `ct-widgets`, which only ever receives this JSON (a page enforcing
 * Trusted Types lists `ct-widgets` in its `trusted-types` directive, or the data is left out).
 */

interface ScriptPolicy {
  createScript(input: string): string;
}

let policy: ScriptPolicy | null | undefined;

function scriptPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } })
    .trustedTypes;
  try {
    policy = factory?.createPolicy('ct-widgets', { createScript: (input) => (JSON.parse(input), input) }) ?? null;
  } catch {
    policy = null; // the page's `trusted-types` directive does not allow us: plain strings, if allowed at all
  }
  return policy;
}

/** JSON that is safe inside a `<script>` element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const MARKER = 'data-ct-json-ld';

/**
 * Puts `data` in the element's own JSON-LD script (creating it), or removes that script when `data` is
 * undefined. Leaves any other child alone.
 */
export function syncJsonLd(host: HTMLElement, data: object | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${MARKER}]`);
  if (!data) {
    script?.remove();
    return;
  }
  const json = serializeJsonLd(data);
  if (script && script.text === json) return;
  const text = scriptPolicy()?.createScript(json) ?? json;
  try {
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(MARKER, '');
    }
    script.text = text;
    if (!script.isConnected || script.parentNode !== host) host.append(script);
  } catch (error) {
    // Trusted Types are enforced and our policy is not allowed: the page works without the metadata.
    console.warn('ct-widgets: JSON-LD left out (allow the "ct-widgets" Trusted Types policy to include it).', error);
  }
}
