import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/stats/ct-stats.js';
import '../../src/components/press-release/ct-press-release.js';
import '../../src/components/agenda/ct-agenda.js';
import type { CtStats } from '../../src/components/stats/stats.js';
import { setUiLanguage } from '../../src/core/language/localization.js';
import { FeedStore } from '../../src/core/feed/feed-store.js';
import { expectAccessible } from '../helpers/a11y.js';
import { warningsDuring } from '../helpers/console.js';
import { part, parts } from '../helpers/dom.js';
import { feedUrl, serverLog, statsFeed, uniqueId, until } from '../helpers/feeds.js';

/**
 * Loading options are per element: `timeout`, `max-bytes` and `refresh` of one element never change
 * another element's request, and unusable values fall back with one warning naming the attribute.
 */
const figures = (el: Element) => parts(el, 'figure').length;
const feed = statsFeed([{ value: 42, label: 'answers' }]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('feed elements: loading options per element', () => {
  it('a max-bytes="100" element fails alone; the others on the same URL show the feed', async () => {
    const store = new FeedStore();
    const id = uniqueId();
    const url = feedUrl({ id, delayMs: 100, body: { ...feed, pad: 'x'.repeat(200) } });
    const box = await fixture<HTMLElement>(html`<div>
      <ct-stats lang="en" max-bytes="100" .store=${store} src=${url}></ct-stats>
      <ct-stats lang="en" .store=${store} src=${url}></ct-stats>
      <ct-stats lang="en" .store=${store} src=${url}></ct-stats>
    </div>`);
    const [small, a, b] = [...box.querySelectorAll<CtStats>('ct-stats')];
    await until(() => part(small!, 'error') !== null && figures(a!) === 1 && figures(b!) === 1, 'all three states');
    expect(part(small!, 'error')!.textContent).to.contain('The feed is larger than the size limit.');
    expect(part(a!, 'error')).to.equal(null);
    // One request for the two default elements, one for the element with its own limit.
    expect((await serverLog(id)).requests).to.equal(2);
  });

  it('the order does not matter: a small limit first does not decide for the elements after it', async () => {
    const store = new FeedStore();
    const url = feedUrl({ body: { ...feed, pad: 'x'.repeat(200) } });
    const box = await fixture<HTMLElement>(html`<div>
      <ct-stats lang="en" .store=${store} src=${url}></ct-stats>
      <ct-stats lang="en" max-bytes="100" .store=${store} src=${url}></ct-stats>
    </div>`);
    const [plain, small] = [...box.querySelectorAll<CtStats>('ct-stats')];
    await until(() => figures(plain!) === 1 && part(small!, 'error') !== null, 'both states');
  });

  it('timeout="0.2" on one element times out that element only', async () => {
    const store = new FeedStore();
    const url = feedUrl({ delayMs: 600, body: feed });
    const box = await fixture<HTMLElement>(html`<div>
      <ct-stats lang="en" timeout="0.2" .store=${store} src=${url}></ct-stats>
      <ct-stats lang="en" .store=${store} src=${url}></ct-stats>
    </div>`);
    const [quick, patient] = [...box.querySelectorAll<CtStats>('ct-stats')];
    await until(() => part(quick!, 'error') !== null && figures(patient!) === 1, 'both states');
    expect(part(quick!, 'error')!.textContent).to.contain('The feed took too long to answer.');
  });

  for (const [attribute, value] of [
    ['timeout', ''],
    ['timeout', 'soon'],
    ['timeout', '-5'],
    ['timeout', '0'],
    ['max-bytes', ''],
    ['max-bytes', 'NaN'],
    ['max-bytes', '-1'],
    ['refresh', ''],
    ['refresh', 'often'],
    ['refresh', '-1'],
  ] as const) {
    it(`${attribute}="${value}" falls back to the default with one warning naming the attribute, and loads`, async () => {
      const store = new FeedStore();
      const id = uniqueId();
      let el!: CtStats;
      const warnings = await warningsDuring(async () => {
        el = document.createElement('ct-stats');
        el.lang = 'en';
        el.store = store;
        el.setAttribute(attribute, value);
        el.src = feedUrl({ id, delayMs: 100, body: feed });
        await fixture(el);
        await until(() => figures(el) === 1, 'the figure');
        el.lang = 'fr'; // a later render must not warn again
        await el.updateComplete;
      });
      const mine = warnings.filter((w) => w.includes(`${attribute}="${value}"`));
      expect(mine, warnings.join('\n')).to.have.length(1);
      expect(mine[0]).to.contain('<ct-stats>');
      expect(part(el, 'error')).to.equal(null);
      await sleep(300);
      expect((await serverLog(id)).requests).to.equal(1);
    });
  }

  it('an invalid timeout shares the request of the elements with the default it falls back to', async () => {
    const store = new FeedStore();
    const id = uniqueId();
    const url = feedUrl({ id, delayMs: 100, body: feed });
    await warningsDuring(async () => {
      const box = await fixture<HTMLElement>(html`<div>
        <ct-stats lang="en" timeout="" .store=${store} src=${url}></ct-stats>
        <ct-stats lang="en" .store=${store} src=${url}></ct-stats>
      </div>`);
      const els = [...box.querySelectorAll<CtStats>('ct-stats')];
      await until(() => els.every((el) => figures(el) === 1), 'both figures');
    });
    expect((await serverLog(id)).requests).to.equal(1);
  });

  it('timeout="1e9" is cut to 600 s with a warning, and the feed loads instead of failing at once', async () => {
    let el!: CtStats;
    const warnings = await warningsDuring(async () => {
      el = await fixture<CtStats>(html`<ct-stats lang="en" timeout="1e9" .store=${new FeedStore()} src=${feedUrl({ delayMs: 300, body: feed })}></ct-stats>`);
      await until(() => figures(el) === 1 || part(el, 'error') !== null, 'an outcome');
    });
    expect(part(el, 'error')).to.equal(null);
    expect(warnings.filter((w) => w.includes('timeout="1e9"')).join()).to.contain('using 600');
  });

  it('max-bytes above 256 MiB is cut to 256 MiB with a warning', async () => {
    const warnings = await warningsDuring(async () => {
      const el = await fixture<CtStats>(html`<ct-stats lang="en" max-bytes="1e12" .store=${new FeedStore()} src=${feedUrl({ body: feed })}></ct-stats>`);
      await until(() => figures(el) === 1, 'the figure');
    });
    expect(warnings.filter((w) => w.includes('max-bytes="1e12"')).join()).to.contain(`using ${256 * 1024 * 1024}`);
  });

  it('refresh="0.001" is raised to the 10 s floor: one request in 3 s, not hundreds', async () => {
    const id = uniqueId();
    let el!: CtStats;
    const warnings = await warningsDuring(async () => {
      // The page's default store, as on a real page.
      el = await fixture<CtStats>(html`<ct-stats lang="en" refresh="0.001" src=${feedUrl({ id, body: feed })}></ct-stats>`);
      await until(() => figures(el) === 1, 'the figure');
      await sleep(3000);
    });
    expect((await serverLog(id)).requests).to.equal(1);
    expect(warnings.filter((w) => w.includes('refresh="0.001"')).join()).to.contain('using 10');
    el.remove();
  });

  it('an unparsable src shows the error state at once: alert, translated, no request, no busy flag', async () => {
    const el = document.createElement('ct-stats');
    el.lang = 'en';
    el.setAttribute('src', 'http://[bad');
    const failed = oneEvent(el, 'ct-error');
    await fixture(el);
    const event = await failed;
    await el.updateComplete;
    expect(event.detail.reason).to.equal('bad-url');
    const alert = part(el, 'error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('The feed address is not a valid URL.');
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    await expectAccessible(el);
    try {
      await setUiLanguage('fr');
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('L’adresse du flux n’est pas une URL valide.');
    } finally {
      await setUiLanguage('en');
    }
  });

  it('a press release with an unparsable src fails at once too (the rule is in the shared base)', async () => {
    const el = await fixture<HTMLElement>(html`<ct-press-release lang="en" src="https://exa mple.org:99999/x"></ct-press-release>`);
    await until(() => part(el, 'error') !== null, 'the error state', 1000);
  });

  it('an agenda with an unparsable src fails at once too', async () => {
    const el = await fixture<HTMLElement>(html`<ct-agenda lang="en" src="http://[bad"></ct-agenda>`);
    await until(() => part(el, 'error') !== null, 'the error state', 1000);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
  });
});
