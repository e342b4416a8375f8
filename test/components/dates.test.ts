import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/event-header/ct-event-header.js';
import '../../src/components/timeline/ct-timeline.js';
import '../../src/components/press-release/ct-press-release.js';
import '../../src/components/press-releases/ct-press-releases.js';
import '../../src/components/agenda/ct-agenda.js';
import '../../src/components/stats/ct-stats.js';
import { readFeedSection, validateDocument } from '../../src/core/feed/validate.js';
import { expectAccessible } from '../helpers/a11y.js';
import { until } from '../helpers/feeds.js';
import { part, squash } from '../helpers/dom.js';

/**
 * One date rule everywhere: impossible dates refused with their JSON path, the years 0001–9999 shown as
 * written (never 1900–1999 for 0000–0099: the two-digit-year trap of `Date.UTC`), no crash on the last
 * day the schema accepts. Expected texts are UN English style (day, month name, year as a number).
 */
const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const errorOf = (el: Element) => part(el, 'error');

const YEARS = [
  { day: '0001-01-01', text: '1 January 1' },
  { day: '0099-03-04', text: '4 March 99' },
  { day: '0100-03-01', text: '1 March 100' },
  { day: '1999-12-31', text: '31 December 1999' },
  { day: '9999-12-31', text: '31 December 9999' },
] as const;

function release(id: string, date: string) {
  return { id, lang: 'en', office: 'UNOCT', headline: `Release ${id}`, dateline: { place: 'Geneva', date }, lead: 'Lead.', body: [] };
}

describe('one date rule', () => {
  describe('the schema', () => {
    const event = (startDate: string, endDate = startDate) => ({
      kind: 'conference',
      version: 1,
      event: { name: 'E', startDate, endDate, timeZone: 'UTC' },
    });
    const session = (start: string, end = '2023-06-19T11:00:00Z') => ({
      kind: 'agenda',
      version: 1,
      agenda: { timeZone: 'UTC', sessions: [{ id: 's1', title: 'S', start, end }] },
    });

    for (const [day, why] of [
      ['2023-02-30', '30 February'],
      ['2023-02-29', 'not a leap year'],
      ['1900-02-29', 'a century that is not a leap year'],
      ['0000-01-01', 'year 0 (1 BC)'],
      ['2023-04-31', '31 April'],
    ]) {
      it(`refuses the day ${day} (${why}) with its path`, () => {
        const result = readFeedSection(event('2023-01-01', day), 'event', undefined);
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(result.error.path).to.equal('$.event.endDate');
      });
    }

    for (const day of ['0001-01-01', '0099-03-04', '2000-02-29', '2024-02-29', '9999-12-31']) {
      it(`accepts the day ${day}`, () => {
        expect(readFeedSection(event(day), 'event', undefined).ok).to.equal(true);
      });
    }

    for (const [start, why] of <[string, string][]>[
      ['2023-02-30T10:00:00Z', '30 February'],
      ['2023-06-19T25:00:00Z', 'hour 25'],
      ['2023-06-19T10:00:00+25:00', 'offset +25:00'],
      ['2023-06-19T10:00:00+05', 'offset without minutes (Date.parse gives NaN)'],
      ['2023-06-19 10:00:00Z', 'a space for T (the legacy parser reads 0099 as 1999)'],
      ['0000-06-19T10:00:00Z', 'year 0'],
    ]) {
      it(`refuses the date-time ${start} (${why}) with its path`, () => {
        const feed = session(start, '2023-06-19T11:00:00Z');
        // Strict reading (ct-feed validate): the fault and its path.
        const problems = validateDocument(feed);
        expect(problems.some((p) => p.startsWith('$.agenda.sessions[0].start:')), problems.join('\n')).to.equal(true);
        // Display: that session is left out, the programme stays.
        const result = readFeedSection(feed, 'agenda', undefined);
        expect(result.ok && result.value.sessions.length === 0 && result.leftOut.count === 1).to.equal(true);
        if (result.ok) expect(result.leftOut.details.join()).to.contain('$.agenda.sessions[0]');
      });
    }

    it('accepts date-times in the years 0001 and 9999, fractions and offsets', () => {
      expect(readFeedSection(session('0001-01-01T00:00:00Z', '0001-01-01T01:00:00.5+00:30'), 'agenda', undefined).ok).to.equal(true);
      expect(readFeedSection(session('9999-12-31T10:00:00-12:00', '9999-12-31T11:00:00-12:00'), 'agenda', undefined).ok).to.equal(true);
    });

    it('refuses a timeline month 0000-05 and a day 2023-02-29, accepts 0099', () => {
      const timeline = (date: string) => ({ kind: 'conference', version: 1, timeline: { milestones: [{ date, title: 'M' }] } });
      for (const bad of ['0000-05', '2023-02-29', '0000']) {
        const problems = validateDocument(timeline(bad));
        expect(problems.some((p) => p.startsWith('$.timeline.milestones[0].date:')), `${bad}: ${problems.join('\n')}`).to.equal(true);
        const result = readFeedSection(timeline(bad), 'timeline', undefined);
        expect(result.ok && result.value.milestones.length === 0, bad).to.equal(true);
      }
      expect(readFeedSection(timeline('0099'), 'timeline', undefined).ok).to.equal(true);
    });
  });

  describe('shown as written', () => {
    for (const { day, text } of YEARS) {
      it(`<ct-event-header> ${day}`, async () => {
        const data = { kind: 'conference', version: 1, event: { name: 'E', startDate: day, endDate: day, timeZone: 'Asia/Tokyo' } };
        const el = await fixture(html`<ct-event-header lang="en" now="2026-01-01T00:00:00Z" .data=${data}></ct-event-header>`);
        await until(() => part(el, 'dates') !== null || errorOf(el) !== null, 'the header');
        expect(errorOf(el)).to.equal(null);
        expect(part(el, 'dates')!.textContent!.trim()).to.equal(text);
        expect(part(el, 'dates')!.querySelector('time')!.getAttribute('datetime')).to.equal(day);
      });

      it(`<ct-timeline> ${day}`, async () => {
        const data = { kind: 'conference', version: 1, timeline: { milestones: [{ date: day, title: 'M' }] } };
        const el = await fixture(html`<ct-timeline lang="en" .data=${data}></ct-timeline>`);
        await until(() => part(el, 'date') !== null || errorOf(el) !== null, 'the timeline');
        expect(errorOf(el)).to.equal(null);
        expect(part(el, 'date')!.textContent!.trim()).to.equal(text);
      });

      it(`<ct-press-release> and <ct-press-releases> ${day}`, async () => {
        const data = { kind: 'conference', version: 1, pressReleases: { releases: [release('r1', day)] } };
        const one = await fixture(html`<ct-press-release lang="en" .data=${data}></ct-press-release>`);
        const list = await fixture(html`<ct-press-releases lang="en" .data=${data}></ct-press-releases>`);
        await until(() => shadowText(one).includes(text) && shadowText(list).includes(text), `${text} in both`);
        if (!text.endsWith('1999')) expect(shadowText(one) + shadowText(list)).not.to.match(/\b19\d\d\b/);
      });

      it(`<ct-stats> figure date ${day}`, async () => {
        const data = { kind: 'stats', version: 1, stats: { figures: [{ value: 1, label: 'one', date: day }] } };
        const el = await fixture(html`<ct-stats lang="en" .data=${data}></ct-stats>`);
        await until(() => el.shadowRoot!.querySelector('time') !== null || errorOf(el) !== null, 'the figure');
        expect(el.shadowRoot!.querySelector('time')!.textContent!.trim()).to.equal(text);
      });
    }

    it('<ct-timeline> keeps years 0099 and 0100 apart and in order, as a range too', async () => {
      const data = {
        kind: 'conference',
        version: 1,
        timeline: { milestones: [{ date: '0100', title: 'later' }, { date: '0099-01', endDate: '0099-06', title: 'earlier' }, { date: '1999', title: 'last' }] },
      };
      const el = await fixture(html`<ct-timeline lang="en" now="2026-01-01T00:00:00Z" .data=${data}></ct-timeline>`);
      await until(() => el.shadowRoot!.querySelectorAll('[part~="date"]').length === 3, 'three milestones');
      const dates = [...el.shadowRoot!.querySelectorAll('[part~="date"]')].map((d) => d.textContent!.trim());
      // (The dash's spacing is the range formatter's style, not what this test is about.)
      expect(dates).to.have.length(3);
      expect(dates[0]).to.match(/^January ?– ?June 99$/);
      expect(dates.slice(1)).to.deep.equal(['100', '1999']);
    });

    it('<ct-agenda> a session on 19 June 0099 is on that day, not in 1999', async () => {
      const data = {
        kind: 'agenda',
        version: 1,
        agenda: { timeZone: 'UTC', sessions: [{ id: 's1', title: 'Old session', start: '0099-06-19T10:00:00Z', end: '0099-06-19T11:00:00Z' }] },
      };
      const el = await fixture(html`<ct-agenda lang="en" .data=${data}></ct-agenda>`);
      await until(() => shadowText(el).includes('Old session') || errorOf(el) !== null, 'the session');
      expect(errorOf(el)).to.equal(null);
      expect(shadowText(el)).to.contain('19 June 99');
      expect(shadowText(el)).not.to.contain('1999');
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('0099-06-19T10:00:00Z');
    });
  });

  describe('the last day the schema accepts', () => {
    it('<ct-event-header> of an event ending 9999-12-31 renders live, with its dates, accessibly', async () => {
      const data = { kind: 'conference', version: 1, event: { name: 'Forever', startDate: '2020-01-01', endDate: '9999-12-31', timeZone: 'Pacific/Kiritimati' } };
      const el = await fixture(html`<ct-event-header lang="en" now="2026-01-01T00:00:00Z" .data=${data}></ct-event-header>`);
      await until(() => part(el, 'dates') !== null || errorOf(el) !== null, 'the header');
      expect(errorOf(el)).to.equal(null);
      expect(squash(part(el, 'dates')!.textContent)).to.match(/^1 January 2020 ?– ?31 December 9999$/);
      expect(el.getAttribute('status') ?? part(el, 'status')?.textContent ?? '').to.match(/live/i);
      await expectAccessible(el);
    });

    it('<ct-event-header> of an event in 9999 still upcoming counts down without a crash', async () => {
      const data = { kind: 'conference', version: 1, event: { name: 'Far', startDate: '9999-12-30', endDate: '9999-12-31', timeZone: 'Etc/GMT+12' } };
      const el = await fixture(html`<ct-event-header lang="en" now="2026-01-01T00:00:00Z" .data=${data}></ct-event-header>`);
      await until(() => part(el, 'dates') !== null || errorOf(el) !== null, 'the header');
      expect(errorOf(el)).to.equal(null);
      expect(squash(part(el, 'dates')!.textContent)).to.equal('30–31 December 9999');
    });

    it('<ct-timeline> with a milestone ending 9999-12-31 is current', async () => {
      const data = { kind: 'conference', version: 1, timeline: { milestones: [{ date: '2000', endDate: '9999-12-31', title: 'Always' }] } };
      const el = await fixture(html`<ct-timeline lang="en" now="2026-01-01T00:00:00Z" .data=${data}></ct-timeline>`);
      await until(() => part(el, 'milestone') !== null || errorOf(el) !== null, 'the milestone');
      expect(errorOf(el)).to.equal(null);
      expect(part(el, 'milestone')!.getAttribute('part')).to.contain('milestone-current');
    });

    it('<ct-agenda> with a session on the evening of 9999-12-31 west of UTC (10000-01-01 in UTC)', async () => {
      const data = {
        kind: 'agenda',
        version: 1,
        agenda: { timeZone: 'Etc/GMT+12', sessions: [{ id: 's1', title: 'Last', start: '9999-12-31T20:00:00-12:00', end: '9999-12-31T21:00:00-12:00' }] },
      };
      const el = await fixture(html`<ct-agenda lang="en" .data=${data}></ct-agenda>`);
      await until(() => shadowText(el).includes('Last') || errorOf(el) !== null, 'the session');
      expect(errorOf(el)).to.equal(null);
      expect(shadowText(el)).to.contain('31 December 9999');
    });
  });
});
