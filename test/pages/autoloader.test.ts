import { expect } from '@open-wc/testing';
import { SEED_FEED_URL, until } from '../helpers/feeds.js';

/**
 * The CDN autoloader (`dist/cdn/ct-autoloader.js`, `npm run build` first), on host pages served with a
 * real CSP header by test/server/page-routes.mjs, and on this test page itself.
 */
interface PageWindow extends Window {
  __violations: string[];
  __errors: string[];
}

const ELEMENT_FILE = /\/dist\/cdn\/elements\/(ct-[a-z-]+)\.js$/;

/** `page` is a fixture's name with its query (`stats-only?script=autoloader`: the build it loads). */
async function openPage(page: string, csp: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const [name, query] = page.split('?');
  frame.src = `/page/${name}?${query ? `${query}&` : ''}csp=${csp}`;
  document.body.append(frame);
  // Not the iframe's first, blank document: the page's own.
  await until(() => frame.contentDocument?.location.pathname === `/page/${name}` && frame.contentDocument.readyState === 'complete', `${page} loaded`, 15_000);
  return frame;
}

/** The figures `<ct-stats>` shows from the seed feed (feeds/ct-week-2023/conference.json has seven). */
const figures = (root: Document | ShadowRoot) => root.querySelector('ct-stats')?.shadowRoot?.querySelectorAll('[part~="figure"]').length ?? 0;

/** Paths of the scripts a page requested, from its resource timing. */
const scripts = (frame: HTMLIFrameElement) =>
  frame.contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js'));

describe('the CDN autoloader', function () {
  this.timeout(60_000);

  it('defines <ct-stats> on a page that has only it, and loads no other element’s file', async () => {
    const frame = await openPage('stats-only?script=autoloader', 'strict');
    try {
      await until(() => figures(frame.contentDocument!) === 7, 'seven figures', 20_000);
      const loaded = scripts(frame);
      const elementFiles = loaded.map((path) => ELEMENT_FILE.exec(path)?.[1]).filter(Boolean);
      expect(elementFiles).to.deep.equal(['ct-stats']);
      // Nor the press release's chunk, nor the all-in-one file, nor another section's schema, nor the
      // chunk of what only other elements share.
      const cdn = loaded.filter((path) => path.startsWith('/dist/cdn/'));
      expect(cdn.filter((path) => /ct-widgets\.js|ct-press-release|\/(agenda|press|timeline|speakers|event|key-messages|shared)-[\w-]+\.js$/.test(path))).to.deep.equal([]);
      // What it did load: the autoloader, the element's file (the figures' schema inside), the core chunk
      // and the validator.
      const chunks = cdn.map((path) => /\/elements\/chunks\/([a-z-]+)-[\w-]{8}\.js$/.exec(path)?.[1]).filter(Boolean);
      expect(chunks.sort()).to.deep.equal(['core', 'feed-reader']);
      const win = frame.contentWindow as PageWindow;
      for (const tag of ['ct-agenda', 'ct-press-release', 'ct-timeline', 'ct-language-bar']) {
        expect(win.customElements.get(tag), tag).to.equal(undefined);
      }
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('defines an element added later, and one added inside an open shadow root', async () => {
    const frame = await openPage('stats-only?script=autoloader', 'strict');
    try {
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as PageWindow;
      await until(() => figures(doc) === 7, 'seven figures', 20_000);
      expect(win.customElements.get('ct-key-messages')).to.equal(undefined);

      const messages = doc.createElement('ct-key-messages');
      messages.setAttribute('src', SEED_FEED_URL);
      doc.querySelector('main')!.append(messages);
      await until(() => (messages.shadowRoot?.querySelectorAll('[part~="message"]').length ?? 0) > 0, 'key messages shown', 20_000);

      // A host (another library's component, say) whose open shadow root holds a timeline when added.
      const host = doc.createElement('div');
      const timeline = doc.createElement('ct-timeline');
      timeline.setAttribute('src', SEED_FEED_URL);
      host.attachShadow({ mode: 'open' }).append(timeline);
      doc.body.append(host);
      await until(() => (timeline.shadowRoot?.querySelectorAll('[part~="milestone"]').length ?? 0) > 0, 'timeline shown', 20_000);

      // And one added to that shadow root afterwards: the root is watched too.
      const speakers = doc.createElement('ct-speakers');
      speakers.setAttribute('src', SEED_FEED_URL);
      host.shadowRoot!.append(speakers);
      await until(() => win.customElements.get('ct-speakers') !== undefined && speakers.shadowRoot !== null, 'speakers defined', 20_000);

      const elementFiles = scripts(frame).map((path) => ELEMENT_FILE.exec(path)?.[1]).filter(Boolean);
      expect(elementFiles.sort()).to.deep.equal(['ct-key-messages', 'ct-speakers', 'ct-stats', 'ct-timeline']);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('loads an element from a shadow root attached after its host was added, through discover()', async () => {
    // On this test page: nothing else defines ct-* tags here.
    const { discover } = (await import(/* @vite-ignore */ new URL('/dist/cdn/ct-autoloader.js', location.href).href)) as {
      discover: (root: Document | DocumentFragment | Element) => Promise<void>;
    };
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const stats = document.createElement('ct-stats');
    stats.setAttribute('src', SEED_FEED_URL);
    root.append(stats);
    try {
      await discover(root);
      expect(customElements.get('ct-stats')).not.to.equal(undefined);
      await until(() => figures(root) === 7, 'seven figures', 20_000);
    } finally {
      host.remove();
    }
  });

  for (const [page, csp, what] of [
    ['stats-and-release?script=autoloader,autoloader', 'strict', 'two copies of the autoloader'],
    ['stats-and-release?script=autoloader,cdn', 'strict-twice', 'the autoloader and the all-in-one file'],
  ] as const) {
    it(`${what} on one page: no error, no violation, each element defined once`, async () => {
      const frame = await openPage(page, csp);
      try {
        const doc = frame.contentDocument!;
        await until(() => figures(doc) === 7, 'seven figures', 20_000);
        const release = doc.querySelector('ct-press-release')!;
        await until(() => release.shadowRoot?.querySelector('[part~="headline"]') != null, 'release shown', 20_000);
        await new Promise((resolve) => setTimeout(resolve, 300)); // a late second definition would throw here
        const win = frame.contentWindow as PageWindow;
        expect(win.__errors).to.deep.equal([]);
        expect(win.__violations).to.deep.equal([]);
        // Both copies of the autoloader ask for the same element file: it is fetched once.
        if (page.endsWith('script=autoloader,autoloader')) {
          const statsFiles = scripts(frame).filter((path) => path.endsWith('/elements/ct-stats.js'));
          expect(statsFiles).to.have.length(1);
        }
      } finally {
        frame.remove();
      }
    });
  }
});
