import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/agenda/ct-agenda.js';
import type { CtAgenda } from '../../src/components/agenda/agenda.js';
import { expectAccessible } from '../helpers/a11y.js';
import { until } from '../helpers/feeds.js';
import { all } from '../helpers/dom.js';
import { agendaFrom } from '../helpers/agenda.js';

const whens = (el: Element) => all(el, '.session .when').map((node) => node.textContent!.replace(/\s+/g, ''));

describe('<ct-agenda> reading iCalendar feeds', () => {
  it('reads an Indico-style export: IANA zone, DTEND and DURATION, across a DST change', async () => {
    const el = await agendaFrom('/test/fixtures/ical/indico-style.ics', 'viewer-time-zone="Europe/Paris"');
    // A DATE start alone lasts the day (RFC 5545 §3.6.1), in the calendar's own zone.
    expect(all(el, '.session .title').map((node) => node.textContent!.trim())).to.deep.equal(['Before the change', 'A whole day', 'After the change']);
    expect(whens(el)).to.deep.equal(['10–11a.m.', 'midnight–midnight', '10–11.30a.m.']);
    expect(all(el, '.segmented button')[0]!.textContent!.trim()).to.equal('Event time (Eastern Time)');
    all(el, '.segmented button')[1]!.click();
    await el.updateComplete;
    expect(whens(el)).to.deep.equal(['4–5p.m.', '6a.m.–6a.m.', '3–4.30p.m.']);
    expect(all(el, '[part~="title"]')[0]!.textContent!.trim()).to.equal('Indico-style export');
    await expectAccessible(el);
  });

  it('reads an Outlook-style export whose zone has a Windows name, from its VTIMEZONE rules', async () => {
    // No time-zone attribute: "Eastern Standard Time" is shown as America/New_York, labelled as such.
    const el = await agendaFrom('/test/fixtures/ical/outlook-style.ics');
    expect(all(el, '.segmented button')[0]!.textContent!.trim()).to.equal('Event time (Eastern Time)');
    expect(whens(el)).to.deep.equal(['10–11a.m.', 'midnight–midnight', '10–11.30a.m.']);
    expect(all(el, '.session time')[0]!.getAttribute('datetime')).to.equal('2023-03-10T15:00:00.000Z');
  });

  it('converts a real calendar once for every agenda showing it (one console note, the same sessions)', async () => {
    // Exchange's custom zone file from the shared corpus: one event left out and one note on how it was read.
    const src = `/test/fixtures/ical/real/node-ical-bad_custom_ms_tz.ics?twice=${Math.random()}`;
    const notes: string[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => void notes.push(args.join(' '));
    try {
      const [first, second] = await Promise.all([agendaFrom(src), agendaFrom(src)]);
      await until(() => all(second, '.session').length === all(first, '.session').length, 'the second agenda');
      expect(all(first, '.session').length).to.equal(2);
      expect(all(second, '.session .title').map((n) => n.textContent)).to.deep.equal(all(first, '.session .title').map((n) => n.textContent));
    } finally {
      console.info = info;
    }
    expect(notes.filter((line) => line.includes('node-ical-bad_custom_ms_tz.ics'))).to.have.length(1);
  });

  it('takes iCalendar text through .data too, with format="ical"', async () => {
    const text = await (await fetch('/test/fixtures/ical/indico-style.ics')).text();
    const el = await fixture<CtAgenda>(html`<ct-agenda lang="en" no-url-state format="ical" .data=${text}></ct-agenda>`);
    await until(() => all(el, '.session').length === 3, 'sessions');
    expect(all(el, '[part~="room"]').map((node) => node.textContent)).to.deep.equal(['Conference Room 1', 'Conference Room 4']);
  });

  it('shows a clear error for text that is not iCalendar', async () => {
    const el = await fixture<CtAgenda>(html`<ct-agenda lang="en" no-url-state format="ical" .data=${'hello'}></ct-agenda>`);
    await until(() => all(el, '[part~="error"]').length > 0, 'error');
    expect(all(el, '[part~="error"]')[0]!.textContent).to.contain('Not an iCalendar file');
  });
});

describe('<ct-agenda> reading repeating iCalendar events', () => {
  it('shows every occurrence at its local time across DST, without excluded, cancelled or moved-away ones', async () => {
    const el = await agendaFrom('/test/fixtures/ical/recurring.ics');
    const briefings = all(el, '.session')
      .filter((card) => card.querySelector('.title')!.textContent!.includes('briefing'))
      .map((card) => `${card.querySelector('time')!.getAttribute('datetime')} ${card.querySelector('.title')!.textContent!.trim()}`);
    expect(briefings).to.deep.equal([
      '2023-03-24T08:00:00.000Z Morning briefing', // 9 a.m. CET
      '2023-03-26T07:00:00.000Z Morning briefing', // 9 a.m. CEST: the series keeps local time over the change
      '2023-03-27T12:00:00.000Z Morning briefing (moved to the afternoon)',
      '2023-03-29T07:00:00.000Z Morning briefing',
    ]);
    expect(all(el, '[part~="room"]')[0]!.textContent).to.equal('Board Room');
    // Each occurrence has its own deep link.
    const ids = all(el, '.session').map((card) => card.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.include('session-briefing-example.org-20230326T070000Z');
  });

  it('shows an endless series from a month ago for a year, reaching the present', async () => {
    const el = await agendaFrom('/test/fixtures/ical/recurring.ics');
    // Worked out here, not by the converter: every Friday at 16:00 in Vienna from 24 March 2023 on, kept if
    // it starts within [now − 30 days, now − 30 days + 366 days).
    const from = Date.now() - 30 * 86_400_000;
    const expected: string[] = [];
    for (let day = Date.UTC(2023, 2, 24); day < from + 366 * 86_400_000; day += 7 * 86_400_000) {
      const date = new Date(day);
      // 16:00 in Vienna: UTC+2 from the last Sunday of March to the last Sunday of October, else UTC+1.
      const lastSunday = (month: number) => { const d = new Date(Date.UTC(date.getUTCFullYear(), month + 1, 0)); return d.getUTCDate() - d.getUTCDay(); };
      const m = date.getUTCMonth(), d = date.getUTCDate();
      const summer = (m > 2 && m < 9) || (m === 2 && d >= lastSunday(2)) || (m === 9 && d < lastSunday(9));
      const at = day + (16 - (summer ? 2 : 1)) * 3_600_000;
      if (at >= from) expected.push(new Date(at).toISOString());
    }
    await until(() => all(el, '.session').length >= 4 + expected.length, 'sessions');
    const weekly = all(el, '.session')
      .filter((card) => card.querySelector('.title')!.textContent!.trim() === 'Weekly coordination')
      .map((card) => card.querySelector('time')!.getAttribute('datetime'));
    expect(weekly).to.deep.equal(expected);
    expect(weekly.length).to.be.within(52, 53);
  });
});

describe('<ct-agenda> reading two repeating series at the same hour', () => {
  it('moves and cancels occurrences of their own series only', async () => {
    const el = await agendaFrom('/test/fixtures/ical/two-series.ics');
    const starts = (title: string) =>
      all(el, '.session')
        .filter((card) => card.querySelector('.title')!.textContent!.trim() === title)
        .map((card) => card.querySelector('time')!.getAttribute('datetime'));
    // The library series has no exceptions: all six days at 9 a.m., whatever the briefing series does.
    expect(starts('Library hour')).to.deep.equal([
      '2023-03-24T08:00:00.000Z', '2023-03-25T08:00:00.000Z', '2023-03-26T07:00:00.000Z',
      '2023-03-27T07:00:00.000Z', '2023-03-28T07:00:00.000Z', '2023-03-29T07:00:00.000Z',
    ]);
    expect(starts('Morning briefing (moved to the afternoon)')).to.deep.equal(['2023-03-27T12:00:00.000Z']);
  });
});
