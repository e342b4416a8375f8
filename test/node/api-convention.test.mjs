/**
 * The public API convention of CONTRIBUTING.md ("Conventions every element follows"), checked on what the
 * package publishes (custom-elements.json) so a new element or attribute cannot drift from it unnoticed.
 * Whether an event fires for real input and not for a programmatic set is the browser tests' part
 * (test/components/user-events.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName));
const attributes = elements.flatMap((element) =>
  (element.attributes ?? [])
    .filter((attribute) => attribute.fieldName)
    .map((attribute) => ({
      tag: element.tagName,
      name: attribute.name,
      type: attribute.type?.text,
      default: attribute.default,
      reflects: Boolean(element.members?.find((member) => member.name === attribute.fieldName)?.reflects),
    })),
);

test('boolean attributes default to off', () => {
  const on = attributes.filter((a) => a.type === 'boolean' && a.default !== 'false').map((a) => `<${a.tag} ${a.name}> defaults to ${a.default}`);
  assert.deepEqual(on, []);
});

test('an attribute several elements have is reflected on all of them or on none', () => {
  const byName = new Map();
  for (const a of attributes) byName.set(a.name, [...(byName.get(a.name) ?? []), a]);
  const mixed = [...byName].filter(([, list]) => new Set(list.map((a) => a.reflects)).size > 1).map(([name, list]) => `${name}: ${list.map((a) => `${a.tag}${a.reflects ? ' (reflected)' : ''}`).join(', ')}`);
  assert.deepEqual(mixed, []);
});

test('retired names stay retired: one name for one idea', () => {
  // `view` is `layout` (as on <ct-speakers> and <ct-timeline>); JSON-LD is asked for with `json-ld`.
  const retired = attributes.filter((a) => ['view', 'no-json-ld'].includes(a.name)).map((a) => `<${a.tag} ${a.name}>`);
  assert.deepEqual(retired, []);
});

test('no page, story, test or doc still writes a retired attribute on an element', () => {
  // The manifest check above cannot see markup: an old `view="grid"` in a test page is silently ignored by
  // the element (it shows the list) and the test goes on checking the wrong layout.
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
    .split('\0')
    .filter((path) => /\.(html|ts|js|mjs|md|mdx)$/.test(path) && !path.startsWith('src/generated/') && existsSync(path));
  // An opening ct-* tag (a template's `=>` may sit inside it) with a retired attribute among its attributes.
  const tag = /<ct-[a-z-]+(?:[^<>]|=>)*?\s(view|no-json-ld)(?=[\s=>/])/g;
  const found = tracked.flatMap((path) => [...readFileSync(path, 'utf8').matchAll(tag)].map((m) => `${path}: ${m[1]}`));
  assert.deepEqual(found, []);
});

test('what says what is shown is reflected; loading limits, heading levels, zones, links, storage keys and switches are not', () => {
  const shown = ['src', 'theme', 'now', 'layout', 'release', 'notation', 'count-up'];
  const notShown = (name) =>
    /^no-|^href-|-href$|-zone$/.test(name) || ['json-ld', 'heading-level', 'storage-key', 'timeout', 'max-bytes', 'refresh'].includes(name);
  const wrong = attributes
    .filter((a) => (shown.includes(a.name) && !a.reflects) || (notShown(a.name) && a.reflects))
    .map((a) => `<${a.tag} ${a.name}>${a.reflects ? ' reflected' : ' not reflected'}`);
  assert.deepEqual(wrong, []);
  // Each rule above has something to hold, or it would pass on an empty list.
  for (const name of [...shown, 'json-ld', 'heading-level', 'storage-key', 'timeout', 'max-bytes', 'refresh']) {
    assert.ok(attributes.some((a) => a.name === name), `no element has ${name}`);
  }
});

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === 'generated' ? [] : files(join(dir, entry.name))) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
const source = files('src').map((path) => readFileSync(path, 'utf8')).join('\n');
/** `'ct-load': CtLoadEvent;` inside a `GlobalEventHandlersEventMap` declaration. */
const eventMap = new Map(
  [...source.matchAll(/interface GlobalEventHandlersEventMap \{([^}]*)\}/g)].flatMap((m) => [...m[1].matchAll(/'(ct-[a-z-]+)': (\w+);/g)].map((e) => [e[1], e[2]])),
);

test('events are named ct-<state>-change or ct-<verb>, typed by a class, and in GlobalEventHandlersEventMap', () => {
  const problems = [];
  for (const element of elements) {
    for (const event of element.events ?? []) {
      const where = `<${element.tagName}> ${event.name}`;
      if (!/^ct-([a-z]+-change|[a-z]+)$/.test(event.name)) problems.push(`${where}: not ct-<state>-change or ct-<verb>`);
      const type = event.type?.text.replace(/<.*$/, '');
      if (!type) problems.push(`${where}: no {Class} in its @fires`);
      else if (eventMap.get(event.name) !== type) problems.push(`${where}: GlobalEventHandlersEventMap says ${eventMap.get(event.name) ?? 'nothing'}, @fires says ${type}`);
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(eventMap.size >= 9, `only ${eventMap.size} events found in GlobalEventHandlersEventMap declarations`);
});
