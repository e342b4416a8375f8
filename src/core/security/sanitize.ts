import type { Config, DOMPurify } from 'dompurify';
import { isSafeUrl } from './safe-url.js';

/**
 * Rich text from a CMS (a Drupal body field, say) made safe to show: DOMPurify with a strict allow-list,
 * loaded only when some element actually has HTML to show, so pages without it never pay for it.
 *
 * The result is a `DocumentFragment`, rendered as nodes. It never goes back through a string: a
 * sanitized string parsed a second time (as `unsafeHTML` does, through Lit's own Trusted Types policy,
 * which passes any string) can mutate into something the sanitizer never saw. Under Trusted Types,
 * DOMPurify parses through its own policy, `dompurify`, which a page's `trusted-types` directive must allow.
 */

/** Structure and inline text only: no images, media, forms, frames, styles or scripts. */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'abbr', 'cite', 'q', 'code',
  'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'span', 'figure',
  'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];
/** No `style` (a strict CSP refuses inline styles), `class`, `id` or `name` (clobbering), `data-*`, `aria-*`. */
const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'abbr'];

/**
 * Links must be absolute https:, http: or mailto: URLs, as everywhere in ct-widgets. Relative links are
 * dropped too: in an embed they would resolve against the host page, not the CMS they were written for.
 */
const ALLOWED_URI_REGEXP = /^(?:https?:\/\/|mailto:)/i;

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP,
  // Not URLs: without this DOMPurify would test them against the URL pattern above and drop them.
  ADD_URI_SAFE_ATTR: ['lang', 'dir', 'colspan', 'rowspan', 'scope', 'abbr'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_DOM_FRAGMENT: true,
};

let loading: Promise<{ purify: DOMPurify; config: typeof CONFIG }> | undefined;

interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScriptURL(input: string): string }): unknown;
}

/**
 * The `dompurify` Trusted Types policy DOMPurify parses through, created here so that its refusal is
 * known. Where the page's `trusted-types` directive does not allow it, DOMPurify would still run: its
 * parse is blocked and it returns junk (the text "null"), not sanitized content. So the page's list of
 * policies is taken as its word: no policy, no HTML block. `null` means the browser has no Trusted Types
 * (DOMPurify then uses plain strings, which such a browser accepts).
 */
function dompurifyPolicy(): Config['TRUSTED_TYPES_POLICY'] {
  const factory = (window as unknown as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return null;
  try {
    return factory.createPolicy('dompurify', { createHTML: (input) => input, createScriptURL: (input) => input }) as Config['TRUSTED_TYPES_POLICY'];
  } catch (cause) {
    throw new Error('the page\'s Content-Security-Policy does not allow the "dompurify" Trusted Types policy', { cause });
  }
}

/**
 * Our own DOMPurify instance (hooks are per instance, so a page's other uses of DOMPurify are not
 * affected), with the hook that marks links as external.
 */
function loadSanitizer(): Promise<{ purify: DOMPurify; config: typeof CONFIG }> {
  loading ??= import('dompurify').then(({ default: createDOMPurify }) => {
    const policy = dompurifyPolicy();
    const purify = createDOMPurify(window);
    purify.addHook('afterSanitizeAttributes', (node) => {
      const href = node instanceof Element && node.localName === 'a' ? node.getAttribute('href') : null;
      if (href === null) return;
      // Written back as the browser reads it ("htt\tp:" is "http:"), so what the DOM says is what a click does.
      if (isSafeUrl(href)) node.setAttribute('href', new URL(href).href);
      else node.removeAttribute('href');
      node.setAttribute('rel', 'noopener noreferrer');
    });
    // Given ours, DOMPurify does not try to create its own `dompurify` policy (a refused duplicate).
    return { purify, config: policy ? { ...CONFIG, TRUSTED_TYPES_POLICY: policy } : CONFIG };
  });
  return loading;
}

/** Sanitizes `html` into inert nodes ready to insert. Loads DOMPurify on first use. */
export async function sanitizeHtml(html: string): Promise<DocumentFragment> {
  const { purify, config } = await loadSanitizer();
  return purify.sanitize(html, config);
}
