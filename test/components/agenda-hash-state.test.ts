import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/agenda/ct-agenda.js';
import type { CtAgenda } from '../../src/components/agenda/agenda.js';
import { generateAgendaFeed } from '../fixtures/generate-agenda.js';
import { expectAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, feedUrl, seedFeed, uniqueId, until } from '../helpers/feeds.js';
import { all, one } from '../helpers/dom.js';

/**
 * A URL hash is a link someone else wrote, maybe long ago: whatever it names that the programme does not
 * have is left out (with one console warning) and the rest applies; the list is never empty for a reason
 * "Clear filters" cannot remove.
 */
const summary = (el: Element) => one(el, '[part~="summary"]')!.textContent!.trim();
const selectedTab = (el: Element) => one(el, '[role="tab"][aria-selected="true"]')?.textContent!.trim();
const tabs = (el: Element) => all(el, '[role="tab"]').map((tab) => tab.textContent!.trim());
const menuValue = (el: Element, label: string) =>
  all(el, '.filters label').find((node) => node.querySelector('span')!.textContent === label)!.querySelector('select')!.value;

/** The agenda's warnings about the URL while `run` runs. */
async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings.filter((text) => text.includes('<ct-agenda>'));
}

async function agendaAt(hash: string, src: string, attributes = ''): Promise<CtAgenda> {
  history.replaceState(null, '', hash);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  wrapper.innerHTML = `<ct-agenda src="${src}" storage-key="${uniqueId('fav')}" ${attributes}></ct-agenda>`;
  const el = wrapper.querySelector('ct-agenda')!;
  await until(() => one(el, '[part~="summary"]') !== null, 'the programme');
  return el;
}

describe('<ct-agenda> URL hash that names nothing in the programme', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('shows every day for a stale #day=, and "Clear filters" gets back to sessions', async () => {
    let el!: CtAgenda;
    const warnings = await warningsDuring(async () => {
      el = await agendaAt('#day=2019-01-01', SEED_FEED_URL);
    });
    expect(summary(el)).to.equal('20 of 20 sessions');
    expect(selectedTab(el)).to.equal('All days');
    expect(one(el, '#sessions')!.getAttribute('aria-labelledby')).to.equal('tab-all');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('day="2019-01-01"');

    // A stale day with a search that finds nothing: the list is empty because of the search only.
    const other = await agendaAt('#day=2019-01-01&q=zzzz-nothing', SEED_FEED_URL);
    expect(summary(other)).to.equal('0 of 20 sessions');
    one(other, '[part~="no-results"] button')!.click();
    await other.updateComplete;
    expect(summary(other)).to.equal('20 of 20 sessions');
    expect(location.hash).to.equal(''); // the stale day is not written back
    await expectAccessible(other);
  });

  it('ignores an unknown room, track, type and organizer, and applies the known ones', async () => {
    const feed = (await seedFeed()) as { agenda: { sessions: { track?: string }[] } };
    const inGeneralAssembly = feed.agenda.sessions.filter((session) => session.track === 'general-assembly').length;
    let el!: CtAgenda;
    const warnings = await warningsDuring(async () => {
      el = await agendaAt('#room=nowhere&track=general-assembly&type=picnic&organizer=Nobody', SEED_FEED_URL);
    });
    expect(summary(el)).to.equal(`${inGeneralAssembly} of 20 sessions`);
    expect(menuValue(el, 'Room')).to.equal('');
    expect(menuValue(el, 'Type')).to.equal('');
    expect(menuValue(el, 'Organizer')).to.equal('');
    expect(menuValue(el, 'Track')).to.equal('general-assembly');
    expect(warnings).to.have.length(1);
    for (const part of ['room="nowhere"', 'type="picnic"', 'organizer="Nobody"']) expect(warnings[0]).to.contain(part);
    expect(warnings[0]).to.not.contain('track=');

    one(el, '[part~="clear-filters"]')!.click();
    await el.updateComplete;
    expect(summary(el)).to.equal('20 of 20 sessions');
    expect(location.hash).to.equal('');
  });

  it('shows every day when #day= names a day of the event zone that "My time" does not have', async () => {
    // 10 p.m. in New York is 11 a.m. the next day in Tokyo: in Tokyo time the days are 20 and 21 June.
    const body = {
      kind: 'agenda',
      version: 1,
      agenda: {
        timeZone: 'America/New_York',
        sessions: [
          { id: 'a', title: 'A', start: '2023-06-19T22:00:00-04:00', end: '2023-06-19T23:00:00-04:00' },
          { id: 'b', title: 'B', start: '2023-06-20T22:00:00-04:00', end: '2023-06-20T23:00:00-04:00' },
        ],
      },
    };
    const src = feedUrl({ body });
    const el = await agendaAt('#day=2023-06-19&tz=viewer', src, 'viewer-time-zone="Asia/Tokyo"');
    expect(tabs(el)).to.deep.equal(['All days', 'Tue 20 Jun', 'Wed 21 Jun']);
    expect(selectedTab(el)).to.equal('All days');
    expect(summary(el)).to.equal('2 of 2 sessions');

    // The same from the event's own time: 19 June chosen, then "My time".
    const other = await agendaAt('#day=2023-06-19', src, 'viewer-time-zone="Asia/Tokyo"');
    expect(summary(other)).to.equal('1 of 2 sessions');
    const myTime = all(other, '.segmented button').find((button) => button.textContent!.includes('My time'))!;
    const warnings = await warningsDuring(async () => {
      myTime.click();
      await other.updateComplete;
    });
    expect(summary(other)).to.equal('2 of 2 sessions');
    expect(selectedTab(other)).to.equal('All days');
    expect(warnings).to.have.length(1);
    // Back in event time nothing stale comes back: every day still.
    all(other, '.segmented button').find((button) => button.textContent!.includes('Event time'))!.click();
    await other.updateComplete;
    expect(summary(other)).to.equal('2 of 2 sessions');
  });

  it('shows every week for a week the programme does not have, or no week at all', async () => {
    for (const week of ['2030-01-07', '2023-02-30', '0000-01-01', '9999-99-99', 'x', '<img src=x onerror=alert(1)>']) {
      history.replaceState(null, '', `#week=${encodeURIComponent(week)}`);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const el = document.createElement('ct-agenda') as CtAgenda;
      el.storageKey = uniqueId('fav');
      untrusted(el).data = generateAgendaFeed(30, { days: 30 });
      const warnings = await warningsDuring(async () => {
        wrapper.append(el);
        await until(() => one(el, '[part~="summary"]') !== null, 'the programme');
      });
      expect(summary(el), week).to.equal('30 of 30 sessions');
      expect((one(el, '[part~="weeks"] select') as HTMLSelectElement).value, week).to.equal('');
      expect(warnings, week).to.have.length(1);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    }
  });

  it('clears "my agenda" from a link when the personal agenda is empty', async () => {
    const el = await agendaAt('#mine=1', SEED_FEED_URL);
    expect(summary(el)).to.equal('0 of 20 sessions');
    one(el, '[part~="no-results"] button')!.click();
    await el.updateComplete;
    expect(summary(el)).to.equal('20 of 20 sessions');
  });
});

describe('<ct-agenda> URL fragment that is not the agenda\'s', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));
  afterEach(() => history.replaceState(null, '', location.pathname));

  /** Sets the fragment as a click on an in-page link would, and waits for the agenda to have seen it. */
  async function followFragment(el: CtAgenda, hash: string) {
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = hash;
    await changed;
    await el.updateComplete;
  }

  it('keeps the filters when a skip link goes to #main, and applies the next filter link', async () => {
    const el = await agendaAt('#q=zzzz-nothing', SEED_FEED_URL);
    expect(summary(el)).to.equal('0 of 20 sessions');
    // A skip link's target names no filter: read as filters, it would clear the search (20 of 20).
    await followFragment(el, '#main');
    expect(summary(el)).to.equal('0 of 20 sessions');
    expect((one(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('zzzz-nothing');
    // The listener is there: a filter link that follows is applied (an empty search shows every session).
    await followFragment(el, '#q=');
    expect(summary(el)).to.equal('20 of 20 sessions');
  });
});

describe('<ct-agenda> URL hash and the reflected properties', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));
  afterEach(() => history.replaceState(null, '', location.pathname));

  const isGrid = (el: Element) => one(el, '#sessions')!.classList.contains('grid');

  it('opens the grid for #layout=grid and for an old link’s #view=grid, and the hash’s filters land in the properties', async () => {
    const el = await agendaAt('#layout=grid&track=side-events&q=victims', SEED_FEED_URL);
    expect([isGrid(el), el.layout, el.getAttribute('track'), el.search]).to.deep.equal([true, 'grid', 'side-events', 'victims']);
    const old = await agendaAt('#view=grid', SEED_FEED_URL);
    expect([isGrid(old), old.getAttribute('layout')]).to.deep.equal([true, 'grid']);
  });

  it('fires no ct-filter-change when the hash changes: the page’s link did it, not the reader in the agenda', async () => {
    const el = await agendaAt('', SEED_FEED_URL);
    let heard = 0;
    el.addEventListener('ct-filter-change', () => (heard += 1));
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#track=side-events';
    await changed;
    await el.updateComplete;
    expect([el.track, heard]).to.deep.equal(['side-events', 0]);
  });

  it('writes the reader’s layout to the hash as layout=grid', async () => {
    const el = await agendaAt('', SEED_FEED_URL);
    all(el, 'button').find((button) => button.textContent!.trim() === 'Grid')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#layout=grid');
  });

  it('keeps the page’s attributes when the URL has no hash, and opens the sessions `expanded` names', async () => {
    const el = await agendaAt('', SEED_FEED_URL, 'layout="grid" day="2023-06-19" expanded="opening"');
    expect([isGrid(el), selectedTab(el), el.day]).to.deep.equal([true, tabs(el)[1], '2023-06-19']);
    expect(one(el, '[data-session-id="opening"] [data-action="toggle-details"]')!.getAttribute('aria-expanded')).to.equal('true');
  });
});
