import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/press-releases/ct-press-releases.js';
import type { CtPressReleases } from '../../src/components/press-releases/press-releases.js';
import { expectAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, until } from '../helpers/feeds.js';
import { parts, squash } from '../helpers/dom.js';

const items = (el: Element) => parts(el, 'item');

function feed(count: number) {
  const releases = Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    lang: 'en',
    symbol: `X/${i}`,
    office: 'Office',
    headline: `Release ${i}`,
    dateline: { place: 'Geneva', date: `${2020 + (i % 3)}-01-${String(i + 1).padStart(2, '0')}` },
    lead: `Lead ${i}.`,
    body: [],
    ...(i % 2 ? { url: `https://example.org/${i}` } : {}),
  }));
  return { kind: 'conference', version: 1, pressReleases: { releases } };
}

describe('<ct-press-releases>', () => {
  it('lists the seed feed newest first, one language version per release', async () => {
    const el = await fixture<CtPressReleases>(html`<ct-press-releases lang="en" src=${SEED_FEED_URL}></ct-press-releases>`);
    await until(() => items(el).length > 0, 'the list');
    expect(items(el).map((item) => item.dataset['release'])).to.deep.equal(['gcts-8th-review-2023-06-22', 'hlc-2023-06-20']);
    expect(squash(items(el)[1]!.querySelector('time')!.textContent)).to.equal('20 June 2023');
    await expectAccessible(el);
    el.lang = 'fr';
    await el.updateComplete;
    expect(items(el).map((item) => item.dataset['release'])).to.deep.equal(['gcts-8th-review-2023-06-22-fr', 'hlc-2023-06-20-fr']);
  });

  it('opens a release without a page in place, with aria-expanded', async () => {
    const el = await fixture<CtPressReleases>(html`<ct-press-releases lang="en" src=${SEED_FEED_URL}></ct-press-releases>`);
    await until(() => items(el).length > 0, 'the list');
    const toggle = items(el)[1]!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    const full = items(el)[1]!.querySelector('ct-press-release')!;
    await until(() => full.shadowRoot?.querySelector('[part~="key-points"]') != null, 'the full release');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(full.querySelector('script')).to.equal(null); // no second JSON-LD
    await expectAccessible(el);
  });

  it('pages with "Show more", moving focus to the first new release, and filters by year', async () => {
    const el = await fixture<CtPressReleases>(html`<ct-press-releases lang="en" page-size="4" .data=${feed(9)}></ct-press-releases>`);
    expect(items(el)).to.have.length(4);
    const dates = items(el).map((item) => item.querySelector('time')!.getAttribute('datetime')!);
    expect([...dates].sort().reverse()).to.deep.equal(dates);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]')!;
    expect(squash(more.textContent)).to.equal('Show more (5 more releases)');
    more.click();
    await until(() => items(el).length === 8, 'the next page');
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[4]);
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = '2021';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(items(el).map((item) => item.querySelector('time')!.getAttribute('datetime')!.slice(0, 4))).to.deep.equal(['2021', '2021', '2021']);
    expect(items(el)[0]!.querySelector('[part~="headline"] a')!.getAttribute('href')).to.match(/^https:\/\/example.org\//);
    await expectAccessible(el);
  });

  it('is accessible in Arabic and when empty', async () => {
    const ar = await fixture<CtPressReleases>(html`<ct-press-releases lang="ar" src=${SEED_FEED_URL}></ct-press-releases>`);
    await until(() => items(ar).length > 0, 'the list');
    expect(ar.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    await expectAccessible(ar);
    const empty = await fixture<CtPressReleases>(html`<ct-press-releases lang="en" .data=${feed(0)}></ct-press-releases>`);
    expect(squash(empty.shadowRoot!.querySelector('[part~="empty"]')!.textContent)).to.equal('No press releases have been published yet.');
    await expectAccessible(empty);
  });
});
