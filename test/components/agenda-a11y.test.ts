import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/agenda/ct-agenda.js';
import type { CtAgenda } from '../../src/components/agenda/agenda.js';
import { UN_LANGUAGES, setUiLanguage, uiLanguageReady } from '../../src/core/language/localization.js';
import '../../src/components/press-releases/ct-press-releases.js';
import { contrastRatio, expectAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, feedUrl, seedFeed, uniqueId, until } from '../helpers/feeds.js';
import { one } from '../helpers/dom.js';


/** The agenda with as much on screen as possible: room grid, live markers, a detail open, a favourite. */
async function busyAgenda(lang: string, extra = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1100px"></div>`);
  wrapper.innerHTML = `<ct-agenda lang="${lang}" src="${SEED_FEED_URL}" no-url-state storage-key="${uniqueId()}" layout="grid" now="2023-06-20T11:45:00-04:00" ${extra}></ct-agenda>`;
  const el = wrapper.querySelector<CtAgenda>('ct-agenda')!;
  await until(() => one(el, '#session-prosecution') !== null, 'sessions');
  one(el, '#session-prosecution [data-action="toggle-details"]')!.click();
  one(el, '#session-gender [part~="favourite-button"]')!.click();
  await el.updateComplete;
  return el;
}

describe('<ct-agenda> accessibility in every UN language and state', function () {
  this.timeout(60_000);
  before(() => uiLanguageReady);
  after(() => setUiLanguage('en'));

  for (const lang of UN_LANGUAGES) {
    it(`has no axe violations in ${lang}: grid, live markers, details open, a favourite`, async () => {
      await setUiLanguage(lang);
      const el = await busyAgenda(lang);
      expect(one(el, '[part~="base"]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(one(el, '.session.now [part~="now-marker"]')).to.not.equal(null);
      expect(one(el, '#session-prosecution [part~="details"]')!.hidden).to.equal(false);
      // The UI speaks the language: "Details" is translated everywhere but in English.
      const button = one(el, '#session-gender [data-action="toggle-details"]')!.textContent!.trim();
      expect(button === 'Details').to.equal(lang === 'en');
      await expectAccessible(el);
    });
  }

  it('has no axe violations while loading, in the dark theme on a light page, and as "my agenda" in a narrow column', async () => {
    await setUiLanguage('en');
    const loading = await fixture<CtAgenda>(
      html`<ct-agenda lang="en" no-url-state src=${feedUrl({ body: await seedFeed(), delayMs: 4000 })}></ct-agenda>`,
    );
    expect(one(loading, '[part~="loading"]')).to.not.equal(null);
    await expectAccessible(loading);

    const dark = await busyAgenda('en', 'theme="dark"');
    // Dark for real on this light page: its own dark surface, light text (not the page's white behind it).
    expect([getComputedStyle(dark).backgroundColor, getComputedStyle(dark).color]).to.deep.equal(['rgb(22, 25, 29)', 'rgb(241, 241, 241)']);
    await expectAccessible(dark);

    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
    wrapper.innerHTML = `<ct-agenda lang="ar" src="${SEED_FEED_URL}" no-url-state storage-key="${uniqueId()}"></ct-agenda>`;
    const narrow = wrapper.querySelector<CtAgenda>('ct-agenda')!;
    await until(() => one(narrow, '#session-gender') !== null, 'sessions');
    one(narrow, '#session-gender [part~="favourite-button"]')!.click();
    await narrow.updateComplete;
    one(narrow, '[part~="mine-toggle"]')!.click();
    await narrow.updateComplete;
    expect(narrow.shadowRoot!.querySelectorAll('.session:not([hidden])')).to.have.length(1);
    expect(narrow.scrollWidth).to.be.at.most(320);
    await expectAccessible(narrow);
  });

  it('draws menu and search field edges at 3:1 or more against the surface, light and dark (WCAG 1.4.11)', async () => {
    await setUiLanguage('en');
    for (const theme of ['light', 'dark']) {
      const agenda = await busyAgenda('en', `theme="${theme}"`);
      // Two years of releases, so the list offers its year menu.
      const release = (id: string, date: string) => ({ id, lang: 'en', office: 'UNOCT', headline: id, dateline: { place: 'New York', date }, lead: 'Lead.', body: [] });
      const twoYears = { kind: 'conference', version: 1, pressReleases: { releases: [release('a', '2022-06-01'), release('b', '2023-06-20')] } };
      const releases = await fixture<HTMLElement>(html`<ct-press-releases lang="en" theme=${theme} .data=${twoYears}></ct-press-releases>`);
      await until(() => releases.shadowRoot!.querySelector('select') !== null, 'year menu');
      const controls = [...agenda.shadowRoot!.querySelectorAll('select, input[type="search"]'), releases.shadowRoot!.querySelector('select')!];
      expect(controls.length).to.be.at.least(5);
      for (const control of controls) {
        const style = getComputedStyle(control);
        const surface = getComputedStyle(control.getRootNode() instanceof ShadowRoot ? (control.getRootNode() as ShadowRoot).host : control).backgroundColor;
        expect(contrastRatio(style.borderTopColor, surface), `${theme} ${control.localName}`).to.be.at.least(3);
      }
    }
  });
});

describe('<ct-agenda> heading outline', () => {
  /** aria-level of the title, the first day and the first session, for a `heading-level` attribute. */
  async function levels(headingLevel: string | undefined) {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const attribute = headingLevel === undefined ? '' : `heading-level="${headingLevel}"`;
    wrapper.innerHTML = `<ct-agenda lang="en" src="${SEED_FEED_URL}" no-url-state storage-key="${uniqueId()}" ${attribute}></ct-agenda>`;
    const el = wrapper.querySelector<CtAgenda>('ct-agenda')!;
    await until(() => one(el, '.session') !== null, 'sessions');
    const level = (selector: string) => one(el, selector)?.getAttribute('aria-level');
    return [level('[part~="title"]'), level('.day-title'), level('.session [role="heading"]')];
  }

  it('puts days one level and sessions two levels below the title, within 1–6 (ARIA heading levels)', async () => {
    // The seed programme has a title. Default 2: days 3, sessions 4.
    expect(await levels(undefined)).to.deep.equal(['2', '3', '4']);
    expect(await levels('4')).to.deep.equal(['4', '5', '6']);
    // Level 5: sessions would be 7, which ARIA does not have; they stay at 6, like the days below.
    expect(await levels('5')).to.deep.equal(['5', '6', '6']);
    // Not a number: the default.
    expect(await levels('x')).to.deep.equal(['2', '3', '4']);
  });
});
