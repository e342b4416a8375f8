import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/components/agenda/ct-agenda.js';
import type { CtAgenda } from '../../src/components/agenda/agenda.js';
import { convertICalendar } from '../../src/feeds/ical.js';
import { until } from '../helpers/feeds.js';

/**
 * The shared corpus of real calendars (test/fixtures/ical/real/), each read over HTTP, with every event's
 * instants worked out by hand — RFC 5545 and the producers' zone names — never copied from our output.
 * The whole suite runs with the page in two zones far apart: what it shows may not depend on the reader's.
 */

/** The present for the conversion, so that windows of endless series are fixed: 2026-11-29. */
const NOW = Date.parse('2026-11-29T00:00:00Z');
const H = 3_600_000;

type Row = [title: string, start: string, end: string];
interface Expected {
  timeZone: string;
  sessions: Row[];
  /** Lines of `skipped`, by pattern: faults in the file, named. */
  skipped?: RegExp[];
  /** The element's sessions depend on today (an endless series): checked by the conversion only. */
  dependsOnNow?: boolean;
}

const at = (day: string, time: string, hours = 0) => new Date(Date.parse(`${day}T${time}Z`) + hours * H).toISOString();
const rows = (title: string, days: string[], start: string, end: string): Row[] => days.map((day) => [title, at(day, start), at(day, end)]);

const CORPUS: Record<string, Expected> = {
  // A blank line mid-file is invalid and carries nothing: an empty calendar, not an error.
  'icaljs-blank_line_mid.ics': { timeZone: 'UTC', sessions: [] },
  // 06:00 in Los Angeles in June is PDT (UTC−7): 13:00Z; DURATION P1D is one calendar day.
  'icaljs-duration_instead_of_dtend.ics': {
    timeZone: 'America/Los_Angeles',
    sessions: [['Really long event name thing', '2012-06-30T13:00:00.000Z', '2012-07-01T13:00:00.000Z']],
  },
  'icaljs-minimal.ics': {
    timeZone: 'America/Los_Angeles',
    sessions: [['Really long event name thing', '2012-06-30T13:00:00.000Z', '2012-06-30T14:00:00.000Z']],
  },
  // Two RRULEs, one set: Mondays (WEEKLY from Monday 26 March) and every Sunday (MONTHLY;BYDAY=SU), until
  // 30 July 06:59:59Z = 29 July 23:59:59 PDT; 11:00 PDT = 18:00Z throughout.
  'icaljs-multiple_rrules.ics': {
    timeZone: 'America/Los_Angeles',
    sessions: rows(
      'sahaja <> frashed',
      [
        '2012-03-26', '2012-04-01', '2012-04-02', '2012-04-08', '2012-04-09', '2012-04-15', '2012-04-16', '2012-04-22',
        '2012-04-23', '2012-04-29', '2012-04-30', '2012-05-06', '2012-05-07', '2012-05-13', '2012-05-14', '2012-05-20',
        '2012-05-21', '2012-05-27', '2012-05-28', '2012-06-03', '2012-06-04', '2012-06-10', '2012-06-11', '2012-06-17',
        '2012-06-18', '2012-06-24', '2012-06-25', '2012-07-01', '2012-07-02', '2012-07-08', '2012-07-09', '2012-07-15',
        '2012-07-16', '2012-07-22', '2012-07-23', '2012-07-29',
      ],
      '18:00:00.000',
      '18:30:00.000',
    ),
  },
  // A DATE start alone lasts the day, in the calendar's zone (X-WR-TIMEZONE Los Angeles, PDT).
  'icaljs-only_dtstart_date.ics': {
    timeZone: 'America/Los_Angeles',
    sessions: [['Really long event name thing', '2012-06-30T07:00:00.000Z', '2012-07-01T07:00:00.000Z']],
  },
  // Daily ×4 from 9 June 03:00Z, 11 June excluded by a DATE EXDATE; no SUMMARY (the UID names it), and a
  // DATE-TIME start alone is an instant: a point session, one second long.
  'icaljs-rdate_exdate.ics': {
    timeZone: 'UTC',
    sessions: ['2024-06-09', '2024-06-10', '2024-06-12'].map((day) => ['123', at(day, '03:00:00.000'), at(day, '03:00:01.000')] as Row),
  },
  // First Tuesdays (2 Oct, 6 Nov, 4 Dec) until 31 Dec, plus RDATEs 5 and 10 Nov, 10:00 in Los Angeles:
  // PDT (17:00Z) before 4 November 2012, PST (18:00Z) after.
  'icaljs-recur_instances_finite.ics': {
    timeZone: 'America/Los_Angeles',
    sessions: [
      ['Crazy Event Thingy!', '2012-10-02T17:00:00.000Z', '2012-10-02T17:30:00.000Z'],
      ...rows('Crazy Event Thingy!', ['2012-11-05', '2012-11-06', '2012-11-10', '2012-12-04'], '18:00:00.000', '18:30:00.000'),
    ],
  },
  // The file's own zone, UTC−07:41 (no IANA zone has it: shown in UTC): 13:42 + 7:41 = 21:23Z.
  'icaljs-timezone_from_file.ics': {
    timeZone: 'UTC',
    sessions: [['A test event', '2023-03-06T21:23:00.000Z', '2023-03-06T22:23:00.000Z']],
  },
  'icaljs-utc_negative_zero.ics': {
    timeZone: 'UTC',
    sessions: [['And another', '2012-08-21T21:00:00.000Z', '2012-08-21T21:30:00.000Z']],
  },
  // "tzone://Microsoft/Custom" is defined nowhere: read in the calendar's zone, UTC (with a note); a
  // DATE-TIME start alone is a point; a negative DURATION ends before it starts: left out, named.
  'node-ical-bad_custom_ms_tz.ics': {
    timeZone: 'UTC',
    sessions: [
      ['[private]', '2021-03-25T10:35:00.000Z', '2021-03-25T11:50:00.000Z'],
      ['*masked-away*', '2021-04-01T19:30:00.000Z', '2021-04-01T19:30:01.000Z'],
    ],
    skipped: [/VEVENT 3 \(\*masked-away2\*\): DURATION is negative/],
  },
  // "Customized Time Zone" = US Eastern rules (−5, −4 from 2nd Sunday of March to 1st Sunday of November).
  // Tuesdays and Thursdays 10:35–11:50 until 17 Dec 15:35Z (= 10:35 EST, included): EDT 14:35Z until
  // 29 October, EST 15:35Z from 3 November (DST ended 1 November 2020).
  'node-ical-bad_ms_tz.ics': {
    timeZone: 'America/New_York',
    sessions: [
      ...rows(
        '[private]',
        ['2020-08-25', '2020-08-27', '2020-09-01', '2020-09-03', '2020-09-08', '2020-09-10', '2020-09-15', '2020-09-17', '2020-09-22', '2020-09-24',
          '2020-09-29', '2020-10-01', '2020-10-06', '2020-10-08', '2020-10-13', '2020-10-15', '2020-10-20', '2020-10-22', '2020-10-27', '2020-10-29'],
        '14:35:00.000',
        '15:50:00.000',
      ),
      ...rows(
        '[private]',
        ['2020-11-03', '2020-11-05', '2020-11-10', '2020-11-12', '2020-11-17', '2020-11-19', '2020-11-24', '2020-11-26', '2020-12-01', '2020-12-03',
          '2020-12-08', '2020-12-10', '2020-12-15', '2020-12-17'],
        '15:35:00.000',
        '16:50:00.000',
      ),
    ],
  },
  // Floating 10:00 in the calendar's only zone, Amsterdam, in October: CEST (UTC+2) = 08:00Z.
  'node-ical-dst-transition-rules.ics': {
    timeZone: 'Europe/Amsterdam',
    sessions: [['Morgendienst', '2022-10-09T08:00:00.000Z', '2022-10-09T09:00:00.000Z']],
  },
  // Exchange display name "(UTC+07:00) Bangkok, Hanoi, Jakarta", defined in the file as +07:00: 09:00 = 02:00Z.
  'node-ical-exchange-custom-tz.ics': {
    timeZone: 'Asia/Bangkok',
    sessions: [['Test event', '2019-04-30T02:00:00.000Z', '2019-04-30T05:00:00.000Z']],
  },
  // Floating times in the calendar's only VTIMEZONE (US Eastern rules): 14:00 EDT in June = 18:00Z.
  'node-ical-floating-dtstart-custom-vtimezone.ics': {
    timeZone: 'America/New_York',
    sessions: [['Floating DTSTART with custom VTIMEZONE', '2025-06-10T18:00:00.000Z', '2025-06-10T19:00:00.000Z']],
  },
  // X-WR-TIMEZONE US/Pacific; 28 October 2002 is after DST ended (27 October): PST, UTC−8. New York EST, UTC−5.
  'node-ical-mixed-timezone-handling.ics': {
    timeZone: 'America/Los_Angeles',
    sessions: [
      ['No Timezone', '2002-10-28T09:20:30.000Z', '2002-10-29T09:20:30.000Z'],
      ['UTC Timezone', '2002-10-28T01:20:30.000Z', '2002-10-29T01:20:30.000Z'],
      ['Inline Timezone', '2002-10-28T06:20:30.000Z', '2002-10-29T06:20:30.000Z'],
      ['Date Only (Explicit)', '2002-10-28T08:00:00.000Z', '2002-10-29T08:00:00.000Z'],
      ['Date Only (Implicit)', '2002-10-28T08:00:00.000Z', '2002-10-29T08:00:00.000Z'],
    ],
  },
  'node-ical-test_date_time_duration.ics': {
    timeZone: 'UTC',
    sessions: [['period test2', '2024-02-15T09:00:00.000Z', '2024-02-15T10:15:00.000Z']],
  },
  // Every Saturday, all day in Bucharest, since 2020 and with no end: shown from a month before NOW for a
  // year. First: Saturday 31 Oct 2026 00:00 EET (UTC+2) = 30 Oct 22:00Z; last: Saturday 30 Oct 2027 00:00
  // EEST (UTC+3, DST ends 31 Oct 2027) = 29 Oct 21:00Z; 53 Saturdays.
  'node-ical-test_with_forward_TZ.ics': {
    timeZone: 'Europe/Bucharest',
    dependsOnNow: true,
    sessions: saturdaysInBucharest(),
  },
  // Europe/Paris by name (no VTIMEZONE): 15:00 CET = 14:00Z. TZID " 1" (numeric, with a space) is the
  // file's own EU-rules zone: 11:00 CET = 10:00Z.
  'node-ical-test_with_int_tzid.ics': {
    timeZone: 'Europe/Berlin',
    sessions: [
      ['test export import', '2023-12-15T14:00:00.000Z', '2023-12-15T15:00:00.000Z'],
      ['Atelier groupes portail/Nuage', '2024-01-08T10:00:00.000Z', '2024-01-08T11:00:00.000Z'],
    ],
  },
  // Only VTODOs: no events.
  'node-ical-utf8-french-calendar.ics': { timeZone: 'UTC', sessions: [] },
  // "(UTC-05:00) Eastern Time (US and Canada)" is America/New_York: 12:00 EDT = 16:00Z; DTEND 13:00 in Los
  // Angeles = 20:00Z, so each occurrence lasts 4 hours. The EXDATEs are 12:00 in Los Angeles (19:00Z), when
  // no occurrence starts: an EXDATE excludes an instant (RFC 5545 §3.8.5.1), so all 10 remain.
  'node-ical-windows-quoted-tz-rrule.ics': {
    timeZone: 'America/New_York',
    sessions: rows(
      'Treasure Hunting',
      ['2015-07-06', '2015-07-07', '2015-07-08', '2015-07-09', '2015-07-10', '2015-07-11', '2015-07-12', '2015-07-13', '2015-07-14', '2015-07-15'],
      '16:00:00.000',
      '20:00:00.000',
    ),
  },
  // Every 14 July since 2012, a DATE in Europe/Berlin: in the window from 30 Oct 2026 for a year, only
  // 14 July 2027, 00:00 CEST (UTC+2) = 13 July 22:00Z, for the day.
  'node-ical-yearly-recurring-unicode.ics': {
    timeZone: 'Europe/Berlin',
    dependsOnNow: true,
    sessions: [['Fête Nationale - Férié', '2027-07-13T22:00:00.000Z', '2027-07-14T22:00:00.000Z']],
  },
};

function saturdaysInBucharest(): Row[] {
  const out: Row[] = [];
  // Literal ends of the span and the DST boundaries in between (EU: last Sunday of March and October).
  const summerStart = Date.parse('2027-03-28T01:00:00Z');
  const summerEnd = Date.parse('2027-10-31T01:00:00Z');
  for (let day = Date.parse('2026-10-31T00:00:00Z'); day <= Date.parse('2027-10-30T00:00:00Z'); day += 7 * 24 * H) {
    const offset = (instant: number) => (instant >= summerStart && instant < summerEnd ? 3 : 2);
    const start = day - offset(day - 2 * H) * H;
    const end = day + 24 * H - offset(day + 22 * H) * H;
    out.push(['Fear TWD', new Date(start).toISOString(), new Date(end).toISOString()]);
  }
  return out;
}

const FILES = Object.keys(CORPUS);
const sorted = (list: Row[]) => [...list].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
const text = async (name: string) => (await fetch(`/test/fixtures/ical/real/${name}`)).text();

for (const timeZone of ['Asia/Tokyo', 'America/Vancouver']) {
  describe(`iCalendar conformance, read in ${timeZone}`, () => {
    before(async () => {
      await executeServerCommand('set-time-zone', { timeZone });
    });
    after(async () => {
      await executeServerCommand('set-time-zone', {});
    });

    it(`the page really is in ${timeZone}`, () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(timeZone);
      expect(new Date(2024, 0, 1).getTimezoneOffset()).to.equal(timeZone === 'Asia/Tokyo' ? -540 : 480);
    });

    it('covers every file of the corpus', () => {
      expect(FILES).to.have.length(21);
    });

    for (const name of FILES) {
      const expected = CORPUS[name]!;
      it(`${name}: ${expected.sessions.length} session(s) at their instants`, async () => {
        const { feed, skipped } = await convertICalendar(await text(name), { now: NOW });
        const got = feed.agenda.sessions.map((s) => [String(s.title), s.start, s.end] as Row);
        expect(sorted(got), name).to.deep.equal(sorted(expected.sessions));
        expect(feed.agenda.timeZone, `${name}: zone shown`).to.equal(expected.timeZone);
        expect(skipped.length, `${name}: ${skipped.join('; ')}`).to.equal(expected.skipped?.length ?? 0);
        for (const pattern of expected.skipped ?? []) expect(skipped.some((line) => pattern.test(line)), String(pattern)).to.equal(true);
      });

      if (!expected.dependsOnNow && expected.sessions.length) {
        it(`${name}: <ct-agenda> shows the same instants`, async () => {
          const el = await fixture<CtAgenda>(html`<ct-agenda lang="en" no-url-state storage-key=${`conf-${Math.random()}`} src=${`/test/fixtures/ical/real/${name}`}></ct-agenda>`);
          const cards = () => [...el.shadowRoot!.querySelectorAll('.session')];
          await until(() => cards().length === expected.sessions.length, `${name}: ${expected.sessions.length} sessions`);
          const shown = cards().map((card) => [...card.querySelectorAll('time')].map((time) => new Date(time.getAttribute('datetime')!).toISOString()));
          // A DATE-TIME start alone is an instant (RFC 5545 §3.6.1): the card shows one time, no end.
          const instant = (start: string, end: string) => Date.parse(end) - Date.parse(start) === 1000;
          expect(shown.map(([start, end]) => `${start} ${end}`).sort()).to.deep.equal(
            expected.sessions.map(([, start, end]) => `${start} ${instant(start, end) ? undefined : end}`).sort(),
          );
        });
      }
    }

    it('two calendars on one page: one redefining America/New_York as +14:00 moves only its own session', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      wrapper.innerHTML = `
        <ct-agenda no-url-state storage-key="ny-1" src="/test/fixtures/ical/new-york-redefined.ics"></ct-agenda>
        <ct-agenda no-url-state storage-key="ny-2" src="/test/fixtures/ical/new-york-by-name.ics"></ct-agenda>`;
      const [hostile, honest] = [...wrapper.querySelectorAll<CtAgenda>('ct-agenda')];
      const start = (el: CtAgenda) => el.shadowRoot!.querySelector('.session time')?.getAttribute('datetime');
      await until(() => Boolean(start(hostile!) && start(honest!)), 'both calendars');
      // 10:00 at +14:00 is 20:00Z the day before; 10:00 EDT is 14:00Z.
      expect(new Date(start(hostile!)!).toISOString()).to.equal('2023-05-31T20:00:00.000Z');
      expect(new Date(start(honest!)!).toISOString()).to.equal('2023-06-01T14:00:00.000Z');
      // Read again after the hostile one: still 14:00Z, and nothing was registered for the page.
      const again = await convertICalendar(await (await fetch('/test/fixtures/ical/new-york-by-name.ics')).text());
      expect(again.feed.agenda.sessions[0]!.start).to.equal('2023-06-01T14:00:00.000Z');
      expect(ICAL.TimezoneService.has('America/New_York')).to.equal(false);
    });

    it('faults lose only their own event: glued TZID, LOCATION with a value type, broken DTSTART, display names', async () => {
      const { feed, skipped, notes } = await convertICalendar(await (await fetch('/test/fixtures/ical/faults.ics')).text(), { now: NOW });
      const by = (title: string) => feed.agenda.sessions.filter((s) => s.title === title).map((s) => `${s.start} ${s.end}`);
      // Exchange's "W. Europe Standard Time:20200609T090000" glued into the TZID: 09:00 CEST = 07:00Z.
      expect(by('Glued TZID value (Exchange)')).to.deep.equal(['2020-06-09T07:00:00.000Z 2020-06-09T08:00:00.000Z']);
      // "(GMT+10:00) Canberra, Melbourne, Sydney": Melbourne, AEST in June (UTC+10): 09:00 = 23:00Z the day before.
      expect(by('Location with a value type')).to.deep.equal(['2020-06-08T23:00:00.000Z 2020-06-09T00:00:00.000Z']);
      // "(UTC-05:00) Eastern Time (US & Canada)": New York, EDT in June: 13:00Z.
      expect(by('Eastern display name')).to.deep.equal(['2020-06-09T13:00:00.000Z 2020-06-09T13:30:00.000Z']);
      // No zone has +05:45 with a "Nowhere Town": its fixed offset, and a note saying so. 09:00 − 5:45 = 03:15Z.
      expect(by('Unplaceable display name')).to.deep.equal(['2020-06-09T03:15:00.000Z 2020-06-09T03:45:00.000Z']);
      expect(notes.some((line) => /Nowhere Town.*fixed offset/.test(line))).to.equal(true);
      expect(notes.some((line) => /VTIMEZONE without TZID/.test(line))).to.equal(true);
      // A rule that never matches again: its first date shown, then a clear stop.
      expect(by('Never again')).to.deep.equal(['2020-06-09T09:00:00.000Z 2020-06-09T09:30:00.000Z']);
      expect(skipped).to.have.length(2);
      expect(skipped[0]).to.match(/VEVENT 3 \(Broken start\): no DTSTART/);
      expect(skipped[1]).to.match(/VEVENT 6 \(Never again\): its repeat rule found no further date in 20000 tries/);
      // Rooms in Arabic and Chinese keep ids of their own.
      const rooms = feed.agenda.rooms.map((room) => room.id);
      expect(new Set(rooms).size).to.equal(rooms.length);
      expect(feed.agenda.rooms.map((room) => room.name)).to.include.members(['قاعة ١', '会议室']);
    });
  });
}
