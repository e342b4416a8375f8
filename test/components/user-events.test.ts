/**
 * The events that tell a host page what a reader did (CONTRIBUTING.md, "Events"): each one fired by real
 * input (a mouse click or keys sent by the browser, not `el.click()`), heard on `document` from inside
 * another component's shadow root (bubbles, composed), with the detail the docs promise; and none when a
 * script or an attribute sets the same property.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/agenda/ct-agenda.js';
import '../../src/components/event-header/ct-event-header.js';
import '../../src/components/press-release/ct-press-release.js';
import '../../src/components/press-releases/ct-press-releases.js';
import '../../src/components/speakers/ct-speakers.js';
import type { CtAgenda } from '../../src/components/agenda/agenda.js';
import type { CtPressReleases } from '../../src/components/press-releases/press-releases.js';
import { part, parts, squash } from '../helpers/dom.js';
import { SEED_FEED_URL, seedFeed, uniqueId, until } from '../helpers/feeds.js';

const NAMES = ['ct-filter-change', 'ct-layout-change', 'ct-expanded-change', 'ct-favourite-change', 'ct-export', 'ct-share'] as const;

/** Every user event that reaches `document`, in order, with its detail. */
function recorder() {
  const heard: { type: string; detail: unknown; bubbles: boolean; composed: boolean }[] = [];
  const listen = (event: Event) => {
    const { type, detail, bubbles, composed } = event as CustomEvent;
    heard.push({ type, detail: structuredClone(detail), bubbles, composed });
  };
  for (const name of NAMES) document.addEventListener(name, listen);
  return {
    heard,
    types: () => heard.map((event) => event.type),
    last: (type: string) => heard.filter((event) => event.type === type).at(-1),
    stop: () => NAMES.forEach((name) => document.removeEventListener(name, listen)),
  };
}

/** Puts `markup` inside a shadow root, so an event reaches `document` only if it is composed. */
function inShadow<T extends Element>(markup: string): T {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = markup;
  return root.firstElementChild as T;
}

/** A real mouse click in the middle of `node`. */
async function click(node: Element) {
  node.scrollIntoView({ block: 'center' });
  const box = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Focus, then a real key press. */
async function press(node: HTMLElement, key: string) {
  node.focus();
  await sendKeys({ press: key });
}

const button = (el: Element, text: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => squash(b.textContent) === text)!;

let events: ReturnType<typeof recorder>;
beforeEach(() => {
  events = recorder();
  // Downloads and mailto: links stay in the test page.
  document.addEventListener('click', preventNavigation, true);
});
afterEach(() => {
  events.stop();
  document.removeEventListener('click', preventNavigation, true);
  document.querySelectorAll('body > div').forEach((host) => host.remove());
});
function preventNavigation(event: Event) {
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (link?.href.startsWith('mailto:')) event.preventDefault();
}

/** The seed programme's sessions on `day` (their start, in the event's zone, is written with the offset). */
async function seedSessionsOn(day: string): Promise<string[]> {
  const feed = (await seedFeed()) as { agenda: { sessions: { id: string; start: string }[] } };
  return feed.agenda.sessions.filter((session) => session.start.startsWith(day)).map((session) => session.id);
}

describe('<ct-agenda> events', function () {
  this.timeout(30_000);

  async function agenda(attributes = ''): Promise<CtAgenda> {
    const el = inShadow<CtAgenda>(
      `<ct-agenda lang="en" src="${SEED_FEED_URL}" no-url-state storage-key="${uniqueId('fav')}" now="2023-06-20T11:45:00-04:00" ${attributes}></ct-agenda>`,
    );
    await until(() => parts(el, 'session').length > 0, 'sessions');
    await el.updateComplete;
    return el;
  }

  it('typing a search fires ct-filter-change with the text, reflected as `search`', async () => {
    const el = await agenda();
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'victims' });
    await el.updateComplete;
    expect(events.types()).to.deep.equal(Array(7).fill('ct-filter-change'));
    const last = events.last('ct-filter-change')!;
    expect([last.bubbles, last.composed]).to.deep.equal([true, true]);
    expect(last.detail).to.deep.equal({
      filters: { day: undefined, week: undefined, track: undefined, type: undefined, room: undefined, organizer: undefined, search: 'victims', mine: false, viewerTime: false },
    });
    expect([el.search, el.getAttribute('search')]).to.deep.equal(['victims', 'victims']);
    // "Clear filters" is the reader's too: every filter back to none, said once.
    await click(el.shadowRoot!.querySelector('[part~="clear-filters"]')!);
    expect(events.types()).to.have.length(8);
    expect((events.last('ct-filter-change')!.detail as { filters: { search?: string } }).filters.search).to.equal(undefined);
    expect(el.hasAttribute('search')).to.equal(false);
  });

  it('a day tab, then "Download this day", fire ct-filter-change and ct-export with that day’s sessions', async () => {
    const el = await agenda();
    await click(el.shadowRoot!.querySelector('[role="tab"][data-day="2023-06-19"]')!);
    await el.updateComplete;
    expect(events.types()).to.deep.equal(['ct-filter-change']);
    expect((events.last('ct-filter-change')!.detail as { filters: { day: string } }).filters.day).to.equal('2023-06-19');
    expect(el.getAttribute('day')).to.equal('2023-06-19');
    await press(button(el, 'Download this day (.ics)'), 'Enter');
    const { scope, fileName, sessions } = events.last('ct-export')!.detail as { scope: string; fileName: string; sessions: string[] };
    expect({ scope, fileName, sessions: [...sessions].sort() }).to.deep.equal({ scope: 'day', fileName: '2023-06-19.ics', sessions: (await seedSessionsOn('2023-06-19')).sort() });
  });

  it('the Grid button fires ct-layout-change only, and `layout` reflects it', async () => {
    const el = await agenda();
    await press(button(el, 'Grid'), 'Enter');
    await el.updateComplete;
    expect(events.heard.map(({ type, detail }) => ({ type, detail }))).to.deep.equal([{ type: 'ct-layout-change', detail: { layout: 'grid' } }]);
    expect(el.getAttribute('layout')).to.equal('grid');
    await press(button(el, 'Grid'), 'Enter'); // already the layout: nothing changed, nothing said
    expect(events.types()).to.deep.equal(['ct-layout-change']);
  });

  it('starring and opening a session fire ct-favourite-change and ct-expanded-change', async () => {
    const el = await agenda();
    const card = parts(el, 'session')[0]!;
    const id = card.dataset['sessionId']!;
    const action = (name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-session-id="${id}"] [data-action="${name}"]`)!;
    await press(action('toggle-favourite'), 'Space');
    await click(action('toggle-details'));
    await el.updateComplete;
    expect(events.heard.map(({ type, detail }) => ({ type, detail }))).to.deep.equal([
      { type: 'ct-favourite-change', detail: { id, favourite: true, favourites: [id] } },
      { type: 'ct-expanded-change', detail: { id, open: true, expanded: [id] } },
    ]);
    expect(el.getAttribute('expanded')).to.equal(id);
    await press(action('toggle-favourite'), 'Enter');
    expect(events.last('ct-favourite-change')!.detail).to.deep.equal({ id, favourite: false, favourites: [] });
    await press(action('calendar'), 'Enter');
    expect(events.last('ct-export')!.detail).to.deep.equal({ scope: 'session', fileName: `${id}.ics`, sessions: [id] });
  });

  it('the Room menu, "My time" and "My agenda" fire ct-filter-change each; room, viewer-time and mine reflect', async () => {
    const el = await agenda();
    const room = [...el.shadowRoot!.querySelectorAll('select')].find((select) => select.closest('label')!.textContent!.includes('Room'))!;
    room.focus();
    await sendKeys({ type: 'General' }); // a closed menu picks the first option that starts so: General Assembly Hall
    await el.updateComplete;
    const feed = (await seedFeed()) as { agenda: { sessions: { room?: string }[] } };
    expect([el.room, el.getAttribute('room')]).to.deep.equal(['ga-hall', 'ga-hall']);
    expect(parts(el, 'session').filter((card) => !card.hidden).length).to.equal(feed.agenda.sessions.filter((session) => session.room === 'ga-hall').length);
    await click(el.shadowRoot!.querySelector('[role="group"] button:last-child')!); // My time (…)
    await el.updateComplete;
    expect([el.viewerTime, el.hasAttribute('viewer-time')]).to.deep.equal([true, true]);
    await click(part(el, 'mine-toggle')!);
    await el.updateComplete;
    expect([el.mine, el.hasAttribute('mine')]).to.deep.equal([true, true]);
    expect(events.types()).to.deep.equal(['ct-filter-change', 'ct-filter-change', 'ct-filter-change']);
    const filters = (events.last('ct-filter-change')!.detail as { filters: Record<string, unknown> }).filters;
    expect([filters['room'], filters['viewerTime'], filters['mine']]).to.deep.equal(['ga-hall', true, true]);
  });

  it('fires nothing when a script or an attribute sets the same state, which still applies', async () => {
    const el = await agenda('track="side-events"');
    const tracked = parts(el, 'session').filter((card) => !card.hidden).length;
    el.search = 'victims';
    el.layout = 'grid';
    el.day = '2023-06-20';
    el.mine = true;
    el.viewerTime = true;
    el.expanded = ['opening'];
    el.setAttribute('room', 'nope');
    await el.updateComplete;
    expect(events.heard).to.deep.equal([]);
    expect([el.getAttribute('search'), el.getAttribute('layout'), el.getAttribute('day'), el.hasAttribute('mine'), el.getAttribute('expanded')]).to.deep.equal([
      'victims',
      'grid',
      '2023-06-20',
      true,
      'opening',
    ]);
    // The page's own starting filter applied (a track of the seed programme), and the empty hash kept it.
    const feed = (await seedFeed()) as { agenda: { sessions: { track?: string }[] } };
    expect(tracked).to.equal(feed.agenda.sessions.filter((session) => session.track === 'side-events').length);
    expect(tracked).to.be.greaterThan(0);
  });
});

describe('<ct-speakers>, <ct-press-releases>, <ct-press-release>, <ct-event-header> events', function () {
  this.timeout(30_000);

  it('a role button fires ct-filter-change with `filter`; setting `filter` fires nothing', async () => {
    const el = inShadow<HTMLElement & { filter: string }>(`<ct-speakers lang="en" src="${SEED_FEED_URL}"></ct-speakers>`);
    await until(() => parts(el, 'filter-button').length > 1, 'role buttons');
    await press(button(el, 'Chairs'), 'Enter');
    expect(events.heard).to.deep.equal([{ type: 'ct-filter-change', detail: { filters: { filter: 'chair' } }, bubbles: true, composed: true }]);
    expect(el.getAttribute('filter')).to.equal('chair');
    el.filter = 'speaker';
    await press(button(el, 'Chairs'), 'Enter');
    expect(events.heard).to.have.length(2);
  });

  it('the year menu fires ct-filter-change; opening a release in place fires ct-expanded-change', async () => {
    const releases = [2021, 2022].map((year) => ({
      id: `r${year}`,
      lang: 'en',
      office: 'Office',
      headline: `Release of ${year}`,
      dateline: { place: 'Geneva', date: `${year}-03-01` },
      lead: 'Lead.',
      body: [],
    }));
    const el = inShadow<CtPressReleases>('<ct-press-releases lang="en"></ct-press-releases>');
    el.data = { kind: 'conference', version: 1, pressReleases: { releases } } as CtPressReleases['data'];
    await until(() => el.shadowRoot?.querySelector('select') != null, 'the year menu');
    const select = el.shadowRoot!.querySelector('select')!;
    // Options: All years, 2022, 2021. Typing on a closed menu picks the first option that starts so.
    select.focus();
    await sendKeys({ type: '2021' });
    await el.updateComplete;
    expect(events.last('ct-filter-change')!.detail).to.deep.equal({ filters: { year: '2021' } });
    expect(el.getAttribute('year')).to.equal('2021');
    await click(part(el, 'toggle')!);
    expect(events.last('ct-expanded-change')!.detail).to.deep.equal({ id: 'r2021', open: true, expanded: ['r2021'] });
    expect(el.getAttribute('expanded')).to.equal('r2021');
    const count = events.heard.length;
    el.year = '2022';
    el.expanded = ['r2022'];
    await el.updateComplete;
    expect(events.heard.length).to.equal(count);
    expect(part(el, 'toggle')!.getAttribute('aria-expanded')).to.equal('true'); // the page opened it
  });

  it('copying a release’s link and the e-mail link fire ct-share', async () => {
    const el = inShadow<HTMLElement>(`<ct-press-release lang="en" release="hlc-2023-06-20" src="${SEED_FEED_URL}"></ct-press-release>`);
    await until(() => part(el, 'share') !== null, 'share actions');
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void copied.push(value) } });
    try {
      await press(button(el, 'Copy link'), 'Enter');
      await click(part(el, 'share')!.querySelector('a')!);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    }
    // The seed release has no page of its own: the address shared is this page's.
    expect(events.heard.map(({ type, detail }) => ({ type, detail }))).to.deep.equal([
      { type: 'ct-share', detail: { method: 'copy', url: location.href, id: 'hlc-2023-06-20' } },
      { type: 'ct-share', detail: { method: 'email', url: location.href, id: 'hlc-2023-06-20' } },
    ]);
    expect(copied).to.deep.equal([location.href]);
  });

  it('"Add to calendar" in the event header fires ct-export for the event', async () => {
    const el = inShadow<HTMLElement>(`<ct-event-header lang="en" src="${SEED_FEED_URL}" now="2023-06-01T12:00:00Z"></ct-event-header>`);
    await until(() => part(el, 'calendar-button') !== null, 'the calendar button');
    await click(part(el, 'calendar-button')!);
    await until(() => events.heard.length > 0, 'ct-export');
    // The seed event's id is hlc-ct-2023; the file is named after it.
    expect(events.heard.map(({ type, detail }) => ({ type, detail }))).to.deep.equal([
      { type: 'ct-export', detail: { scope: 'event', fileName: 'hlc-ct-2023.ics', sessions: [] } },
    ]);
  });
});
