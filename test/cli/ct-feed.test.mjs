/** The ct-feed command, run as a user would (after `npm run build`). Node's own test runner: no browser. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (...args) => spawnSync(process.execPath, ['bin/ct-feed.mjs', ...args], { encoding: 'utf8' });
const temp = mkdtempSync(join(tmpdir(), 'ct-feed-'));
const write = (name, value) => {
  const file = join(temp, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};

test('the sample conference feed is valid', () => {
  const result = run('validate', 'feeds/ct-week-2023/conference.json');
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /valid "conference" feed, version 1/);
});

test('a wrong feed fails with every problem and its JSON path', () => {
  const file = write('bad.json', { kind: 'stats', version: 1, stats: { figures: [{ value: 'many', label: 'x' }, { label: 'y' }] } });
  const result = run('validate', file);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^\$\.stats\.figures\[0\]\.value: expected a number, got "many"$/m);
  assert.match(result.stdout, /^\$\.stats\.figures\[1\]\.value: required but missing$/m);
  assert.match(result.stdout, /2 problem\(s\)/);
});

test('the c3voc schema’s invalid example is rejected, naming each fault', () => {
  const result = run('validate', 'test/fixtures/frab/invalid-example.json');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /Winterchaos\[0\]: must NOT have additional properties: "answers" is not allowed/);
  assert.match(result.stdout, /Winterchaos\[0\]\.id: must be integer/);
  assert.match(result.stdout, /persons\[0\]: must have required property 'name'/);
  assert.match(result.stdout, /against the c3voc schedule schema v1/);
  assert.equal(result.stderr, '');
});

test('pretalx’s export validates as a frab schedule', () => {
  const result = run('validate', 'test/fixtures/frab/pretalx-democon.json');
  assert.equal(result.status, 0, result.stdout);
});

test('convert --from frab writes a valid agenda feed with every event', () => {
  const converted = run('convert', '--from', 'frab', 'test/fixtures/frab/frab-camp2019.json');
  assert.equal(converted.status, 0, converted.stderr);
  const feed = JSON.parse(converted.stdout);
  assert.equal(feed.kind, 'agenda');
  assert.equal(feed.agenda.sessions.length, 79);
  assert.equal(feed.agenda.timeZone, 'Europe/Berlin');
  const file = write('agenda.json', converted.stdout);
  assert.equal(run('validate', file).status, 0);
});

test('usage errors exit 2 with the usage text', () => {
  const result = run('convert', '--from', 'xml', 'x');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /usage:/);
});

test('a file that is not JSON is reported as such', () => {
  const result = run('validate', write('x.json', '{oops'));
  assert.equal(result.status, 2);
  assert.match(result.stderr, /not JSON/);
});

test('convert --from ical turns an iCalendar file into a valid agenda feed, repeating events expanded', () => {
  const result = run('convert', '--from', 'ical', 'test/fixtures/ical/recurring.ics');
  assert.equal(result.status, 0, result.stderr);
  const feed = JSON.parse(result.stdout);
  assert.equal(feed.agenda.timeZone, 'Europe/Vienna');
  // 4 briefings, and the endless weekly meeting over a year from a month ago: 52 or 53 Fridays.
  assert.ok([56, 57].includes(feed.agenda.sessions.length), String(feed.agenda.sessions.length));
  assert.deepEqual(
    feed.agenda.sessions.filter((session) => session.title.startsWith('Morning')).map((session) => session.start),
    ['2023-03-24T08:00:00.000Z', '2023-03-26T07:00:00.000Z', '2023-03-27T12:00:00.000Z', '2023-03-29T07:00:00.000Z'],
  );
  assert.match(result.stderr, /^note: VEVENT 1 \(Morning briefing\) on 20230328T070000Z: cancelled$/m);
  const converted = write('converted.json', result.stdout);
  assert.equal(run('validate', converted).status, 0);
});

test('validate reads .ics files, and fails on text that is not iCalendar', () => {
  const good = run('validate', 'test/fixtures/ical/indico-style.ics');
  assert.equal(good.status, 0, good.stdout + good.stderr);
  assert.match(good.stdout, /valid iCalendar, 3 session\(s\)/);
  const bad = run('validate', write('bad.ics', 'hello'));
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /Not an iCalendar file/);
});

test('convert --from ical ends quickly on a repeat rule that never matches again (FREQ=MINUTELY on 31 February)', () => {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['bin/ct-feed.mjs', 'convert', '--from', 'ical', 'test/fixtures/ical/never-again.ics'], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(result.status, 0, result.stderr);
  assert.ok(Date.now() - started < 30_000);
  const feed = JSON.parse(result.stdout);
  // The series' first date (DTSTART is always an occurrence) and the other event.
  assert.deepEqual(feed.agenda.sessions.map((session) => session.start), ['2020-06-09T09:00:00.000Z', '2020-06-10T09:00:00.000Z']);
  assert.match(result.stderr, /^left out VEVENT 1 \(Never again\): its repeat rule found no further date in 20000 tries; the rest are left out$/m);
});
