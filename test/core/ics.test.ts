import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildIcs, type CalendarEntry } from '../../src/core/render/ics.js';
import { eventToICalendar } from '../../src/components/event-header/event-calendar.js';
import { loadXssPayloads } from '../helpers/xss.js';

/**
 * The .ics export against hostile feed text, read back by a second implementation (ical.js's parser):
 * what comes back must be exactly what went in (RFC 5545 TEXT cannot hold a bare CR, so CRLF, CR and LF
 * all read back as LF; other control characters are not TEXT and are dropped), and the file must hold
 * only the components and properties we wrote.
 */
const START = Date.parse('2023-06-19T14:00:00Z');
const END = Date.parse('2023-06-19T15:00:00Z');

/** What a TEXT value can carry of `input`, worked out from RFC 5545 §3.3.11, not from our writer. */
function expected(input: string): string {
  let out = '';
  for (const char of input.replace(/\r\n|\r/g, '\n')) {
    const code = char.codePointAt(0)!;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f) continue;
    out += code >= 0xd800 && code <= 0xdfff ? '\uFFFD' : char;
  }
  return out;
}

const HOSTILE: string[] = [
  'Line one\r\nLine two',
  'bare\rCR then\nLF',
  'END:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:injected',
  'END:VEVENT\rBEGIN:VEVENT\rSUMMARY:injected by bare CR',
  'semi;colon, comma, back\\slash, \\n literal, \\; both',
  'trailing backslash \\',
  'ATTACH:http://evil.example/x\nX-EVIL:1',
  'tab\there, NUL\u0000, BEL\u0007, DEL\u007f',
  'lone surrogate \uD800 and \uDC00 alone',
  'العربية '.repeat(40),
  '中文会议议程'.repeat(30),
  '🎉👩🏽‍💻🇺🇳'.repeat(25),
  `a${'é'.repeat(73)}`, // a two-octet character right at the 75-octet fold
  'x'.repeat(74) + '€' + 'y'.repeat(200),
];

/** Each content line (CRLF-separated, before unfolding) is at most 75 octets and whole characters only. */
function expectFolded(text: string) {
  expect(text.endsWith('\r\n')).to.equal(true);
  expect(/\r(?!\n)|(?<!\r)\n/.test(text), 'only CRLF line ends').to.equal(false);
  const encoder = new TextEncoder();
  // A fold inside a character can only split a surrogate pair here (the input's lone ones became U+FFFD):
  // such a line would hold a lone surrogate, which UTF-8 cannot encode.
  const split = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const wrong = text
    .slice(0, -2)
    .split('\r\n')
    .filter((line) => encoder.encode(line).length > 75 || split.test(line));
  expect(wrong).to.deep.equal([]);
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('.ics export', () => {
  let corpus: string[] = [];
  before(async () => {
    corpus = [...HOSTILE, ...(await loadXssPayloads())];
  });

  it('round-trips every hostile line exactly through ical.js, one VEVENT each, nothing injected', () => {
    const entries: CalendarEntry[] = corpus.map((line, index) => ({
      uid: `s${index}@test`,
      title: line,
      description: `${line}\n${line}`,
      location: line,
      start: START,
      end: END,
      url: 'https://example.org/agenda#session-1',
    }));
    const text = buildIcs(entries, { name: 'Programme; 2023, "hostile"\r\nX-INJECTED:1', stamp: new Date(START) });
    expectFolded(text);
    const { calendar, events } = parse(text);
    expect(calendar.getAllSubcomponents().map((c) => c.name)).to.deep.equal(entries.map(() => 'vevent'));
    expect(calendar.getAllProperties().map((p) => p.name)).to.deep.equal(['prodid', 'version', 'calscale', 'x-wr-calname']);
    // ical.js does not unescape X- properties (their type is unknown to it): the escaped form, on one line.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Programme\\; 2023\\, "hostile"\\nX-INJECTED:1');
    // Collected, then compared once: 8,000 lines × a dozen chai assertions would take minutes.
    const wrong: string[] = [];
    const names = ['description', 'dtend', 'dtstamp', 'dtstart', 'location', 'summary', 'uid', 'url'].join();
    events.forEach((event, index) => {
      const input = corpus[index]!;
      const problem = (what: string) => wrong.push(`${index} ${what}: ${JSON.stringify(input).slice(0, 80)}`);
      if (event.getAllProperties().map((p) => p.name).sort().join() !== names) problem('properties');
      if (event.getFirstPropertyValue('summary') !== expected(input)) problem('summary');
      if (event.getFirstPropertyValue('description') !== expected(`${input}\n${input}`)) problem('description');
      if (event.getFirstPropertyValue('location') !== expected(input)) problem('location');
      if (event.getFirstPropertyValue('uid') !== `s${index}@test`) problem('uid');
      // Not through ICAL.Event: its constructor scans every sibling, quadratic over 8,000 events.
      const time = (name: string) => (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().getTime();
      if (time('dtstart') !== START || time('dtend') !== END) problem('times');
    });
    expect(wrong).to.deep.equal([]);
  });

  it('escapes per RFC 5545 §3.3.11 on the wire: \\\\ \\; \\, and \\n, never a raw CR', () => {
    const text = buildIcs([{ uid: 'u', title: 'a\\b;c,d\re\r\nf\ng', start: START, end: END }]);
    expect(text).to.contain('SUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng\r\n');
  });

  it('folds at 75 octets between characters: a continuation line starts with one space', () => {
    const title = '€'.repeat(40); // 3 octets each: "SUMMARY:" (8) + 22 × 3 = 74, the 23rd would pass 75
    const text = buildIcs([{ uid: 'u', title, start: START, end: END }]);
    const lines = text.split('\r\n');
    const at = lines.findIndex((line) => line.startsWith('SUMMARY:'));
    expect(lines[at]).to.equal(`SUMMARY:${'€'.repeat(22)}`);
    expect(lines[at + 1]).to.equal(` ${'€'.repeat(18)}`);
  });

  it('drops a URL with a space or control character instead of writing it unescaped', () => {
    const text = buildIcs([{ uid: 'u', title: 't', start: START, end: END, url: 'https://example.org/a\r\nX-EVIL:1' }]);
    expect(text).not.to.contain('X-EVIL');
    expect(parse(text).events[0]!.getFirstProperty('url')).to.equal(null);
  });

  it('leaves out a session that the format cannot hold (after 9999 in UTC) and keeps the others', () => {
    const late = Date.parse('9999-12-31T20:00:00-12:00'); // 10000-01-01 in UTC
    const text = buildIcs([
      { uid: 'late', title: 'late', start: late, end: late + 3_600_000 },
      { uid: 'ok', title: 'ok', start: START, end: END },
    ]);
    expect(parse(text).events.map((e) => e.getFirstPropertyValue('uid'))).to.deep.equal(['ok']);
  });

  describe('the whole event (all-day)', () => {
    const event = (extra: Record<string, unknown> = {}) =>
      ({ id: 'e1', name: { en: 'Conference' }, startDate: '2023-06-19', endDate: '2023-06-20', timeZone: 'America/New_York', ...extra }) as Parameters<typeof eventToICalendar>[0];

    it('round-trips hostile names, venues and themes', () => {
      // The same writer as above; here the hand-made lines and every 25th corpus line, one file each.
      for (const line of [...HOSTILE, ...corpus.filter((_, index) => index % 25 === 0)]) {
        const text = eventToICalendar(event({ name: { en: line }, venue: { en: line }, theme: { en: line } }), 'en');
        expectFolded(text);
        const { calendar, events } = parse(text);
        expect(calendar.getAllSubcomponents()).to.have.length(1);
        expect(events[0]!.getFirstPropertyValue('summary')).to.equal(expected(line));
        expect(events[0]!.getFirstPropertyValue('location')).to.equal(expected(line));
        expect(events[0]!.getFirstPropertyValue('description')).to.equal(expected(line));
        expect(events[0]!.getFirstProperty('summary')!.getParameter('language')).to.equal('en');
      }
    });

    it('ends the day after the last (exclusive DTEND)', () => {
      const vevent = new ICAL.Event(parse(eventToICalendar(event(), 'en')).events[0]!);
      expect(vevent.startDate.toString()).to.equal('2023-06-19');
      expect(vevent.endDate.toString()).to.equal('2023-06-21');
    });

    it('an event ending 9999-12-31 is written with a duration (there is no day 10000-01-01 in the format)', () => {
      const text = eventToICalendar(event({ startDate: '9999-12-30', endDate: '9999-12-31' }), 'en');
      const component = parse(text).events[0]!;
      expect(component.getFirstProperty('dtend')).to.equal(null);
      expect(String(component.getFirstPropertyValue('duration'))).to.equal('P2D');
      expect(new ICAL.Event(component).startDate.toString()).to.equal('9999-12-30');
    });

    it('years 0001 and 0099 are written as such', () => {
      const text = eventToICalendar(event({ startDate: '0001-01-01', endDate: '0099-03-04' }), 'en');
      expect(text).to.contain('DTSTART;VALUE=DATE:00010101\r\n');
      expect(text).to.contain('DTEND;VALUE=DATE:00990305\r\n');
    });
  });
});
