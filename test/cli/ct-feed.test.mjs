/** The ct-feed command, run as a user would (after `npm run build`). Node's own test runner: no browser. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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
  // The fourth fault its README names: a top-level rooms list, which v1 does not allow.
  assert.match(result.stdout, /^\$\.schedule\.rooms: boolean schema is false$/m);
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

// The shared corpus of real calendars (test/fixtures/ical/real/), through the command as a content editor
// runs it. Session counts are those worked out by hand in test/feeds/ical-conformance.test.ts (RFC 5545,
// the producers' zones); the two endless series depend on today and are only checked to validate.
const REAL_ICS_SESSIONS = {
  'icaljs-blank_line_mid.ics': 0,
  'icaljs-duration_instead_of_dtend.ics': 1,
  'icaljs-minimal.ics': 1,
  'icaljs-multiple_rrules.ics': 36,
  'icaljs-only_dtstart_date.ics': 1,
  'icaljs-rdate_exdate.ics': 3,
  'icaljs-recur_instances_finite.ics': 5,
  'icaljs-timezone_from_file.ics': 1,
  'icaljs-utc_negative_zero.ics': 1,
  'node-ical-bad_custom_ms_tz.ics': 2,
  'node-ical-bad_ms_tz.ics': 34,
  'node-ical-dst-transition-rules.ics': 1,
  'node-ical-exchange-custom-tz.ics': 1,
  'node-ical-floating-dtstart-custom-vtimezone.ics': 1,
  'node-ical-mixed-timezone-handling.ics': 5,
  'node-ical-test_date_time_duration.ics': 1,
  'node-ical-test_with_forward_TZ.ics': undefined,
  'node-ical-test_with_int_tzid.ics': 2,
  'node-ical-utf8-french-calendar.ics': 0,
  'node-ical-windows-quoted-tz-rrule.ics': 10,
  'node-ical-yearly-recurring-unicode.ics': undefined,
};

test('validate reads every real calendar of the corpus into a valid agenda feed, with the sessions it means', () => {
  const files = readdirSync('test/fixtures/ical/real').filter((name) => name.endsWith('.ics')).sort();
  assert.deepEqual(files, Object.keys(REAL_ICS_SESSIONS).sort());
  for (const [name, sessions] of Object.entries(REAL_ICS_SESSIONS)) {
    const result = run('validate', `test/fixtures/ical/real/${name}`);
    assert.equal(result.status, 0, `${name}: ${result.stdout}${result.stderr}`);
    assert.match(result.stdout, sessions === undefined ? /valid iCalendar, \d+ session\(s\)$/m : new RegExp(`valid iCalendar, ${sessions} session\\(s\\)$`, 'm'), name);
  }
  // The one event left out of the corpus, named (a negative DURATION).
  assert.match(run('validate', 'test/fixtures/ical/real/node-ical-bad_custom_ms_tz.ics').stdout, /^left out VEVENT 3 \(\*masked-away2\*\): DURATION is negative/m);
});

test('the real camp 2019 export breaks the c3voc schema 93 times (as its README counts with ajv), each named', () => {
  const result = run('validate', 'test/fixtures/frab/frab-camp2019.json');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /: 93 problem\(s\) against the c3voc schedule schema v1$/m);
  assert.equal(result.stdout.trim().split('\n').length, 94);
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

// Limits and encodings, against a local server this test starts (127.0.0.1 only) and temporary files.
// spawnSync would block this process and its server, so these runs are asynchronous.
const runAsync = (...args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/ct-feed.mjs', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });

const BOM = '\uFEFF';
const statsFeed = { kind: 'stats', version: 1, stats: { figures: [{ value: 1, label: 'one' }] } };
const ICS = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:a@test', 'DTSTAMP:20230601T000000Z', 'DTSTART:20230619T140000Z', 'DTEND:20230619T150000Z', 'SUMMARY:Opening', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

async function withServer(check) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/hang') return; // headers never come
    if (url.pathname === '/hang-body') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"kind":'); // and nothing more
      return;
    }
    if (url.pathname === '/endless') {
      // No Content-Length: a body that never ends, only the size limit can stop it.
      response.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (response.write(chunk));
        response.once('drain', pump);
      };
      response.on('close', () => response.removeAllListeners('drain'));
      pump();
      return;
    }
    if (url.pathname === '/declared-large') {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(100 * 1024 * 1024) });
      response.write('{');
      return;
    }
    if (url.pathname === '/bom.json') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      return response.end(BOM + JSON.stringify(statsFeed));
    }
    if (url.pathname === '/bom.ics') {
      response.writeHead(200, { 'Content-Type': 'text/calendar' });
      return response.end(BOM + ICS);
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    await check(base);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

const noStack = (result) => assert.doesNotMatch(result.stderr, /\n\s+at /, `a stack trace: ${result.stderr}`);

test('a URL that never answers ends after --timeout with a plain message', async () => {
  await withServer(async (base) => {
    for (const path of ['/hang', '/hang-body']) {
      const started = Date.now();
      const result = await runAsync('validate', `${base}${path}`, '--timeout', '1');
      const took = Date.now() - started;
      assert.equal(result.status, 2, result.stderr);
      assert.ok(took >= 900 && took < 10_000, `${path}: ${took} ms`);
      assert.match(result.stderr, new RegExp(`${path}: no complete answer within 1 s \\(raise the limit with --timeout\\)`));
      noStack(result);
    }
  });
});

test('a body over --max-bytes is refused, whether declared or streamed without an end', async () => {
  await withServer(async (base) => {
    const streamed = await runAsync('validate', `${base}/endless`, '--max-bytes', '1000000');
    assert.equal(streamed.status, 2);
    assert.match(streamed.stderr, /\/endless: larger than the limit of 1\.0 MiB \(raise it with --max-bytes\)/);
    noStack(streamed);
    const declared = await runAsync('validate', `${base}/declared-large`);
    assert.equal(declared.status, 2);
    assert.match(declared.stderr, /\/declared-large: larger than the limit of 16 MiB/);
    noStack(declared);
  });
});

test('a file over --max-bytes is refused before it is read', () => {
  const file = write('big.json', JSON.stringify({ ...statsFeed, pad: 'x'.repeat(5000) }));
  const result = run('validate', file, '--max-bytes', '1000');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /big\.json: 0\.0 MiB, larger than the limit of 0\.0 MiB/);
  noStack(result);
});

test('a UTF-8 byte order mark is accepted in JSON and .ics, from files and URLs', async () => {
  const json = run('validate', write('bom.json', BOM + JSON.stringify(statsFeed)));
  assert.equal(json.status, 0, json.stdout + json.stderr);
  assert.match(json.stdout, /valid "stats" feed/);
  const ics = run('validate', write('bom.ics', BOM + ICS));
  assert.equal(ics.status, 0, ics.stdout + ics.stderr);
  assert.match(ics.stdout, /valid iCalendar, 1 session\(s\)/);
  const converted = run('convert', '--from', 'ical', write('bom2.ics', BOM + ICS));
  assert.equal(JSON.parse(converted.stdout).agenda.sessions[0].title, 'Opening');
  await withServer(async (base) => {
    const remoteJson = await runAsync('validate', `${base}/bom.json`);
    assert.equal(remoteJson.status, 0, remoteJson.stderr);
    const remoteIcs = await runAsync('validate', `${base}/bom.ics`);
    assert.equal(remoteIcs.status, 0, remoteIcs.stderr);
    assert.match(remoteIcs.stdout, /valid iCalendar, 1 session\(s\)/);
  });
});

test('expected failures are one plain sentence each, exit code 2, no stack trace', async () => {
  const missing = run('validate', join(temp, 'does-not-exist.json'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /does-not-exist\.json: no such file\n$/);
  const notJson = run('validate', write('page.json', '<html>Maintenance</html>'));
  assert.equal(notJson.status, 2);
  assert.match(notJson.stderr, /page\.json: not JSON \(/);
  const latin1 = join(temp, 'latin1.json');
  writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])); // {"é"} in Latin-1
  const notUtf8 = run('validate', latin1);
  assert.equal(notUtf8.status, 2);
  assert.match(notUtf8.stderr, /latin1\.json: not UTF-8 text/);
  const badOption = run('validate', 'feeds/ct-week-2023/conference.json', '--timeout', '');
  assert.equal(badOption.status, 2);
  assert.match(badOption.stderr, /--timeout expects a number above 0, got ""/);
  // A port that was free a moment ago: nothing listens there now.
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  const unreachable = await runAsync('validate', `http://127.0.0.1:${port}/feed.json`, '--timeout', '5');
  assert.equal(unreachable.status, 2);
  assert.match(unreachable.stderr, /\/feed\.json: could not be reached \(ECONNREFUSED\)/);
  for (const result of [missing, notJson, notUtf8, badOption, unreachable]) noStack(result);
  await withServer(async (base) => {
    const notFound = await runAsync('validate', `${base}/nothing-here.json`);
    assert.equal(notFound.status, 2);
    assert.match(notFound.stderr, /nothing-here\.json: the server answered 404 Not Found/);
    noStack(notFound);
  });
});
