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
