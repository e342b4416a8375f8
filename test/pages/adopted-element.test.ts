import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { seedFeed, until } from '../helpers/feeds.js';
import { deepElements } from '../helpers/xss.js';

/**
 * An element moved into another document (`adoptNode` into an iframe, as a CMS preview or a portal
 * does) keeps its styles and keeps working, and again when it comes back. Lit adopts constructed
 * stylesheets into the shadow root once, at creation; a sheet constructed in one document cannot apply
 * in another.
 */
const PROPERTIES = ['display', 'font-family', 'font-size', 'color', 'background-color', 'padding-top', 'border-top-width', 'grid-template-columns', 'text-align'];

function styles(el: Element): string[] {
  return [...deepElements(el.shadowRoot!)].map((node) => {
    const style = node.ownerDocument.defaultView!.getComputedStyle(node);
    return `<${node.localName} ${node.getAttribute('part') ?? ''}> ${PROPERTIES.map((name) => style.getPropertyValue(name)).join('; ')}`;
  });
}

async function blankFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/fixtures/pages/blank.html';
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('an element adopted into another document', function () {
  this.timeout(30_000);
  let feed: Record<string, unknown>;
  let frame: HTMLIFrameElement;
  before(async () => {
    feed = await seedFeed();
  });
  beforeEach(async () => {
    frame = await blankFrame();
  });
  afterEach(() => frame.remove());

  for (const [tag, attributes] of [
    ['ct-stats', ''],
    ['ct-agenda', 'layout="grid" now="2023-06-20T11:00:00-04:00"'],
    ['ct-speakers', ''],
    ['ct-language-bar', ''],
  ] as const) {
    it(`<${tag}> keeps its styles in an iframe and back, and keeps working`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 1000px"></div>`);
      wrapper.innerHTML = `<${tag} lang="en" ${attributes}></${tag}>`;
      const el = wrapper.firstElementChild as HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };
      if (tag !== 'ct-language-bar') el.data = feed;
      await el.updateComplete;
      const before = styles(el);
      expect(before.length).to.be.greaterThan(10);

      const doc = frame.contentDocument!;
      doc.body.append(doc.adoptNode(el));
      await el.updateComplete;
      expect(el.ownerDocument).to.equal(doc);
      expect(styles(el)).to.deep.equal(before);

      // Still an element that renders and handles clicks.
      if (tag === 'ct-language-bar') {
        const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[lang="fr"]')!;
        el.addEventListener('ct-language-change', (event) => event.preventDefault(), { once: true });
        const heard = new Promise((resolve) => el.addEventListener('ct-language-change', resolve, { once: true }));
        button.click();
        await heard;
      } else {
        el.data = { kind: 'conference', version: 1 };
        await until(() => el.shadowRoot!.querySelector('[part~="error"]') !== null, 'the error state');
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
        el.data = feed;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
        expect(styles(el)).to.deep.equal(before);
      }

      wrapper.append(document.adoptNode(el));
      await el.updateComplete;
      expect(styles(el)).to.deep.equal(before);
    });
  }
});
