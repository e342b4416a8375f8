import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/stats/ct-stats.js';
import { CtStats } from '../../src/components/stats/stats.js';
import { setUiLanguage } from '../../src/core/language/localization.js';
import { expectAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, feedUrl, seedFeed, statsFeed, until } from '../helpers/feeds.js';
import { parts, texts } from '../helpers/dom.js';

const ready = (el: CtStats) => until(() => parts(el, 'figure').length > 0, 'figures');

describe('<ct-stats> with the seed feed', () => {
  it('holds about the room of the figures while the feed is on its way (layout shift)', async () => {
    for (const width of [1000, 360]) {
      // One without a source stays in its loading state; one beside it shows the seed feed.
      const box = await fixture<HTMLDivElement>(
        html`<div style="inline-size: ${width}px"><ct-stats lang="en"></ct-stats><ct-stats lang="en" src=${SEED_FEED_URL}></ct-stats></div>`,
      );
      const [waiting, el] = [...box.children] as CtStats[];
      expect(waiting!.shadowRoot!.querySelector('[aria-busy="true"]'), 'loading').to.not.equal(null);
      await until(() => el!.shadowRoot!.querySelector('[part~="figure"]') !== null, 'figures');
      const loading = waiting!.getBoundingClientRect().height;
      const loaded = el!.getBoundingClientRect().height;
      // Seven figures of typical length: within a quarter of the seed's real figures, not 120 px for 616.
      expect(Math.abs(loaded - loading) / loaded, `${width} px: ${loading} → ${loaded}`).to.be.below(0.25);
    }
  });

  it('renders every figure of the seed exactly, in English', async () => {
    const el = await fixture<CtStats>(html`<ct-stats lang="en" src=${SEED_FEED_URL}></ct-stats>`);
    await ready(el);
    expect(texts(el, 'value')).to.deep.equal(['More than 1,000', '160', '23', '23', '135', '40', 'Over 95']);
    expect(parts(el, 'value').map((node) => node.getAttribute('value'))).to.deep.equal([
      '1000', '160', '23', '23', '135', '40', '95',
    ]);
    expect(texts(el, 'label')).to.deep.equal([
      'participants attended the conference in person',
      'Member States',
      'regional and international organizations',
      'United Nations entities',
      'institutions from academia, civil society and private sector',
      'thematic side events during CT Week',
      'stakeholders co-organized the side events',
    ]);
    expect(texts(el, 'title')).to.deep.equal(['CT Week 2023 in figures']);
    expect(parts(el, 'value')[0]!.localName).to.equal('data');
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2023-06-20');
    expect(time.textContent).to.equal('20 June 2023');
    await expectAccessible(el);
  });

  it('renders the seed in Arabic, right to left, with numbers as Intl writes them for ar', async () => {
    const el = await fixture<CtStats>(html`<ct-stats lang="ar" src=${SEED_FEED_URL}></ct-stats>`);
    await ready(el);
    const base = parts(el, 'base')[0]!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(parts(el, 'figure')[0]!).direction).to.equal('rtl');
    expect(texts(el, 'value')).to.deep.equal([
      'أكثر من 1,000', '160', '23', '23', '135', '40', 'ما يزيد على 95',
    ]);
    expect(texts(el, 'label')[1]).to.equal('دولة عضوًا');
    expect(texts(el, 'title')[0]).to.equal('أسبوع مكافحة الإرهاب لعام 2023 بالأرقام');
    await expectAccessible(el);
  });

  it('takes its language from the nearest ancestor, and follows changes at run time', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr"><ct-stats src=${SEED_FEED_URL}></ct-stats></div>`,
    );
    const el = wrapper.querySelector('ct-stats')!;
    await ready(el);
    expect(texts(el, 'value')[0]).to.equal('Plus de 1\u202f000');
    wrapper.setAttribute('lang', 'ru');
    await until(() => texts(el, 'value')[0] === 'Более 1\u00a0000', 'Russian figures');
    expect(parts(el, 'base')[0]!.getAttribute('lang')).to.equal('ru');
  });

  it('falls back to English text, marked with its language, for a language the feed lacks', async () => {
    const el = await fixture<CtStats>(html`<ct-stats lang="de" src=${SEED_FEED_URL}></ct-stats>`);
    await ready(el);
    const label = parts(el, 'label')[1]!.querySelector('span')!;
    expect(label.getAttribute('lang')).to.equal('en');
    expect(label.textContent).to.equal('Member States');
    expect(texts(el, 'value')[0]).to.equal('More than 1.000');
  });

  it('writes compact numbers when asked', async () => {
    const el = await fixture<CtStats>(html`<ct-stats lang="en" notation="compact" src=${SEED_FEED_URL}></ct-stats>`);
    await ready(el);
    expect(texts(el, 'value')[0]).to.equal('More than 1K');
  });

  it('reflows from one column in a 320 px column to several in a wide band', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px"><ct-stats lang="en" src=${SEED_FEED_URL}></ct-stats></div>`,
    );
    const el = wrapper.querySelector('ct-stats')!;
    await ready(el);
    const columns = () => getComputedStyle(parts(el, 'list')[0]!).gridTemplateColumns.split(' ').length;
    expect(columns()).to.equal(1);
    expect(el.scrollWidth).to.be.at.most(320);
    wrapper.style.inlineSize = '1200px';
    await until(() => columns() >= 4, 'four or more columns');
  });

  it('shows UI strings in the page language set at run time', async () => {
    try {
      await setUiLanguage('fr');
      const el = await fixture<CtStats>(html`<ct-stats lang="en" .data=${statsFeed([])}></ct-stats>`);
      expect(texts(el, 'empty')[0]).to.equal('Aucun chiffre n’a encore été publié.');
      await setUiLanguage('ar');
      await el.updateComplete;
      expect(texts(el, 'empty')[0]).to.equal('لم تُنشر أي أرقام بعد.');
      expect(parts(el, 'empty')[0]!.getAttribute('dir')).to.equal('rtl');
      await expectAccessible(el);
    } finally {
      await setUiLanguage('en');
    }
  });
});

describe('<ct-stats> count-up', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('counts up for the eye while screen readers get the final value once', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await fixture<CtStats>(html`<ct-stats lang="en" count-up src=${SEED_FEED_URL}></ct-stats>`);
    await ready(el);
    const value = () => parts(el, 'value')[0]!;
    await until(() => value().querySelector('[aria-hidden="true"]') !== null, 'animation to start');
    expect(value().querySelector('.visually-hidden')!.textContent).to.equal('More than 1,000');
    await until(() => value().querySelector('[aria-hidden]') === null, 'animation to end', 4000);
    expect(value().textContent!.trim()).to.equal('More than 1,000');
  });

  it('does not animate under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<CtStats>(html`<ct-stats lang="en" count-up src=${SEED_FEED_URL}></ct-stats>`);
    await ready(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(parts(el, 'value')[0]!.querySelector('[aria-hidden]')).to.equal(null);
    expect(texts(el, 'value')[0]).to.equal('More than 1,000');
  });
});

describe('<ct-stats> data paths', () => {
  it('drops a document still being adapted when the source changes meanwhile', async () => {
    // An adapter that finishes only when told, like the agenda's iCalendar parser loading on demand.
    let finish: (() => void) | undefined;
    class SlowStats extends CtStats {
      adaptFeed(json: unknown): Promise<unknown> {
        return new Promise((resolve) => (finish = () => resolve(json)));
      }
    }
    SlowStats.define('slow-stats');
    const el = await fixture<SlowStats>(html`<slow-stats lang="en" src=${feedUrl({ body: statsFeed([{ value: 1, label: 'old' }]) })}></slow-stats>`);
    await until(() => finish !== undefined, 'the first document in the adapter');
    const firstDocument = finish!;
    finish = undefined;
    el.src = feedUrl({ body: statsFeed([{ value: 2, label: 'new' }]), delayMs: 1000 });
    await el.updateComplete;
    firstDocument();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(texts(el, 'label')).to.deep.equal([]); // not the old source's figure
    await until(() => finish !== undefined, 'the second document in the adapter', 5000);
    finish!();
    await until(() => texts(el, 'label').length === 1, 'the new figure');
    expect(texts(el, 'label')).to.deep.equal(['new']);
  });

  it('fires ct-load with the feed URL when valid data is shown, and ct-error (not ct-load) for a wrong feed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const loads: (string | undefined)[] = [];
    wrapper.addEventListener('ct-load', (event) => loads.push((event as CustomEvent<{ url: string | undefined }>).detail.url));
    const loaded = oneEvent(wrapper, 'ct-load');
    wrapper.innerHTML = `<ct-stats lang="en" src="${SEED_FEED_URL}"></ct-stats>`;
    await loaded;
    expect(loads).to.deep.equal([new URL(SEED_FEED_URL, location.href).href]);
    const el = wrapper.querySelector<CtStats>('ct-stats')!;
    const failed = oneEvent(el, 'ct-error');
    // A document of another version is wrong as a whole (a faulty figure alone would be left out).
    untrusted(el).data = { kind: 'stats', version: 2, stats: { figures: [{ value: 1, label: 'x' }] } };
    await failed;
    await el.updateComplete;
    expect(loads).to.have.length(1);
    untrusted(el).data = statsFeed([{ value: 2, label: 'two' }]);
    await el.updateComplete;
    expect(loads).to.deep.equal([new URL(SEED_FEED_URL, location.href).href, undefined]);
  });

  it('reads inline JSON from a child script', async () => {
    const feed = JSON.stringify(statsFeed([{ value: 7, label: { en: 'seven' } }]));
    const el = await fixture<CtStats>(
      html`<ct-stats lang="en"><script type="application/json">${feed}</script></ct-stats>`,
    );
    expect(texts(el, 'label')).to.deep.equal(['seven']);
  });

  it('validates inline JSON like a fetched feed', async () => {
    const feed = JSON.stringify({ kind: 'stats', version: 2, stats: { figures: [] } });
    const el = await fixture<CtStats>(
      html`<ct-stats lang="en"><script type="application/json">${feed}</script></ct-stats>`,
    );
    await until(() => parts(el, 'error').length > 0, 'the error state');
    expect(parts(el, 'error')[0]!.textContent).to.contain('Where in the feed: $.version').and.contain('expected 1');
  });

  it('leaves out a faulty inline figure and shows the others with a note', async () => {
    const feed = JSON.stringify(statsFeed([{ value: 'seven', label: 'seven' }, { value: 8, label: 'eight' }]));
    const el = await fixture<CtStats>(
      html`<ct-stats lang="en"><script type="application/json">${feed}</script></ct-stats>`,
    );
    await ready(el);
    expect(texts(el, 'label')).to.deep.equal(['eight']);
    expect(texts(el, 'left-out')).to.deep.equal(['1 item not shown because of an error in the feed']);
    expect(parts(el, 'error')).to.have.length(0);
  });

  it('reports inline text that is not JSON', async () => {
    const el = await fixture<CtStats>(
      html`<ct-stats lang="en"><script type="application/json">{"kind": </script></ct-stats>`,
    );
    expect(parts(el, 'error')[0]!.getAttribute('role')).to.equal('alert');
    expect(parts(el, 'error')[0]!.textContent).to.contain('The feed is not valid JSON.');
  });

  it('accepts and validates the .data property', async () => {
    const el = await fixture<CtStats>(html`<ct-stats lang="en" .data=${statsFeed([{ value: 3, label: 'three' }])}></ct-stats>`);
    expect(texts(el, 'value')).to.deep.equal(['3']);
    const failed = oneEvent(el, 'ct-error');
    untrusted(el).data = { kind: 'stats', version: 2, stats: { figures: [] } };
    const event = await failed;
    expect(event.detail.path).to.equal('$.version');
    expect(event.detail.reason).to.equal('invalid');
    // The last good data stays on screen beside the error.
    await el.updateComplete;
    expect(texts(el, 'value')).to.deep.equal(['3']);
  });

  it('shows new data in its own order when figures are reordered, added and dropped', async () => {
    const el = await fixture<CtStats>(
      html`<ct-stats lang="en" .data=${statsFeed([
        { id: 'a', value: 1, label: 'first', source: 'Source A', sourceUrl: 'https://a.example/' },
        { id: 'b', value: 2, label: 'second' },
        { id: 'c', value: 3, label: 'third' },
      ])}></ct-stats>`,
    );
    expect(texts(el, 'label')).to.deep.equal(['first', 'second', 'third']);
    untrusted(el).data = statsFeed([
      { id: 'c', value: 3, label: 'third' },
      { id: 'd', value: 4, label: 'fourth', source: 'Source D' },
      { id: 'a', value: 1, label: 'first', source: 'Source A', sourceUrl: 'https://a.example/' },
    ]);
    await el.updateComplete;
    expect(texts(el, 'label')).to.deep.equal(['third', 'fourth', 'first']);
    expect(texts(el, 'value')).to.deep.equal(['3', '4', '1']);
    // Each source stays with its own figure, its link too.
    const sources = parts(el, 'figure').map((figure) => figure.querySelector('[part~="source"]')?.textContent?.trim() ?? null);
    expect(sources).to.deep.equal([null, 'Source D', 'Source A']);
    const links = parts(el, 'figure').map((figure) => figure.querySelector('a')?.getAttribute('href') ?? null);
    expect(links).to.deep.equal([null, null, 'https://a.example/']);
  });

  it('takes the seed as .data too', async () => {
    const el = await fixture<CtStats>(html`<ct-stats lang="en" .data=${await seedFeed()}></ct-stats>`);
    expect(parts(el, 'figure')).to.have.length(7);
  });

  it('is empty, not broken, when the feed has no figures', async () => {
    const el = await fixture<CtStats>(html`<ct-stats lang="en" .data=${statsFeed([])}></ct-stats>`);
    expect(texts(el, 'empty')).to.deep.equal(['No figures have been published yet.']);
    await expectAccessible(el);
  });

  it('lets a page replace the empty state through a slot', async () => {
    const el = await fixture<CtStats>(
      html`<ct-stats lang="en" .data=${statsFeed([])}><p slot="empty">Figures follow after the event.</p></ct-stats>`,
    );
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Figures follow after the event.');
  });

  it('never links a source to a scheme other than http(s) or mailto, even from .data', async () => {
    const el = await fixture<CtStats>(html`<ct-stats lang="en"></ct-stats>`);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      untrusted(el).data = statsFeed([
        { value: 1, label: 'x', source: 'src', sourceUrl: 'javascript:alert(1)' },
        { value: 2, label: 'y', source: 'src', sourceUrl: 'https://example.org/' },
      ]);
      await until(() => parts(el, 'left-out').length === 1, 'the note on the figure left out');
    } finally {
      console.warn = warn;
    }
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/']);
    expect(texts(el, 'label')).to.deep.equal(['y']);
    expect(warnings.join('\n')).to.contain('$.stats.figures[0].sourceUrl: expected an https:, http: or mailto: URL');
  });
});
