import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { seedFeed } from '../helpers/feeds.js';
import { deepElements } from '../helpers/xss.js';

/**
 * Text cut in the middle of an emoji (a CMS truncating UTF-16 "…\uD83D" of "…😀") carries a lone
 * surrogate. Such a string is no valid Unicode: `encodeURIComponent` throws on it (URIError) and a
 * TextEncoder or a screen reader makes U+FFFD of it. Every element shows it as U+FFFD, the replacement
 * character (as `String.prototype.toWellFormed` defines), and never goes blank.
 */
const CUT = ' \uD83D'; // a high surrogate with nothing after it
const STRAY = '\uDE00 '; // a low surrogate with nothing before it

/** The seed feed with every piece of prose (any string with a space in it) cut, at both ends. */
function cutProse(value: unknown): unknown {
  if (typeof value === 'string') return value.includes(' ') ? `${STRAY}${value}${CUT}` : value;
  if (Array.isArray(value)) return value.map(cutProse);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cutProse(item)]));
  return value;
}

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text nodes and attribute values under `root` (through shadow roots) that hold a lone surrogate. */
function loneSurrogates(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const node of [root, ...deepElements(root)]) {
    for (const child of node.childNodes) if (child.nodeType === Node.TEXT_NODE && LONE.test(child.textContent!)) found.push(`text in <${(node as Element).localName ?? '#root'}>`);
    if (node instanceof Element) for (const attribute of node.attributes) if (LONE.test(attribute.value)) found.push(`<${node.localName} ${attribute.name}>`);
  }
  return found;
}

const ELEMENTS: [string, string][] = [
  ['ct-agenda', 'now="2023-06-20T11:00:00-04:00"'],
  ['ct-stats', ''],
  ['ct-press-release', 'release="hlc-2023-06-20" json-ld'],
  ['ct-press-releases', ''],
  ['ct-event-header', 'now="2023-06-20T11:00:00-04:00"'],
  ['ct-key-messages', ''],
  ['ct-speakers', ''],
  ['ct-timeline', ''],
];

describe('feed text with lone surrogates', () => {
  let feed: unknown;
  before(async () => {
    feed = cutProse(await seedFeed());
  });

  for (const [tag, attributes] of ELEMENTS) {
    it(`<${tag}> shows U+FFFD for them and renders everything else`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = `<${tag} lang="en" ${attributes}></${tag}>`;
      const el = wrapper.firstElementChild as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        el.data = feed;
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        const root = el.shadowRoot!;
        const text = root.querySelector('.base')?.textContent ?? '';
        expect(root.querySelector('[part~="error"]'), 'error state').to.equal(null);
        expect(text.trim().length, 'rendered text').to.be.greaterThan(20);
        expect(text).to.contain('\uFFFD');
        expect(loneSurrogates(root)).to.deep.equal([]);
        // Metadata for search engines too.
        const jsonLd = el.querySelector('script[type="application/ld+json"]');
        if (jsonLd) expect(LONE.test(JSON.parse(jsonLd.textContent!) && jsonLd.textContent!)).to.equal(false);
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }
});
