import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/speakers/ct-speakers.js';
import type { CtSpeakers } from '../../src/components/speakers/speakers.js';
import { FeedStore } from '../../src/core/feed/feed-store.js';
import { initials } from '../../src/core/i18n/person-names.js';
import { validateDocument } from '../../src/core/feed/validate.js';
import { expectAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, until } from '../helpers/feeds.js';
import { parts, texts } from '../helpers/dom.js';

const ready = (el: CtSpeakers) => until(() => parts(el, 'person').length > 0, 'people');
const feed = (people: unknown[]) => ({ kind: 'conference', version: 1, speakers: { people } });

describe('<ct-speakers> with the seed feed', () => {
  it('shows the chair from the seed exactly, first, with links to his sessions in the agenda', async () => {
    const el = await fixture<CtSpeakers>(html`<ct-speakers lang="en" src=${SEED_FEED_URL}></ct-speakers>`);
    await ready(el);
    expect(texts(el, 'name')[0]).to.equal('Mr. Vladimir Voronkov');
    expect(texts(el, 'job-title')[0]).to.equal('United Nations Under-Secretary-General for Counter-Terrorism');
    expect(texts(el, 'role')).to.deep.equal(['Chair', 'Moderator', 'Speaker', 'Speaker']);
    expect(texts(el, 'initials')[0]).to.equal('VV');
    expect(parts(el, 'initials')[0]!.getAttribute('aria-hidden')).to.equal('true');
    const first = parts(el, 'person')[0]!.querySelectorAll('a[part="session-link"]');
    expect([...first].map((a) => a.getAttribute('href'))).to.deep.equal(['#session-opening', '#session-closing']);
    expect(first[1]!.textContent!.trim()).to.equal('Closing session: chair’s summary');
    await expectAccessible(el);
  });

  it('points session links at another page with agenda-href', async () => {
    const el = await fixture<CtSpeakers>(html`<ct-speakers lang="en" agenda-href="/agenda" src=${SEED_FEED_URL}></ct-speakers>`);
    await ready(el);
    expect(parts(el, 'session-link')[0]!.getAttribute('href')).to.equal('/agenda#session-opening');
  });

  it('filters by role with pressed buttons, from the keyboard', async () => {
    const el = await fixture<CtSpeakers>(html`<ct-speakers lang="en" src=${SEED_FEED_URL}></ct-speakers>`);
    await ready(el);
    expect(texts(el, 'filter-button')).to.deep.equal(['All', 'Chairs', 'Moderators', 'Speakers']);
    expect(parts(el, 'filters')[0]!.getAttribute('role')).to.equal('group');
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'filter-button')[3]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.filter).to.equal('speaker');
    expect(el.getAttribute('filter')).to.equal('speaker');
    expect(texts(el, 'name')).to.deep.equal(['Mr. David Okafor', 'Ms. Li Na']);
    expect(parts(el, 'filter-button').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false', 'true']);
    el.filter = 'chair';
    await el.updateComplete;
    expect(texts(el, 'name')).to.deep.equal(['Mr. Vladimir Voronkov']);
    await expectAccessible(el);
  });

  it('has a compact list layout', async () => {
    const el = await fixture<CtSpeakers>(html`<ct-speakers lang="en" layout="list" src=${SEED_FEED_URL}></ct-speakers>`);
    await ready(el);
    const [a, b] = parts(el, 'person').map((node) => node.getBoundingClientRect());
    expect(b!.top).to.be.greaterThan(a!.top);
    expect(parts(el, 'initials')[0]!.getBoundingClientRect().width).to.be.below(40);
    await expectAccessible(el);
  });

  it('shows cards side by side in a wide grid and one per row in 320 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 1000px"><ct-speakers lang="en" src=${SEED_FEED_URL}></ct-speakers></div>`,
    );
    const el = wrapper.querySelector('ct-speakers')!;
    await ready(el);
    let [a, b] = parts(el, 'person').map((node) => node.getBoundingClientRect());
    expect(b!.top).to.equal(a!.top);
    wrapper.style.inlineSize = '320px';
    await until(() => {
      [a, b] = parts(el, 'person').map((node) => node.getBoundingClientRect());
      return b!.top > a!.top;
    }, 'one column');
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('is in Arabic, right to left, with Arabic names and role labels marked with the UI language', async () => {
    const el = await fixture<CtSpeakers>(html`<ct-speakers lang="ar" src=${SEED_FEED_URL}></ct-speakers>`);
    await ready(el);
    expect(parts(el, 'base')[0]!.getAttribute('dir')).to.equal('rtl');
    expect(texts(el, 'name')[0]).to.equal('السيد فلاديمير فورونكوف');
    expect(texts(el, 'initials')[0]).to.equal('فف');
    const [first] = parts(el, 'person');
    expect(getComputedStyle(first!).direction).to.equal('rtl');
    await expectAccessible(el);
  });
});

describe('<ct-speakers> feed contract and states', () => {
  it('shows a photo with its description, and refuses a photo without one', async () => {
    const photo = { src: 'https://www.un.org/photo.jpg', alt: 'Portrait of Ms. Example' };
    const el = await fixture<CtSpeakers>(html`<ct-speakers lang="en" .data=${feed([{ name: 'Ms. Example', role: 'speaker', photo }])}></ct-speakers>`);
    const img = parts(el, 'photo')[0] as HTMLImageElement;
    expect(img.getAttribute('alt')).to.equal('Portrait of Ms. Example');
    expect(img.getAttribute('src')).to.equal('https://www.un.org/photo.jpg');
    expect(parts(el, 'initials')).to.have.length(0);
    const noAlt = feed([{ name: 'x', role: 'speaker', photo: { src: 'https://www.un.org/p.jpg' } }]);
    untrusted(el).data = noAlt;
    await el.updateComplete;
    expect(parts(el, 'photo')).to.have.length(0);
    expect(texts(el, 'left-out')[0]).to.equal('1 item not shown because of an error in the feed');
    expect(validateDocument(noAlt).join('\n')).to.contain('$.speakers.people[0].photo.alt');
  });

  it('leaves out people with unknown roles or unsafe photo URLs, which the validator names by path', async () => {
    const keynote = feed([{ name: 'x', role: 'keynote' }]);
    const el = await fixture<CtSpeakers>(html`<ct-speakers lang="en" .data=${keynote}></ct-speakers>`);
    expect(texts(el, 'left-out')[0]).to.equal('1 item not shown because of an error in the feed');
    expect(validateDocument(keynote).join('\n')).to.contain('$.speakers.people[0].role: expected one of "chair", "moderator", "speaker"');
    const unsafe = feed([{ name: 'x', role: 'chair', photo: { src: 'javascript:alert(1)', alt: 'x' } }, { name: 'Kept Person', role: 'chair' }]);
    untrusted(el).data = unsafe;
    await el.updateComplete;
    expect(parts(el, 'photo')).to.have.length(0);
    expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
    expect(el.shadowRoot!.textContent).to.contain('Kept Person');
    expect(validateDocument(unsafe).join('\n')).to.contain('$.speakers.people[0].photo.src');
  });

  it('hides the filters when there is only one role', async () => {
    const el = await fixture<CtSpeakers>(html`<ct-speakers lang="en" .data=${feed([{ name: 'A B', role: 'speaker' }])}></ct-speakers>`);
    expect(parts(el, 'filters')).to.have.length(0);
  });

  it('is busy while loading, alerts on failure, and says when there is no one', async () => {
    const store = new FeedStore({ fetch: () => new Promise<Response>(() => {}) });
    const loading = await fixture<CtSpeakers>(html`<ct-speakers lang="en" .store=${store} src="/never.json"></ct-speakers>`);
    expect(parts(loading, 'base')[0]!.getAttribute('aria-busy')).to.equal('true');
    await expectAccessible(loading);
    const failing = await fixture<CtSpeakers>(html`<ct-speakers lang="en" src="/feeds/missing-speakers.json"></ct-speakers>`);
    await until(() => parts(failing, 'error').length === 1, 'the error state', 15000);
    expect(parts(failing, 'error')[0]!.getAttribute('role')).to.equal('alert');
    await expectAccessible(failing);
    const empty = await fixture<CtSpeakers>(html`<ct-speakers lang="en" .data=${feed([])}></ct-speakers>`);
    expect(texts(empty, 'empty')).to.deep.equal(['No speakers have been announced yet.']);
  });

  it('makes initials without honorifics, in any script', () => {
    expect(initials('Mr. Vladimir Voronkov')).to.equal('VV');
    expect(initials('H.E. Ms. Amina J. Mohammed')).to.equal('AM');
    expect(initials('Mme Li Na')).to.equal('LN');
    expect(initials('Г-н Владимир Воронков')).to.equal('ВВ');
    expect(initials('李娜女士')).to.equal('李');
    expect(initials('Mr.')).to.equal('');
  });
});

describe('<ct-speakers> dark theme', () => {
  for (const lang of ['en', 'ar']) {
    it(`has no axe violations with theme="dark" in ${lang}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="color-scheme: dark; background: #16191d">${html`<ct-speakers theme="dark" lang=${lang} src=${SEED_FEED_URL}></ct-speakers>`}</div>`,
      );
      const el = wrapper.firstElementChild!;
      await until(() => el.shadowRoot!.querySelector(`[part~=${'person'}]`) !== null, 'content');
      await expectAccessible(wrapper);
    });
  }
});
