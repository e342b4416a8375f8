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

let loading: Promise<DOMPurify> | undefined;

/**
 * Our own DOMPurify instance (hooks are per instance, so a page's other uses of DOMPurify are not
 * affected), with the hook that marks links as external.
 */
function loadSanitizer(): Promise<DOMPurify> {
  loading ??= import('dompurify').then(({ default: createDOMPurify }) => {
    const purify = createDOMPurify(window);
    purify.addHook('afterSanitizeAttributes', (node) => {
      const href = node instanceof Element && node.localName === 'a' ? node.getAttribute('href') : null;
      if (href === null) return;
      // Written back as the browser reads it ("htt\tp:" is "http:"), so what the DOM says is what a click does.
      if (isSafeUrl(href)) node.setAttribute('href', new URL(href).href);
      else node.removeAttribute('href');
      node.setAttribute('rel', 'noopener noreferrer');
    });
    return purify;
  });
  return loading;
}

/** Sanitizes `html` into inert nodes ready to insert. Loads DOMPurify on first use. */
export async function sanitizeHtml(html: string): Promise<DocumentFragment> {
  const purify = await loadSanitizer();
  return purify.sanitize(html, CONFIG);
}
