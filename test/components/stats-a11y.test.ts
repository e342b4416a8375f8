import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/stats/ct-stats.js';
import type { CtStats } from '../../src/components/stats/stats.js';
import { FeedStore } from '../../src/core/feed/feed-store.js';
import { expectAccessible, expectNotAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, feedUrl, serverLog, statsFeed, uniqueId, until } from '../helpers/feeds.js';
import { part } from '../helpers/dom.js';


describe('<ct-stats> accessibility', () => {
  it('checks WCAG 2.2 target size (the helper really has the rule on)', async () => {
    const tiny = await fixture(html`<div><button style="all: unset; inline-size: 8px; block-size: 8px" aria-label="x"></button><button style="all: unset; inline-size: 8px; block-size: 8px" aria-label="y"></button></div>`);
    await expectNotAccessible(tiny);
  });

  for (const lang of ['ar', 'zh', 'en', 'fr', 'ru', 'es']) {
    it(`has no axe violations in ${lang}, light and dark`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        <ct-stats src=${SEED_FEED_URL}></ct-stats>
        <div style="color-scheme: dark; background: #16191d"><ct-stats theme="dark" src=${SEED_FEED_URL}></ct-stats></div>
      </div>`);
      const elements = [...wrapper.querySelectorAll('ct-stats')];
      await until(() => elements.every((el) => el.shadowRoot!.querySelectorAll('[part~="figure"]').length === 7), 'figures');
      await expectAccessible(wrapper);
    });
  }

  it('is dark with theme="dark" even on a light page', async () => {
    const el = await fixture<CtStats>(html`<ct-stats theme="dark" .data=${statsFeed()}></ct-stats>`);
    const figure = part(el, 'figure')!;
    expect(getComputedStyle(figure).backgroundColor).to.equal('rgb(35, 40, 46)');
  });

  it('lets the keyboard reach the retry button, shows focus, and retries with Enter', async () => {
    const id = uniqueId();
    const el = await fixture<CtStats>(
      html`<ct-stats lang="en" .store=${new FeedStore({ retryDelayMs: 10 })} src=${feedUrl({ id, failTimes: 3, body: statsFeed() })}></ct-stats>`,
    );
    await until(() => part(el, 'retry-button') !== null, 'the error state');
    await sendKeys({ press: 'Tab' });
    const button = part(el, 'retry-button')!;
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await until(() => part(el, 'figure') !== null, 'data after retry');
    expect((await serverLog(id)).requests).to.equal(4);
  });

  it('has 44 px targets and reflows at 200% zoom (a 640 px viewport column of 320 CSS px)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px; font-size: 200%"><ct-stats lang="en" .data=${{ kind: 'stats', version: 1, stats: { figures: [{ value: 1000, qualifier: 'more-than', label: 'participants attended the conference in person' }] } }}></ct-stats></div>`,
    );
    const el = wrapper.querySelector('ct-stats')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    untrusted(el).data = { kind: 'stats', version: 2 };
    await el.updateComplete;
    const button = part(el, 'retry-button')!;
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
  });
});
