import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/components/agenda/ct-agenda.js';
import type { CtAgenda } from '../../src/components/agenda/agenda.js';
import { validateDocument } from '../../src/core/feed/validate.js';
import { generateAgendaFeed } from '../fixtures/generate-agenda.js';
import { expectAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, feedUrl, uniqueId, until } from '../helpers/feeds.js';
import { all, one } from '../helpers/dom.js';

const titles = (el: Element) => all(el, '.session:not([hidden]) .title').map((node) => node.textContent!.trim());
// Times read with every space alike (Intl puts no-break spaces in "21 h 30"), as the expectations are written.
const times = (el: Element) => all(el, '.session:not([hidden]) .when').map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
const ready = (el: CtAgenda) => until(() => all(el, '.session:not([hidden])').length > 0, 'sessions');

async function seedAgenda(attributes = '', lang = 'en') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<ct-agenda src="${SEED_FEED_URL}" storage-key="${uniqueId('fav')}" ${attributes}></ct-agenda>`;
  const el = wrapper.querySelector('ct-agenda')!;
  await ready(el);
  return el;
}

async function select(el: Element, label: string, value: string) {
  const field = all(el, '.filters label').find((node) => node.querySelector('span')!.textContent === label)!;
  const menu = field.querySelector('select')!;
  menu.value = value;
  menu.dispatchEvent(new Event('change'));
  await (el as CtAgenda).updateComplete;
}

describe('<ct-agenda> with the seed programme', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname));
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('renders every session of CT Week 2023 in event time, in UN English style', async () => {
    const el = await seedAgenda();
    expect(all(el, '.session:not([hidden])')).to.have.length(20);
    expect(all(el, '[role="tab"]').map((tab) => tab.textContent!.trim())).to.deep.equal([
      'All days', 'Mon 19 Jun', 'Tue 20 Jun', 'Wed 21 Jun', 'Thu 22 Jun', 'Fri 23 Jun',
    ]);
    expect(all(el, '.day:not([hidden]) .day-title').map((node) => node.textContent!.trim())).to.deep.equal([
      'Monday, 19 June 2023', 'Tuesday, 20 June 2023', 'Wednesday, 21 June 2023', 'Thursday, 22 June 2023', 'Friday, 23 June 2023',
    ]);
    expect(titles(el)[0]).to.equal('Opening of the Third High-Level Conference of Heads of Counter-Terrorism Agencies of Member States');
    expect(times(el).slice(0, 4)).to.deep.equal(['10–11 a.m.', '11 a.m.–1 p.m.', '1–3 p.m.', '1.15–2.30 p.m.']);
    expect(titles(el)).to.include('Closing session: chair’s summary');
    expect(titles(el)).to.include('General Assembly: adoption of the Eighth Biennial Review of the Global Counter-Terrorism Strategy');
    expect(one(el, '.session time')!.getAttribute('datetime')).to.equal('2023-06-19T10:00:00-04:00');
    expect(one(el, '[part~="summary"]')!.textContent!.trim()).to.equal('20 of 20 sessions');
    await expectAccessible(el);
  });

  it('filters by day with the tabs, by every menu, and by free text', async () => {
    const el = await seedAgenda();
    all(el, '[role="tab"]')[2]!.click();
    await el.updateComplete;
    expect(all(el, '.session:not([hidden])')).to.have.length(7);
    expect(location.hash).to.equal('#day=2023-06-20');
    await select(el, 'Type', 'thematic');
    expect(titles(el)).to.deep.equal([
      'Victims of terrorism at the centre', 'Prosecution, rehabilitation and reintegration', 'New and emerging technologies', 'Countering terrorism in Africa',
    ]);
    all(el, '[role="tab"]')[0]!.click();
    await el.updateComplete;
    expect(all(el, '.session:not([hidden])')).to.have.length(7);
    await select(el, 'Type', '');
    await select(el, 'Track', 'general-assembly');
    expect(all(el, '.session:not([hidden])')).to.have.length(3);
    await select(el, 'Track', '');
    await select(el, 'Room', 'cr-1');
    expect(titles(el)).to.deep.equal(['Side event: youth engagement in preventing violent extremism', 'Side event: regional cooperation and the Global Counter-Terrorism Coordination Compact']);
    await select(el, 'Room', '');
    await select(el, 'Organizer', 'United Nations Office of Counter-Terrorism (UNOCT)');
    expect(all(el, '.session:not([hidden])')).to.have.length(9);
    await select(el, 'Organizer', '');
    const search = one(el, 'input[type="search"]') as HTMLInputElement;
    search.value = 'VICTIMS';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Victims of terrorism at the centre', 'Side event: amplifying the voices of victims and survivors']);
    search.value = 'voronkov';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Opening of the Third High-Level Conference of Heads of Counter-Terrorism Agencies of Member States', 'Closing session: chair’s summary']);
    expect(location.hash).to.equal('#q=voronkov');
  });

  it('keeps the rendered cards while typing on leaves the same matches', async () => {
    const el = await seedAgenda();
    const search = one(el, 'input[type="search"]') as HTMLInputElement;
    const type = async (value: string) => {
      search.value = value;
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };
    const rendered = all(el, '.session');
    await type('victim');
    const cards = all(el, '.session:not([hidden])');
    expect(cards).to.have.length(2);
    await type('victims'); // both titles say "victims": the same two sessions
    expect(all(el, '.session:not([hidden])')).to.have.length(2);
    expect(all(el, '.session:not([hidden])').every((card, i) => card === cards[i])).to.equal(true);
    // Search hides what it leaves out: the cards rendered at first are all still there, the same nodes.
    expect(all(el, '.session').every((card, i) => card === rendered[i])).to.equal(true);
    await type('victims amplifying'); // one of them only: a new list
    expect(titles(el)).to.deep.equal(['Side event: amplifying the voices of victims and survivors']);
  });

  it('says when nothing matches, and clears the filters', async () => {
    const el = await seedAgenda();
    const search = one(el, 'input[type="search"]') as HTMLInputElement;
    search.value = 'no such session anywhere';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(one(el, '[part~="no-results"]')!.textContent).to.contain('No sessions match these filters.');
    await expectAccessible(el);
    one(el, '[part~="no-results"] button')!.click();
    await el.updateComplete;
    expect(all(el, '.session:not([hidden])')).to.have.length(20);
    expect(location.hash).to.equal('');
  });

  it('restores filters from the URL hash', async () => {
    history.replaceState(null, '', '#day=2023-06-21&track=side-events&q=financing');
    const el = await seedAgenda();
    expect(titles(el)).to.deep.equal(['Side event: countering the financing of terrorism']);
    expect(one(el, '[role="tab"][aria-selected="true"]')!.textContent!.trim()).to.equal('Wed 21 Jun');
  });

  it('opens, shows and focuses a deep-linked session', async () => {
    history.replaceState(null, '', '#day=2023-06-19');
    const el = await seedAgenda();
    // The link is the page's doing, not the reader's in the agenda: the day and the open session it sets
    // are in the properties, and no user event says so (CONTRIBUTING.md, "Events").
    const heard: string[] = [];
    const listen = (event: Event) => heard.push(event.type);
    el.addEventListener('ct-filter-change', listen);
    el.addEventListener('ct-expanded-change', listen);
    location.hash = '#session-closing';
    await until(() => one(el, '#session-closing')?.classList.contains('highlighted') === true, 'highlighted session');
    expect(one(el, '[role="tab"][aria-selected="true"]')!.textContent!.trim()).to.equal('Tue 20 Jun');
    expect([el.day, el.expanded.includes('closing'), heard]).to.deep.equal(['2023-06-20', true, []]);
    const card = one(el, '#session-closing')!;
    expect(card.querySelector('[aria-expanded]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(card.querySelector('.details')!.textContent).to.contain('Vladimir Voronkov, Chair, United Nations Under-Secretary-General for Counter-Terrorism');
    expect(el.shadowRoot!.activeElement).to.equal(card.querySelector('[role="heading"]'));
    await expectAccessible(el);
  });

  it('marks what is on now and next, from a pinned clock', async () => {
    const el = await seedAgenda('now="2023-06-20T11:45:00-04:00"');
    expect(all(el, '.session.now:not([hidden])').map((node) => node.dataset['sessionId'])).to.deep.equal(['prosecution']);
    expect(all(el, '.session.next:not([hidden])').map((node) => node.dataset['sessionId'])).to.deep.equal(['lunch-20']);
    expect(one(el, '.session.now [part~="now-marker"]')!.textContent).to.equal('Now');
    el.now = '2023-06-20T13:20:00-04:00';
    await el.updateComplete;
    expect(all(el, '.session.now:not([hidden])').map((node) => node.dataset['sessionId'])).to.deep.equal(['lunch-20', 'side-victims-voices']);
    expect(all(el, '.session.next:not([hidden])').map((node) => node.dataset['sessionId'])).to.deep.equal(['technologies']);
    one(el, '[part~="jump-to-now"]')!.click();
    await until(() => one(el, '#session-lunch-20')?.classList.contains('highlighted') === true, 'jump to now');
  });

  it('keeps the personal agenda across a reload, and shows it alone', async () => {
    const key = uniqueId('fav');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><ct-agenda src=${SEED_FEED_URL} storage-key=${key}></ct-agenda></div>`);
    let el = wrapper.querySelector('ct-agenda')!;
    await ready(el);
    for (const id of ['gender', 'ga-adoption']) {
      (one(el, `#session-${id} [part~="favourite-button"]`) as HTMLButtonElement).click();
      await el.updateComplete;
    }
    expect(one(el, '#session-gender [part~="favourite-button"]')!.getAttribute('aria-pressed')).to.equal('true');
    el.remove();
    wrapper.innerHTML = `<ct-agenda src="${SEED_FEED_URL}" storage-key="${key}"></ct-agenda>`;
    el = wrapper.querySelector('ct-agenda')!;
    await ready(el);
    expect(one(el, '[part~="mine-toggle"]')!.textContent).to.contain('My agenda (2)');
    one(el, '[part~="mine-toggle"]')!.click();
    await el.updateComplete;
    expect(all(el, '.session:not([hidden])').map((node) => node.dataset['sessionId'])).to.deep.equal(['gender', 'ga-adoption']);
    expect(location.hash).to.equal('#mine=1');
    history.replaceState(null, '', location.pathname);
  });

  it('exports a session as valid iCalendar with the right instants', async () => {
    const el = await seedAgenda();
    const saved = new Promise<string>((resolve) => {
      const onClick = (event: MouseEvent) => {
        const link = event.target as HTMLAnchorElement;
        if (!link.download) return;
        event.preventDefault(); // keep the browser from saving the file; read it instead
        document.removeEventListener('click', onClick, true);
        void fetch(link.href).then((response) => response.text()).then(resolve);
      };
      document.addEventListener('click', onClick, true);
    });
    const button = [...one(el, '#session-closing')!.querySelectorAll('button')].find((b) => b.textContent!.includes('Add to calendar'))!;
    button.click();
    const text = await saved;
    expect(text).to.match(/^BEGIN:VCALENDAR\r\n/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events).to.have.length(1);
    expect(events[0]!.summary).to.equal('Closing session: chair’s summary');
    expect(events[0]!.startDate.toJSDate().getTime()).to.equal(Date.parse('2023-06-20T17:00:00-04:00'));
    expect(events[0]!.endDate.toJSDate().getTime()).to.equal(Date.parse('2023-06-20T18:00:00-04:00'));
    expect(events[0]!.location).to.equal('ECOSOC Chamber');
    expect(String(events[0]!.component.getFirstPropertyValue('url'))).to.match(/#session-closing$/);
  });

  it('moves between day tabs with the arrow keys, reversed in Arabic', async () => {
    const el = await seedAgenda('', 'ar');
    all(el, '[role="tab"]')[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => all(el, '[role="tab"]')[1]!.getAttribute('aria-selected') === 'true', 'second tab');
    expect(el.shadowRoot!.activeElement).to.equal(all(el, '[role="tab"]')[1]);
    await sendKeys({ press: 'End' });
    await until(() => all(el, '[role="tab"]')[5]!.getAttribute('aria-selected') === 'true', 'last tab');
    expect(one(el, '[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    await expectAccessible(el);
    history.replaceState(null, '', location.pathname);
  });

  it('is usable by keyboard alone: search, a filter menu, details and the personal agenda', async () => {
    const el = await seedAgenda();
    (one(el, 'input[type="search"]') as HTMLInputElement).focus();
    await sendKeys({ type: 'africa' });
    await until(() => titles(el).length === 1, 'search by typing');
    expect(titles(el)).to.deep.equal(['Countering terrorism in Africa']);
    await sendKeys({ press: 'Tab' }); // to the Type menu
    expect(el.shadowRoot!.activeElement?.localName).to.equal('select');
    await sendKeys({ press: 'ArrowDown' }); // first type after "All": opening
    await until(() => all(el, '[part~="no-results"]').length === 1, 'type filter by keyboard');
    (one(el, '[part~="clear-filters"]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => all(el, '.session:not([hidden])').length === 20, 'cleared by keyboard');
    const details = one(el, '#session-opening [aria-expanded]') as HTMLButtonElement;
    details.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => details.getAttribute('aria-expanded') === 'true', 'details by keyboard');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('favourite-button');
    await sendKeys({ press: 'Space' });
    await until(() => one(el, '#session-opening [part~="favourite-button"]')!.getAttribute('aria-pressed') === 'true', 'marked by keyboard');
    history.replaceState(null, '', location.pathname);
  });

  it('lays out rooms as columns in a wide grid and reflows to a list when narrow', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="inline-size: 1100px"></div>`);
    wrapper.innerHTML = `<ct-agenda src="${SEED_FEED_URL}" no-url-state storage-key="${uniqueId()}"></ct-agenda>`;
    const el = wrapper.querySelector('ct-agenda')!;
    await ready(el);
    const gridButton = all(el, '.segmented button').find((b) => b.textContent!.trim() === 'Grid')!;
    gridButton.click();
    await el.updateComplete;
    const list = () => getComputedStyle(one(el, '.day-sessions')!).display;
    expect(list()).to.equal('grid');
    const opening = one(el, '#session-opening')!.getBoundingClientRect();
    const sideEvent = one(el, '#session-side-vulnerable-targets')!.getBoundingClientRect();
    expect(sideEvent.left).to.be.greaterThan(opening.right); // another room, another column
    await expectAccessible(el);
    wrapper.style.inlineSize = '320px';
    await until(() => list() === 'block', 'list layout');
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('prints the filtered view legibly: no controls, dark text whatever the theme, every matching session', async () => {
    const el = await seedAgenda('theme="dark"');
    await select(el, 'Track', 'general-assembly');
    try {
      await emulateMedia({ media: 'print' });
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(getComputedStyle(one(el, '[part~="toolbar"]')!).display).to.equal('none');
      expect(getComputedStyle(one(el, '.session .actions')!).display).to.equal('none');
      const cards = all(el, '.session:not([hidden])');
      expect(cards).to.have.length(3);
      // What the filter left out is hidden, so not printed either.
      expect(all(el, '.session[hidden]').every((card) => getComputedStyle(card).display === 'none')).to.equal(true);
      for (const card of cards) {
        const title = card.querySelector('.title')!;
        expect(getComputedStyle(title).color).to.equal('rgb(27, 27, 27)'); // the light theme's text, on paper
        expect(parseFloat(getComputedStyle(title).fontSize)).to.be.at.least(14);
        expect(getComputedStyle(card).breakInside).to.equal('avoid');
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('renders the whole list for printing even before every slice has arrived', async () => {
    const el = await fixture<CtAgenda>(html`<ct-agenda lang="en" no-url-state storage-key=${uniqueId()} .data=${generateAgendaFeed(2000)}></ct-agenda>`);
    expect(all(el, '.session').length).to.be.below(2000);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(all(el, '.session')).to.have.length(2000);
    // Chunks not laid out yet skip their rendering on screen (content-visibility); on paper none may.
    try {
      await emulateMedia({ media: 'print' });
      const skipped = all(el, '.chunk').filter((chunk) => getComputedStyle(chunk).contentVisibility !== 'visible');
      expect(skipped).to.have.length(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('emits schema.org Event JSON-LD into the light DOM when asked', async () => {
    const el = await seedAgenda('json-ld');
    const script = el.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!);
    expect(data['@type']).to.equal('Event');
    expect(data.subEvent).to.have.length(20);
    expect(data.subEvent[0]).to.include({ name: 'Opening of the Third High-Level Conference of Heads of Counter-Terrorism Agencies of Member States', startDate: '2023-06-19T10:00:00-04:00' });
  });
});

describe('<ct-agenda> time zones', () => {
  const dstFeed = {
    kind: 'agenda',
    version: 1,
    agenda: {
      timeZone: 'America/New_York',
      sessions: [
        { id: 'before', title: 'Before the change', start: '2023-03-10T10:00:00-05:00', end: '2023-03-10T11:00:00-05:00' },
        { id: 'after', title: 'After the change', start: '2023-03-13T10:00:00-04:00', end: '2023-03-13T11:00:00-04:00' },
        { id: 'late', title: 'Late evening', start: '2023-03-13T21:30:00-04:00', end: '2023-03-13T22:00:00-04:00' },
      ],
    },
  };

  it('shows event time by default and the viewer’s zone on request, right across a DST change', async () => {
    const el = await fixture<CtAgenda>(
      html`<ct-agenda lang="en" no-url-state viewer-time-zone="Europe/Paris" .data=${dstFeed}></ct-agenda>`,
    );
    expect(times(el)).to.deep.equal(['10–11 a.m.', '10–11 a.m.', '9.30–10 p.m.']);
    const buttons = all(el, '.segmented button');
    expect(buttons[0]!.textContent!.trim()).to.equal('Event time (Eastern Time)');
    expect(buttons[1]!.textContent!.trim()).to.equal('My time (Central European Time)');
    buttons[1]!.click();
    await el.updateComplete;
    // New York moved to daylight time on 12 March, Paris only on 26 March: the gap shrinks from 6 to 5 hours.
    expect(times(el)).to.deep.equal(['4–5 p.m.', '3–4 p.m.', '2.30–3 a.m.']);
    // 9.30 p.m. in New York is already the next day in Paris.
    expect(all(el, '.day:not([hidden]) .day-title').map((node) => node.textContent!.trim())).to.deep.equal(['Friday, 10 March 2023', 'Monday, 13 March 2023', 'Tuesday, 14 March 2023']);
  });

  it('writes times in the element’s language, as UN French does ("21 h 30")', async () => {
    const el = await fixture<CtAgenda>(html`<ct-agenda lang="fr" no-url-state .data=${dstFeed}></ct-agenda>`);
    expect(times(el)[2]).to.equal('21 h 30 – 22 h'); // times() folds the non-breaking spaces
  });
});

describe('<ct-agenda> feed faults', () => {
  it('leaves out a session that ends before it starts and shows the others', async () => {
    const session = { id: 'ok', title: 'kept', start: '2023-01-01T11:00:00Z', end: '2023-01-01T12:00:00Z' };
    const bad = { kind: 'agenda', version: 1, agenda: { timeZone: 'UTC', sessions: [{ id: 'x', title: 't', start: '2023-01-01T10:00:00Z', end: '2023-01-01T09:00:00Z' }, session] } };
    const el = document.createElement('ct-agenda');
    el.lang = 'en';
    el.setAttribute('no-url-state', '');
    const loaded = oneEvent(el, 'ct-load');
    untrusted(el).data = bad;
    await fixture(el);
    expect((await loaded).detail.leftOut).to.equal(1);
    await el.updateComplete;
    expect(all(el, '.session .title').map((node) => node.textContent!.trim())).to.deep.equal(['kept']);
    expect(one(el, '[part~="left-out"]')!.textContent).to.contain('1 item not shown because of an error in the feed');
    expect(validateDocument(bad)).to.deep.equal(['$.agenda.sessions[0]: expected "end" after "start"']);
  });

  it('shows the error state for a 500 and the empty state for no sessions, accessibly', async () => {
    const broken = await fixture<CtAgenda>(html`<ct-agenda lang="en" src=${feedUrl({ status: 404 })}></ct-agenda>`);
    await until(() => one(broken, '[part~="error"]') !== null, 'error');
    await expectAccessible(broken);
    const empty = await fixture<CtAgenda>(html`<ct-agenda lang="en" .data=${{ kind: 'agenda', version: 1, agenda: { timeZone: 'UTC', sessions: [] } }}></ct-agenda>`);
    expect(one(empty, '[part~="empty"]')!.textContent).to.contain('No sessions have been published yet.');
    await expectAccessible(empty);
  });
});

describe('<ct-agenda> with 10,000 sessions', function () {
  this.timeout(60_000);
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('shows a first screen, then puts every session in the DOM, and deep links reach the last one', async () => {
    // A programme this long is validated in slices (the page stays responsive): the first screen is the
    // first render after the feed is accepted (ct-load), and holds a slice, not the whole list.
    const el = document.createElement('ct-agenda') as CtAgenda;
    el.lang = 'en';
    el.storageKey = uniqueId();
    untrusted(el).data = generateAgendaFeed(10_000);
    const loaded = oneEvent(el, 'ct-load');
    await fixture(html`<div>${el}</div>`);
    await loaded;
    await el.updateComplete;
    const count = () => all(el, '.session').length;
    expect(count()).to.be.within(1, 1000);
    await until(() => count() === 10_000, 'all sessions', 50_000);
    expect(one(el, '[part~="summary"]')!.textContent!.trim()).to.equal('10,000 of 10,000 sessions');
    location.hash = '#session-s9999';
    await until(() => one(el, '#session-s9999')?.classList.contains('highlighted') === true, 'the last session');
  });
});
