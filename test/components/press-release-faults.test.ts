import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/press-release/ct-press-release.js';
import '../../src/components/stats/ct-stats.js';
import type { CtPressRelease } from '../../src/components/press-release/press-release.js';
import { FeedStore } from '../../src/core/feed/feed-store.js';
import { validateDocument } from '../../src/core/feed/validate.js';
import { expectAccessible } from '../helpers/a11y.js';
import { feedUrl, seedFeed, uniqueId, until } from '../helpers/feeds.js';
import { part, squash } from '../helpers/dom.js';


const small = {
  id: 'hlc',
  lang: 'en',
  office: 'United Nations Office of Counter-Terrorism (UNOCT)',
  headline: 'Third High-Level Conference of Heads of Counter-Terrorism Agencies concludes with calls for reinvigorating multilateralism',
  dateline: { place: 'New York', date: '2023-06-20' },
  lead: 'The Third High-Level Conference of Heads of Counter-Terrorism Agencies of Member States … concluded today in New York.',
  body: [],
};

describe('<ct-press-release> feed faults', () => {
  it('shows a 404 as an alert with retry', async () => {
    const el = document.createElement('ct-press-release');
    el.lang = 'en';
    el.store = new FeedStore({ retryDelayMs: 20 });
    el.src = feedUrl({ status: 404 });
    const failed = oneEvent(el, 'ct-error');
    await fixture(el);
    expect((await failed).detail).to.include({ status: 404, reason: 'http' });
    await el.updateComplete;
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(squash(part(el, 'error')!.textContent)).to.contain('The feed server answered with an error.');
    expect(squash(part(el, 'error')!.textContent)).to.contain('HTTP status: 404');
    await expectAccessible(el);
  });

  it('leaves a release with an invalid field out, says so, and a sibling section still shows', async () => {
    const seed = await seedFeed();
    const release = { ...small, id: 'bad', dateline: { place: 'New York', date: '20 June 2023' } };
    // Small enough for a URL: the seed's figures beside one broken release and a good one.
    const feed = { kind: 'conference', version: 1, stats: seed['stats'], pressReleases: { releases: [release, small] } };
    const src = feedUrl({ body: feed });
    const wrapper = await fixture<HTMLElement>(html`<div>
      <ct-press-release lang="en" src=${src}></ct-press-release><ct-stats lang="en" src=${src}></ct-stats>
    </div>`);
    const el = wrapper.querySelector('ct-press-release')!;
    const stats = wrapper.querySelector('ct-stats')!;
    await until(() => part(el, 'headline') !== null, 'the good release');
    expect(squash(part(el, 'headline')!.textContent)).to.equal(small.headline);
    expect(squash(part(el, 'left-out')!.textContent)).to.equal('1 item not shown because of an error in the feed');
    expect(part(el, 'error')).to.equal(null);
    await until(() => stats.shadowRoot!.querySelectorAll('[part~="figure"]').length === 7, 'the sibling figures');
    expect(part(stats, 'left-out')).to.equal(null);
    // The validator of the CLI stays strict: the fault is reported with its path.
    expect(validateDocument(feed)).to.include('$.pressReleases.releases[0].dateline.date: expected a date as YYYY-MM-DD, got "20 June 2023"');
    await expectAccessible(el);
  });

  it('leaves out a release with an unknown block type or a javascript: link, naming their paths in the console', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await fixture<CtPressRelease>(html`<ct-press-release lang="en"></ct-press-release>`);
      const base = { id: 'a', lang: 'en', office: 'o', headline: 'h', dateline: { place: 'p', date: '2024-01-01' }, lead: 'l' };
      untrusted(el).data = { kind: 'conference', version: 1, pressReleases: { releases: [{ ...base, body: [{ type: 'video', src: 'x' }] }] } };
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(part(el, 'headline')).to.equal(null);
      expect(squash(part(el, 'left-out')!.textContent)).to.equal('1 item not shown because of an error in the feed');
      el.data = { kind: 'conference', version: 1, pressReleases: { releases: [{ ...base, body: [], languageVersions: [{ lang: 'fr', href: 'javascript:alert(1)' }] }] } };
      await el.updateComplete;
      const console = warnings.join('\n');
      expect(console).to.contain('$.pressReleases.releases[0].body[0].type: expected "type" to be one of');
      expect(console).to.contain('$.pressReleases.releases[0].languageVersions[0].href: expected an https:, http: or mailto: URL');
      expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the last good release when a refresh fails', async () => {
    const id = uniqueId();
    const feed = { kind: 'conference', version: 1, pressReleases: { releases: [small] } };
    const el = await fixture<CtPressRelease>(
      html`<ct-press-release lang="en" json-ld refresh="0.2" .store=${new FeedStore({ retryDelayMs: 10, minRefreshSeconds: 0.1 })} src=${feedUrl({ id, okTimes: 1, body: feed })}></ct-press-release>`,
    );
    await until(() => part(el, 'headline') !== null, 'the release');
    await until(() => part(el, 'error') !== null, 'the failed refresh', 10_000);
    expect(squash(part(el, 'error')!.textContent)).to.contain('Showing the last data received.');
    expect(squash(part(el, 'headline')!.textContent)).to.equal('Third High-Level Conference of Heads of Counter-Terrorism Agencies concludes with calls for reinvigorating multilateralism');
    expect(el.querySelector('script[type="application/ld+json"]')).to.not.equal(null);
    await expectAccessible(el);
  });
});
