import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/agenda/ct-agenda.js';
import type { CtAgenda } from '../../src/components/agenda/agenda.js';
import { earliestSessions } from '../../src/components/agenda/agenda-preview.js';
import { generateAgendaFeed } from '../fixtures/generate-agenda.js';
import { generateFrabSchedule } from '../fixtures/generate-frab.js';
import { convertFrabEarliest } from '../../src/feeds/frab.js';
import { expectAccessible } from '../helpers/a11y.js';
import { uniqueId } from '../helpers/feeds.js';
import { all, one } from '../helpers/dom.js';
import { untrusted } from '../helpers/untrusted.js';

/**
 * Issue 12, point 1: a programme of thousands of sessions shows its first screen before every session
 * is read (validated). The reader validates the earliest sessions first; the agenda shows the view's
 * first cards from them, inert and with the element busy, then the whole programme.
 */

type Feed = ReturnType<typeof generateAgendaFeed>;
type RawSession = Record<string, unknown>;

/** The generated programme (its feed order interleaves the days), with two faults among its earliest sessions. */
function programme(count: number): Feed {
  const feed = generateAgendaFeed(count);
  const sessions = feed.agenda.sessions as RawSession[];
  sessions[0]!['end'] = sessions[0]!['start']; // not after its start: left out
  sessions[5]!['start'] = 'at nine'; // no date-time: left out
  return feed;
}

/**
 * The ids in the order the list shows them, worked out from the feed alone: the valid sessions by start,
 * then end, then place in the feed (a stable sort), as the programme's own model sorts them.
 */
function expectedOrder(feed: Feed, faulty: readonly string[]): string[] {
  return (feed.agenda.sessions as RawSession[])
    .map((session, index) => ({ id: String(session['id']), start: Date.parse(String(session['start'])), end: Date.parse(String(session['end'])), index }))
    .filter((session) => !faulty.includes(session.id))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index)
    .map((session) => session.id);
}

/** Where the first day of the list begins, below the element's top. */
const listTop = (el: CtAgenda) => one(el, '.day')!.getBoundingClientRect().top - el.getBoundingClientRect().top;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const cardIds = (el: CtAgenda) => all(el, '.session').map((card) => card.dataset['sessionId']!);

interface Watched {
  /** The cards of the first frame that showed any, and what the element said then. */
  first: { ids: string[]; busy: string | null | undefined; inert: boolean; toolbarHidden: boolean; listTop: number } | undefined;
}

/** Sets the data and watches every frame until the loading state has gone. */
async function load(el: CtAgenda, feed: unknown): Promise<Watched> {
  const watched: Watched = { first: undefined };
  untrusted(el).data = feed;
  const start = performance.now();
  while (one(el, '.ct-loading')) {
    if (!watched.first && all(el, '.session').length > 0 && one(el, '.ct-loading')) {
      watched.first = {
        ids: cardIds(el),
        busy: one(el, '.base')?.getAttribute('aria-busy'),
        inert: Boolean(one(el, '.session')?.closest('[inert]')),
        // The toolbar holds its place, unseen and out of reach, until the whole programme is read.
        listTop: listTop(el),
        toolbarHidden: getComputedStyle(one(el, '.toolbar')!).visibility === 'hidden' && Boolean(one(el, '.toolbar')!.closest('[inert]')),
      };
    }
    if (performance.now() - start > 30_000) throw new Error('the programme was not shown within 30 s');
    await frame();
  }
  return watched;
}

describe('<ct-agenda> first screen of a long programme', function () {
  this.timeout(60_000);

  it('shows the view\'s first sessions, inert and busy, before the whole programme is read; then the programme', async () => {
    const feed = programme(5000);
    const el = await fixture<CtAgenda>(html`<ct-agenda lang="en" no-url-state storage-key=${uniqueId()}></ct-agenda>`);
    const { first } = await load(el, feed);
    const order = expectedOrder(feed, ['s0', 's5']);
    expect(first, 'a frame showed sessions while the programme was read').to.not.equal(undefined);
    // A screen of cards (whole chunks of 20), exactly the first ones of the list.
    expect(first!.ids.length).to.be.within(30, 60);
    expect(first!.ids).to.deep.equal(order.slice(0, first!.ids.length));
    expect(first!.busy).to.equal('true');
    expect(first!.inert).to.equal(true);
    expect(first!.toolbarHidden).to.equal(true);
    // Then the whole programme: the same first cards, the toolbar, not busy, left-out note for the two faults.
    await el.updateComplete;
    expect(cardIds(el).slice(0, first!.ids.length)).to.deep.equal(first!.ids);
    // The list stays where it was, or moves by a row of the toolbar (day tabs the first sessions did not reach).
    expect(Math.abs(listTop(el) - first!.listTop)).to.be.at.most(60);
    expect(one(el, '.base')!.getAttribute('aria-busy')).to.equal('false');
    expect(one(el, '[part="left-out"]')).to.not.equal(null);
    expect(one(el, '[inert]')).to.equal(null);
  });

  it('shows the first screen of the chosen day and search, and none for a day the first sessions do not reach', async () => {
    const feed = programme(5000);
    // The generated programme's second day (New York), searched for "workshop" (every other session).
    const searched = await fixture<CtAgenda>(html`<ct-agenda lang="en" no-url-state day="2023-06-20" search="workshop" storage-key=${uniqueId()}></ct-agenda>`);
    const shownFirst = (await load(searched, feed)).first;
    const onDay = (day: string) => (id: string) => {
      const session = (feed.agenda.sessions as RawSession[])[Number(id.slice(1))]!;
      return new Date(Date.parse(String(session['start'])) - 4 * 3_600_000).toISOString().startsWith(day); // New York, summer
    };
    const workshop = (id: string) => Number(id.slice(1)) % 2 === 0;
    // The 300 sessions read first reach only day 1 (1,000 sessions a day): day 2 waits for the whole programme.
    expect(shownFirst).to.equal(undefined);
    const expected = expectedOrder(feed, ['s0', 's5']).filter((id) => onDay('2023-06-20')(id) && workshop(id));
    const shown = all(searched, '.session:not([hidden])').map((card) => card.dataset['sessionId']!);
    expect(shown.length).to.be.greaterThan(0);
    expect(shown).to.deep.equal(expected.slice(0, shown.length));

    const dayOne = await fixture<CtAgenda>(html`<ct-agenda lang="en" no-url-state day="2023-06-19" search="workshop" storage-key=${uniqueId()}></ct-agenda>`);
    const dayOneFirst = (await load(dayOne, programme(5000))).first;
    const dayOneExpected = expectedOrder(feed, ['s0', 's5']).filter((id) => onDay('2023-06-19')(id) && workshop(id));
    expect(dayOneFirst, 'day 1 searched: shown from the first sessions').to.not.equal(undefined);
    expect(dayOneFirst!.ids).to.deep.equal(dayOneExpected.slice(0, dayOneFirst!.ids.length));
  });

  it('shows a large frab export\'s earliest events before the whole export is converted', async () => {
    const schedule = generateFrabSchedule(5000);
    const el = await fixture<CtAgenda>(html`<ct-agenda lang="en" no-url-state storage-key=${uniqueId()}></ct-agenda>`);
    const starts = () => all(el, '.session time:first-of-type').map((time) => time.getAttribute('datetime')!);
    untrusted(el).data = schedule;
    while (all(el, '.session').length === 0) await frame();
    expect(one(el, '.ct-loading'), 'still converting and reading the export').to.not.equal(null);
    const first = starts();
    await el.updateComplete;
    // The same programme, converted whole: its first cards start when the first screen's did.
    expect(first.length).to.be.within(30, 60);
    expect(starts().slice(0, first.length)).to.deep.equal(first);
    expect(all(el, '.session')[0]!.closest('[inert]')).to.equal(null);
  });

  it('converts a frab export\'s earliest events first: every event starting by the n-th start, ties included', () => {
    const event = (date: string, title: string) => ({ id: title, title, date, duration: '00:30', room: 'Hall', persons: [] });
    const schedule = {
      schedule: {
        conference: {
          title: 'Small',
          time_zone_name: 'Europe/Berlin',
          days: [
            { rooms: { Hall: [event('2023-03-10T11:00:00+01:00', 'c'), event('2023-03-10T09:00:00+01:00', 'a'), 'not an event'] } },
            { rooms: { Hall: [event('2023-03-11T09:00:00+01:00', 'd')], Annex: [event('2023-03-10T10:00:00+01:00', 'b'), event('2023-03-10T10:00:00+01:00', 'b2'), event('soon', 'x')] } },
          ],
        },
      },
    };
    const titles = (count: number) => convertFrabEarliest(schedule, count, 0)!.feed.agenda.sessions.map((s) => s.title);
    expect(titles(1)).to.deep.equal(['a']);
    expect(titles(2)).to.deep.equal(['a', 'b', 'b2']); // b and b2 start together
    expect(titles(4)).to.deep.equal(['c', 'a', 'b', 'b2']); // in the export's order, as the whole conversion
    expect(convertFrabEarliest(schedule, 2, 7)).to.equal(undefined); // 7 items, not over 7: converted whole soon enough
  });

  it('converts the earliest events of real frab exports (camp 2019, 39C3, pretalx) as their dates say', async () => {
    type RawEvent = { title: string; date: string };
    for (const file of ['frab-camp2019.json', '39c3-himmel.json', 'pretalx-democon.json']) {
      const doc = (await (await fetch(`/test/fixtures/frab/${file}`)).json()) as { schedule: { conference: { days: { rooms: Record<string, RawEvent[]> }[] } } };
      // Worked out from the export alone: every event whose date is at or before the 20th earliest.
      const events = doc.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
      const twentieth = events.map((e) => Date.parse(e.date)).sort((a, b) => a - b)[19]!;
      const expected = events.filter((e) => Date.parse(e.date) <= twentieth).map((e) => e.title);
      // Every event of these exports is above 0: converted first, not left to the whole conversion.
      const first = convertFrabEarliest(doc, 20, 0)!.feed.agenda.sessions;
      // A title in a known language comes as a one-language map ({"de": …}).
      const titles = first.map((s) => (typeof s.title === 'string' ? s.title : Object.values(s.title)[0]!));
      expect(titles.sort(), file).to.deep.equal([...expected].sort());
      expect(first.every((s) => Date.parse(s.start) <= twentieth), file).to.equal(true);
    }
  });

  it('shows the first screen on a right-to-left page with a CMS language tag, in its language', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar_EG" dir="rtl"><ct-agenda no-url-state storage-key=${uniqueId()}></ct-agenda></div>`);
    const el = wrapper.querySelector<CtAgenda>('ct-agenda')!;
    untrusted(el).data = programme(5000);
    while (all(el, '.session').length === 0) await frame();
    expect(one(el, '.ct-loading'), 'still reading the programme').to.not.equal(null);
    expect(cardIds(el)).to.deep.equal(expectedOrder(programme(5000), ['s0', 's5']).slice(0, cardIds(el).length));
    expect(one(el, '.base')!.getAttribute('dir')).to.equal('rtl');
    // The day heading in Arabic (Intl, ar-EG), not English.
    expect(one(el, '.day-title')!.textContent).to.match(/\p{Script=Arabic}/u);
    await expectAccessible(el);
  });

  it('waits for the whole programme in the grid, whose rows depend on every session of the day', async () => {
    const el = await fixture<CtAgenda>(html`<ct-agenda lang="en" no-url-state layout="grid" storage-key=${uniqueId()}></ct-agenda>`);
    expect((await load(el, programme(5000))).first).to.equal(undefined);
  });

  it('is accessible while showing the first sessions', async () => {
    const el = await fixture<CtAgenda>(html`<ct-agenda lang="en" no-url-state storage-key=${uniqueId()}></ct-agenda>`);
    untrusted(el).data = programme(5000);
    while (all(el, '.session').length === 0) await frame();
    expect(one(el, '.ct-loading'), 'still reading the programme').to.not.equal(null);
    await expectAccessible(el);
  });

  it('chooses what to read first from raw items, garbage included: the earliest by start, end and place', () => {
    const items: unknown[] = [
      null,
      'session',
      { start: 'soon' },
      { start: '2023-06-19T10:00:00-04:00', end: '2023-06-19T11:00:00-04:00' },
      { start: '2023-06-19T14:00:00Z', end: '2023-06-19T14:30:00Z' }, // 10:00 in New York, ends first
      { start: '2023-06-19T09:00:00-04:00' },
      { start: 42 },
      { start: '2023-06-19T10:00:00-04:00', end: '2023-06-19T11:00:00-04:00' },
    ];
    expect(earliestSessions(items)).to.deep.equal([5, 4, 3, 7]);
    // More than are read first: the first 300 of a shuffled programme of 3,000, in the list's order.
    const feed = generateAgendaFeed(3000);
    const sessions = feed.agenda.sessions as RawSession[];
    const expected = expectedOrder(feed, []).slice(0, 300);
    expect(earliestSessions(sessions).map((index) => String(sessions[index]!['id']))).to.deep.equal(expected);
  });
});
