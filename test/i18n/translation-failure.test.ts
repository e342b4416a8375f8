import { expect } from '@open-wc/testing';
import { until } from '../helpers/feeds.js';

/**
 * A UI translation that cannot load (test/fixtures/pages/locale-fail.html: the French and Arabic modules
 * answer 404 through an import map) leaves the UI in English, with one console warning per language and
 * no uncaught error. locale-ok.html is the same French page with its translations, so the checks below
 * are seen to tell the two apart.
 */
interface PageWindow extends Window {
  __errors: string[];
  __warnings: string[];
}

async function loadPage(path: string, shows: 'figures' | 'error' = 'figures'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await until(() => navLabel(frame) !== undefined, `the language bar in ${path}`);
  const part = shows === 'figures' ? '[part~="figure"]' : '[part~="error"]';
  await until(() => (stats(frame)?.querySelectorAll(part).length ?? 0) > 0, `the ${shows} in ${path}`);
  return frame;
}

const bar = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('ct-language-bar')?.shadowRoot;
const stats = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('ct-stats')?.shadowRoot;
const navLabel = (frame: HTMLIFrameElement) => bar(frame)?.querySelector('nav')?.getAttribute('aria-label') ?? undefined;
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('a UI translation that cannot load', function () {
  this.timeout(30_000);
  const frames: HTMLIFrameElement[] = [];
  after(() => frames.forEach((frame) => frame.remove()));

  it('translates the UI when the translation loads (the control)', async () => {
    const frame = await loadPage('/test/fixtures/pages/locale-ok.html');
    frames.push(frame);
    await until(() => navLabel(frame) === 'Langue', 'the French UI');
    expect((frame.contentWindow as PageWindow).__errors).to.deep.equal([]);
  });

  it('leaves the UI in English with one warning and no uncaught error', async () => {
    const frame = await loadPage('/test/fixtures/pages/locale-fail.html');
    frames.push(frame);
    await settle();
    const win = frame.contentWindow as PageWindow;
    expect(navLabel(frame)).to.equal('Language');
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings.filter((w) => w.includes('UI translation'))).to.have.length(1);
    expect(win.__warnings.find((w) => w.includes('UI translation'))).to.include('"fr"');
    // Content still follows the page's language: the French figures title, French number format.
    expect(stats(frame)!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('La Semaine de la lutte antiterroriste 2023 en chiffres');
  });

  it('keeps English when the language bar switches to a language that cannot load', async () => {
    const frame = frames[1]!;
    const win = frame.contentWindow as PageWindow;
    bar(frame)!.querySelector<HTMLButtonElement>('button[lang="ar"]')!.click();
    await until(() => win.__warnings.some((w) => w.includes('"ar" UI translation')), 'the warning about Arabic');
    await settle();
    expect(frame.contentDocument!.documentElement.lang).to.equal('ar');
    expect(navLabel(frame)).to.equal('Language');
    expect(bar(frame)!.querySelector('nav')!.getAttribute('lang')).to.equal('en');
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings.filter((w) => w.includes('UI translation'))).to.have.length(2);
  });

  it('in the CDN build hosted without its chunks/ folder (needs `npm run build`)', async () => {
    // The feed readers are chunks too (each section's schema loads on demand): without the folder the
    // figures cannot be read, and <ct-stats> says so in its error state, in English, with a retry.
    const frame = await loadPage('/test/fixtures/pages/locale-fail-cdn.html', 'error');
    frames.push(frame);
    await settle();
    const win = frame.contentWindow as PageWindow;
    expect(navLabel(frame)).to.equal('Language');
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings.filter((w) => w.includes('"fr" UI translation'))).to.have.length(1);
    expect(win.__warnings.filter((w) => w.includes('the reader of "stats" feeds could not be loaded'))).to.have.length(1);
    expect(stats(frame)!.querySelector('[part~="retry-button"]')).not.to.equal(null);
  });
});
