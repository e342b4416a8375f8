import { expect } from '@open-wc/testing';
import { readFeedSection, validateDocument } from '../../src/core/feed/validate.js';
import { seedFeed, statsFeed } from '../helpers/feeds.js';

describe('feed validation', () => {
  it('accepts the seed conference feed whole', async () => {
    expect(validateDocument(await seedFeed())).to.deep.equal([]);
  });

  it('names the JSON path of each problem', () => {
    const feed = statsFeed([{ value: 1, label: 'ok' }, { label: { EN: 'bad key' } }, { value: 3, label: 'x', qualifier: 'lots' }]);
    expect(validateDocument(feed)).to.deep.equal([
      '$.stats.figures[1].value: required but missing',
      '$.stats.figures[1].label.EN: expected a language tag such as "en" or "zh-Hans", got "EN"',
      '$.stats.figures[2].qualifier: expected one of "exact", "more-than", "over", "at-least", "about", "up-to", got "lots"',
    ]);
  });

  it('rejects days that do not exist and time zones the browser does not know, naming the path', () => {
    const event = { kind: 'conference', version: 1, event: { name: 'x', startDate: '2023-02-30', endDate: '2023-06-20', timeZone: 'Mars/Olympus_Mons' } };
    expect(validateDocument(event)).to.deep.equal([
      '$.event.startDate: expected a date that exists, in the years 0001 to 9999, got "2023-02-30"',
      '$.event.timeZone: expected a time zone this browser knows, such as "America/New_York", got "Mars/Olympus_Mons"',
    ]);
    const wrongForm = { ...event, event: { ...event.event, startDate: '20 June 2023', timeZone: 'UTC' } };
    expect(validateDocument(wrongForm)).to.deep.equal(['$.event.startDate: expected a date as YYYY-MM-DD, got "20 June 2023"']);
    const leap = { ...event, event: { ...event.event, startDate: '2024-02-29', endDate: '2024-03-01', timeZone: 'Europe/Vienna' } };
    expect(validateDocument(leap)).to.deep.equal([]);
    const reversed = { ...event, event: { ...event.event, startDate: '2023-06-20', endDate: '2023-06-19', timeZone: 'UTC' } };
    expect(validateDocument(reversed)).to.deep.equal(['$.event: expected endDate on or after startDate']);
  });

  it('accepts links in any letter case, and only http(s) and mailto', () => {
    const withSource = (sourceUrl: string) => statsFeed([{ value: 1, label: 'x', sourceUrl }]);
    expect(validateDocument(withSource('HTTPS://www.un.org/'))).to.deep.equal([]);
    expect(validateDocument(withSource('MailTo:press@un.org'))).to.deep.equal([]);
    expect(validateDocument(withSource('JavaScript:alert(1)'))[0]).to.match(/sourceUrl: expected an https:, http: or mailto: URL/);
  });

  it('rejects a document that is not an object, or of another version or kind', () => {
    expect(readFeedSection([], 'stats')).to.include({ ok: false });
    const wrongVersion = readFeedSection({ kind: 'stats', version: 2, stats: { figures: [] } }, 'stats');
    expect(wrongVersion.ok).to.equal(false);
    if (!wrongVersion.ok) expect(wrongVersion.error.path).to.equal('$.version');
    const wrongKind = readFeedSection({ kind: 'schedule', version: 1 }, 'stats');
    if (!wrongKind.ok) expect(wrongKind.messages[0]).to.match(/^\$\.kind: expected one of "conference", "stats", "agenda"/);
    expect(wrongKind.ok).to.equal(false);
  });

  it('checks only the section an element reads, so a broken sibling section does no harm', async () => {
    const seed = await seedFeed();
    const broken = { ...seed, event: { name: 42 } };
    expect(readFeedSection(broken, 'stats').ok).to.equal(true);
    expect(readFeedSection(broken, 'event').ok).to.equal(false);
  });

  it('validates one parsed document once per section', async () => {
    const seed = await seedFeed();
    expect(readFeedSection(seed, 'stats')).to.equal(readFeedSection(seed, 'stats'));
  });

  it('leaves out an item whose link has a scheme other than http(s) and mailto', () => {
    for (const sourceUrl of ['javascript:alert(1)', 'data:text/html,x', ' JAVASCRIPT:x', 'vbscript:x']) {
      const result = readFeedSection(statsFeed([{ value: 1, label: 'l', sourceUrl }, { value: 2, label: 'm' }]), 'stats');
      if (!result.ok) throw new Error(`${sourceUrl}: the valid figure should remain`);
      expect(result.value.figures, sourceUrl).to.deep.equal([{ value: 2, label: 'm' }]);
      expect(result.leftOut.details[0], sourceUrl).to.match(/^\$\.stats\.figures\[0\]\.sourceUrl: expected an https:, http: or mailto: URL/);
    }
    expect(readFeedSection(statsFeed([{ value: 1, label: 'l', sourceUrl: 'mailto:OCT-info@un.org' }]), 'stats').ok).to.equal(true);
  });

  describe('a faulty item is left out, never the programme', () => {
    const session = (i: number, extra: Record<string, unknown> = {}) => ({
      id: `s${i}`,
      title: `Session ${i}`,
      start: `2023-06-19T${String(9 + i).padStart(2, '0')}:00:00-04:00`,
      end: `2023-06-19T${String(9 + i).padStart(2, '0')}:30:00-04:00`,
      ...extra,
    });
    const agenda = (sessions: unknown[], extra: Record<string, unknown> = {}) => ({
      kind: 'agenda',
      version: 1,
      agenda: { timeZone: 'America/New_York', rooms: [{ id: 'r1', name: 'Room 1' }, { id: 'r 2', name: 'Bad id' }], sessions, ...extra },
    });

    it('shows every valid session and room when one session has a bad start, and says which', () => {
      const feed = agenda([session(0), session(1, { start: 'tomorrow' }), session(2), session(3, { end: '2023-06-19T08:00:00-04:00' })]);
      const result = readFeedSection(feed, 'agenda');
      if (!result.ok) throw new Error(result.messages.join('\n'));
      expect(result.value.sessions.map((s) => s.id)).to.deep.equal(['s0', 's2']);
      expect(result.value.rooms!.map((r) => r.id)).to.deep.equal(['r1']);
      expect(result.leftOut.count).to.equal(3);
      expect(result.leftOut.details).to.deep.equal([
        '$.agenda.rooms[1].id: expected an id of letters, digits, "-", "_" or ".", got "r 2"',
        '$.agenda.sessions[1].start: not an ISO date-time with offset, e.g. 2023-06-19T10:00:00-04:00, got "tomorrow"',
        '$.agenda.sessions[1]: expected "end" after "start"',
        '$.agenda.sessions[3]: expected "end" after "start"',
      ]);
      // What is shown is exactly what a strict read of the feed without those items gives.
      const clean = agenda([session(0), session(2)]);
      clean.agenda.rooms = [{ id: 'r1', name: 'Room 1' }];
      const strict = readFeedSection(clean, 'agenda');
      expect(strict.ok && strict.value).to.deep.equal(result.value);
      expect(strict.ok && strict.leftOut.count).to.equal(0);
      // The validator stays strict: every fault with its path.
      expect(validateDocument(feed)).to.have.length(4);
    });

    it('keeps a list within its limit by leaving out what is over it, after the faulty items', () => {
      const figures = Array.from({ length: 502 }, (_, i) => ({ value: i, label: `f${i}` }));
      figures[0] = { value: Number.NaN, label: 'bad' } as never;
      const result = readFeedSection(statsFeed(figures), 'stats');
      if (!result.ok) throw new Error(result.messages.join('\n'));
      expect(result.value.figures).to.have.length(500);
      expect(result.value.figures[0]!.label).to.equal('f1');
      expect(result.value.figures[499]!.label).to.equal('f500');
      expect(result.leftOut.count).to.equal(2);
      expect(result.leftOut.details[1]).to.equal('$.stats.figures: more than 500 items; the rest are left out');
      const allValid = readFeedSection(statsFeed(figures.slice(1).concat([{ value: 1, label: 'x' }])), 'stats');
      expect(allValid.ok && allValid.value.figures.length).to.equal(500);
      expect(allValid.ok && allValid.leftOut.count).to.equal(2);
    });

    it('is an error state only when the document is not the format at all', () => {
      const notAnArray = readFeedSection(agenda('none' as never), 'agenda');
      expect(notAnArray.ok === false && notAnArray.error.path).to.equal('$.agenda.sessions');
      const notAnObject = readFeedSection({ kind: 'agenda', version: 1, agenda: 'none' }, 'agenda');
      expect(notAnObject.ok === false && notAnObject.error.path).to.equal('$.agenda');
      const badZone = readFeedSection(agenda([session(0)], { timeZone: 'Mars/Olympus' }), 'agenda');
      expect(badZone.ok === false && badZone.error.path).to.equal('$.agenda.timeZone');
      const noSessions = readFeedSection(agenda([session(0, { start: 'x' })]), 'agenda');
      expect(noSessions.ok && noSessions.value.sessions).to.deep.equal([]);
    });

    // Measured with scripts/bench-validate.ts; here only a bound that catches a second pass per fault or worse.
    it('costs a faulty 10,000-session feed about what a valid one costs', () => {
      const big = (faulty: boolean) =>
        agenda(Array.from({ length: 10_000 }, (_, i) => session(i % 10, { id: `s${i}`, ...(faulty && i % 100 === 7 ? { start: 'x' } : {}) })));
      const time = (feed: unknown) => {
        const started = performance.now();
        readFeedSection(feed, 'agenda');
        return performance.now() - started;
      };
      time(big(false));
      const valid = Math.min(time(big(false)), time(big(false)), time(big(false)));
      const faulty = Math.min(time(big(true)), time(big(true)), time(big(true)));
      const result = readFeedSection(big(true), 'agenda');
      expect(result.ok && result.value.sessions.length).to.equal(9_900);
      expect(faulty).to.be.lessThan(valid * 2.5 + 30);
    });
  });
});
