import { expect } from '@open-wc/testing';
import { until } from '../helpers/feeds.js';

/**
 * The CDN build in real pages: one clean, one with hostile global CSS and the script included twice
 * (as two copies, by URL). The element must render the same in both and nothing may throw.
 * Needs `npm run build` first (npm test does it).
 */
interface PageWindow extends Window {
  __errors: string[];
  __warnings: string[];
}

async function loadPage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 900px; block-size: 1200px; border: 0';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const stats = () => frame.contentDocument!.querySelector('ct-stats')?.shadowRoot;
  await until(() => (stats()?.querySelectorAll('[part~="figure"]').length ?? 0) === 7, `figures in ${path}`);
  return frame;
}

function layout(frame: HTMLIFrameElement) {
  const root = frame.contentDocument!.querySelector('ct-stats')!.shadowRoot!;
  return [...root.querySelectorAll<HTMLElement>('[part~="figure"], [part~="value"], [part~="label"], [part~="title"]')].map(
    (node) => {
      const box = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      return {
        part: node.getAttribute('part'),
        text: node.textContent!.trim(),
        width: Math.round(box.width),
        height: Math.round(box.height),
        font: `${style.fontSize} ${style.fontFamily} ${style.letterSpacing} ${style.textTransform}`,
        color: style.color,
        visibility: style.visibility,
      };
    },
  );
}

describe('the CDN file on host pages', function () {
  this.timeout(30_000);
  const frames: HTMLIFrameElement[] = [];
  after(() => frames.forEach((frame) => frame.remove()));

  it('renders the same under hostile global CSS, included twice, without an error', async () => {
    const clean = await loadPage('/test/fixtures/pages/clean.html');
    const hostile = await loadPage('/test/fixtures/pages/hostile.html');
    frames.push(clean, hostile);
    expect((clean.contentWindow as PageWindow).__errors).to.deep.equal([]);
    expect((hostile.contentWindow as PageWindow).__errors).to.deep.equal([]);
    expect(layout(hostile)).to.deep.equal(layout(clean));
    expect(layout(clean).find((box) => box.part === 'value')!.text).to.equal('More than 1,000');
  });

  it('keeps the first definition when a second copy loads, and says so', async () => {
    const frame = await loadPage('/test/fixtures/pages/hostile.html');
    frames.push(frame);
    const win = frame.contentWindow as PageWindow;
    expect(win.__warnings.filter((w) => w.includes('<ct-stats> is already defined'))).to.have.length(1);
    expect(win.__errors).to.deep.equal([]);
  });
});
