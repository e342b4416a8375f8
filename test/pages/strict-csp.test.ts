import { expect } from '@open-wc/testing';
import { until } from '../helpers/feeds.js';
import { deepElements } from '../helpers/xss.js';
import { openSettledPage, type EveryElementWindow } from '../helpers/pages.js';

/**
 * Every element in every state (test/fixtures/pages/every-element.ts) on a page whose server sends the
 * strict policy README.md documents, as an HTTP header (test/server/page-routes.mjs):
 *
 *   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';
 *   require-trusted-types-for 'script'; trusted-types lit-html dompurify ct-widgets
 *
 * The same page without a policy is the baseline: no violation may be reported, and every box inside
 * every shadow root must sit where it sits without the policy (a blocked style attribute moved room-grid
 * cards out of their columns). Run on the sources, on the CDN file and through the CDN autoloader
 * (`npm run build` first).
 */
const openPage = (csp: string, page = 'every-element') => openSettledPage(`/page/${page}${page.includes('?') ? '&' : '?'}csp=${csp}`);

/** Each box inside each element's shadow root, relative to the element, with what it shows. */
function layout(frame: HTMLIFrameElement) {
  const boxes: Record<string, string[]> = {};
  for (const host of frame.contentDocument!.querySelectorAll('main > *')) {
    const origin = host.getBoundingClientRect();
    boxes[host.id] = [...deepElements(host.shadowRoot!)].map((node) => {
      const box = node.getBoundingClientRect();
      const where = [box.x - origin.x, box.y - origin.y, box.width, box.height].map(Math.round).join(',');
      return `${node.localName}.${node.getAttribute('part') ?? node.getAttribute('class') ?? ''} ${where}`;
    });
  }
  return boxes;
}

// The CDN file on an Arabic page also loads its Arabic UI strings, a chunk, under the policy (through the
// autoloader too, from the chunks its element files share). Through the
// autoloader, each element's file loads when the page script adds its first element of that tag.
for (const page of ['every-element', 'every-element?script=cdn', 'every-element?script=cdn&lang=ar', 'every-element?script=autoloader', 'every-element?script=autoloader&lang=ar']) {
  describe(`every element under a strict CSP sent as a header (${page})`, function () {
    this.timeout(90_000);
    let strict: HTMLIFrameElement;
    let open: HTMLIFrameElement;
    before(async () => {
      strict = await openPage('strict', page);
      open = await openPage('none', page);
    });
    after(() => [strict, open].forEach((frame) => frame?.remove()));

    it('shows each element in the state it was built for, with no violation and no error', () => {
      const win = strict.contentWindow as EveryElementWindow;
      const states = win.__states();
      expect(Object.keys(states)).to.have.length.greaterThan(35);
      for (const [id, state] of Object.entries(states)) expect(state, id).to.equal(id.match(/-(loading|error|empty)$/)?.[1] ?? 'ready');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
      if (page.includes('lang=ar')) {
        // The UI strings came from the Arabic chunk, loaded under the policy.
        const retry = strict.contentDocument!.getElementById('stats-error')!.shadowRoot!.querySelector('[part~="retry-button"]')!;
        expect(retry.textContent).to.match(/[\u0600-\u06FF]/);
      }
    });

    it('lays out every box as it does without the policy', () => {
      const withPolicy = layout(strict);
      const without = layout(open);
      expect(Object.keys(withPolicy)).to.deep.equal(Object.keys(without));
      for (const id of Object.keys(without)) expect(withPolicy[id], id).to.deep.equal(without[id]);
    });

    it('is really under the policy: an inline style attribute is refused and reported', async () => {
      const doc = strict.contentDocument!;
      const before = (strict.contentWindow as EveryElementWindow).__violations.length;
      const probe = doc.createElement('div');
      probe.setAttribute('style', 'inline-size: 123px');
      doc.body.append(probe);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(probe.getBoundingClientRect().width).not.to.equal(123);
      const win = strict.contentWindow as EveryElementWindow;
      expect(win.__violations.slice(before)).to.deep.equal(['style-src-attr inline ']);
      win.__violations.splice(before);
      probe.remove();
    });

    it('puts each room-grid card in its room column', () => {
      const root = strict.contentDocument!.getElementById('agenda-grid')!.shadowRoot!;
      let checked = 0;
      for (const day of root.querySelectorAll('[part~="day"]')) {
        const names = [...day.querySelectorAll('.room-headers > div')];
        expect(names.length).to.equal(4);
        // Four columns side by side, each a quarter of the day's width (less the gaps).
        const lefts = names.map((node) => Math.round(node.getBoundingClientRect().left));
        const rtl = getComputedStyle(day).direction === 'rtl'; // the first room on the right
        expect(lefts, 'room columns side by side').to.deep.equal([...lefts].sort((a, b) => (rtl ? b - a : a - b)));
        expect(new Set(lefts).size).to.equal(4);
        for (const card of day.querySelectorAll<HTMLElement>('[part~="session"]')) {
          const room = card.querySelector('[part~="room"]')?.textContent?.trim();
          if (!room) continue;
          const column = names.find((node) => node.textContent!.trim() === room)!.getBoundingClientRect();
          const box = card.getBoundingClientRect();
          expect([Math.round(box.left), Math.round(box.right)], `${room}: ${card.id}`).to.deep.equal([Math.round(column.left), Math.round(column.right)]);
          checked += 1;
        }
      }
      expect(checked).to.equal(18); // the seed's sessions with a room
    });

    it('shows the sanitized HTML block and a photo', async () => {
      const root = strict.contentDocument!.getElementById('press-release-rich')!.shadowRoot!;
      expect(root.querySelector('[part~="html"]')!.innerHTML).to.equal(
        '<h2>From the CMS</h2><p>Kept <strong>bold</strong> and a <a href="https://www.un.org/" rel="noopener noreferrer">link</a>.</p>',
      );
      const photo = strict.contentDocument!.getElementById('speakers-photo')!.shadowRoot!.querySelector('img')!;
      photo.scrollIntoView(); // loaded lazily
      await until(() => photo.complete && photo.naturalWidth > 0, 'the photo');
      expect(photo.naturalWidth).to.equal(40);
      expect((strict.contentWindow as EveryElementWindow).__violations).to.deep.equal([]);
    });
  });
}

describe('a page whose Trusted Types policy does not allow "dompurify"', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await openPage('no-dompurify');
  });
  after(() => frame?.remove());

  it('leaves the HTML block out with a visible note, never "null", and shows the rest', () => {
    const root = frame.contentDocument!.getElementById('press-release-rich')!.shadowRoot!;
    const text = root.querySelector('[part~="release"]')!.textContent!;
    expect(root.querySelector('[part~="html"]')).to.equal(null);
    expect(text).not.to.match(/\bnull\b/);
    expect(text).not.to.contain('From the CMS');
    const note = root.querySelector<HTMLElement>('[part~="html-unavailable"]')!;
    expect(note.textContent!.trim()).to.equal('Part of this release cannot be shown on this page.');
    expect(note.checkVisibility()).to.equal(true);
    expect(root.querySelector('[part~="headline"]')!.textContent!.trim()).to.equal('A release with an HTML block');
    // The only report is the page refusing the policy's creation: nothing tried to write HTML unchecked.
    const win = frame.contentWindow as EveryElementWindow;
    expect(win.__violations.map((v) => v.split(' ')[0])).to.deep.equal(['trusted-types']);
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('the CDN file included twice under a strict CSP', function () {
  this.timeout(60_000);
  const open = async (csp: string) => {
    const frame = document.createElement('iframe');
    frame.src = `/page/stats-and-release?script=cdn,cdn&csp=${csp}`;
    document.body.append(frame);
    const root = () => frame.contentDocument?.querySelector('ct-stats')?.shadowRoot;
    await until(() => (root()?.querySelectorAll('[part~="figure"]').length ?? 0) === 7, `figures under ${csp}`, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    return frame;
  };

  it("works with 'allow-duplicates', as README.md says: no violation, no error", async () => {
    const frame = await open('strict-twice');
    try {
      const win = frame.contentWindow as EveryElementWindow;
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
      const release = frame.contentDocument!.querySelector('ct-press-release')!;
      expect(release.shadowRoot!.querySelector('[part~="headline"]')).not.to.equal(null);
      expect(release.querySelector('script[type="application/ld+json"]')).not.to.equal(null);
    } finally {
      frame.remove();
    }
  });

  it("without it the second copy stops at its first policy and the first copy keeps working", async () => {
    const frame = await open('strict');
    try {
      const win = frame.contentWindow as EveryElementWindow;
      expect(win.__violations.map((v) => v.split(' ')[0])).to.deep.equal(['trusted-types']);
      expect(win.__errors).to.have.length(1);
    } finally {
      frame.remove();
    }
  });
});
