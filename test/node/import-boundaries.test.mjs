/**
 * The folder rules of CONTRIBUTING.md, checked on every import in `src/`:
 * - `src/feeds/` (the feed contract, which the CLI and the schema build load in Node) imports nothing from
 *   the rest of `src/`, and of packages only its own three;
 * - `src/core/` imports nothing from `src/components/` (shared code knows no element);
 * - an element folder imports no other element's folder (what two elements share lives in `src/core/`);
 * - `src/core/i18n/`, `security/` and `styles/` are the ground floor of `src/core/`: nothing else of it below them;
 *   `language/` and `time/` build on `i18n/`, `render/` on those, `feed/` on `security/` and the feed events;
 * - the validator the CLI loads reaches only the feed contract and `src/core/feed/` (no i18n, no Lit).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const FEEDS_PACKAGES = new Set(['valibot', 'ical.js', 'windows-iana']);
// press-releases lists the documents press-release shows, with the same model and inline text rules.
const CROSS_ELEMENT_ALLOWED = new Set(['press-releases → press-release']);

/** Every module specifier in a TypeScript source: static, side-effect, re-export, type-only and dynamic imports. */
export function importsOf(source) {
  const pattern = /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...source.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3]);
}

const files = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));

/** `{ file, specifier, target }` for each import of each file under `dir`; `target` is the repo path for relative ones. */
function importsUnder(dir) {
  return files(dir).flatMap((file) =>
    importsOf(readFileSync(file, 'utf8')).map((specifier) => ({
      file,
      specifier,
      target: specifier.startsWith('.') ? join(dirname(file), specifier).replace(/\.js$/, '.ts') : undefined,
    })),
  );
}

const inside = (path, dir) => !relative(dir, path).startsWith('..');
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const list = (found) => found.map(({ file, specifier }) => `${file}: ${specifier}`).join('\n');

test('the import reader finds every kind of import', () => {
  const source = [
    "import { a } from './a.js';",
    "import type { B } from '../b.js';",
    "import {\n  c,\n  d,\n} from 'lit';",
    "import './side-effect.js';",
    "export { e } from './e.js';",
    "export * from './f.js';",
    "const g = () => import('./g.js');",
    "// a word like import in a comment, and 'a string from here'",
  ].join('\n');
  assert.deepEqual(importsOf(source), ['./a.js', '../b.js', 'lit', './side-effect.js', './e.js', './f.js', './g.js']);
});

test('src/feeds imports nothing from the rest of src/, and of packages only valibot, ical.js and windows-iana', () => {
  const found = importsUnder('src/feeds');
  assert.ok(found.length > 20, `only ${found.length} imports found under src/feeds`);
  const outside = found.filter(({ specifier, target }) => (target ? !inside(target, 'src/feeds') : !FEEDS_PACKAGES.has(packageOf(specifier))));
  assert.equal(outside.length, 0, `src/feeds must stand alone (the CLI and the schema build load it):\n${list(outside)}`);
});

test('src/core imports nothing from src/components', () => {
  const found = importsUnder('src/core');
  assert.ok(found.length > 50, `only ${found.length} imports found under src/core`);
  const wrong = found.filter(({ target }) => target && inside(target, 'src/components'));
  assert.equal(wrong.length, 0, `shared code must not know an element; move what both need into src/core:\n${list(wrong)}`);
});

test("an element folder imports no other element's folder", () => {
  const wrong = importsUnder('src/components').filter(({ file, target }) => {
    if (!target || !inside(target, 'src/components')) return false;
    const [from, to] = [file, target].map((path) => relative('src/components', path).split(/[\\/]/)[0]);
    return from !== to && !CROSS_ELEMENT_ALLOWED.has(`${from} → ${to}`);
  });
  assert.equal(wrong.length, 0, `what two elements share lives in src/core:\n${list(wrong)}`);
});

test('src/core/i18n, security and styles import nothing else from src/core', () => {
  const floors = ['src/core/i18n', 'src/core/security', 'src/core/styles'];
  const wrong = floors.flatMap((floor) =>
    importsUnder(floor).filter(({ target }) => target && inside(target, 'src/core') && !inside(target, floor)),
  );
  assert.equal(wrong.length, 0, `the ground floor of src/core builds on nothing above it:\n${list(wrong)}`);
});

// The floors above the ground floor, as CONTRIBUTING draws them: what each folder of src/core may import
// from the others (a folder, or one file of it). element/ sits on top and may import all of them.
const CORE_FLOORS = {
  language: ['i18n'],
  time: ['i18n'],
  // iCalendar text must be well-formed Unicode, as feed text is: one function, kept beside the validator.
  render: ['i18n', 'language', 'time', 'feed/well-formed.ts'],
  feed: ['security', 'element/events.ts'],
};

test('language/ and time/ build on i18n/, render/ on those, feed/ on security/ and the feed events only', () => {
  for (const floor of Object.keys(CORE_FLOORS)) {
    const across = importsUnder(join('src/core', floor)).filter(({ target }) => target && inside(target, 'src/core') && !inside(target, join('src/core', floor)));
    assert.ok(across.length > 0, `no import from src/core/${floor} to the rest of src/core found: is the reader still reading it?`);
  }
  const wrong = Object.entries(CORE_FLOORS).flatMap(([floor, allowed]) =>
    importsUnder(join('src/core', floor)).filter(
      ({ target }) =>
        target && inside(target, 'src/core') && !inside(target, join('src/core', floor)) && !allowed.some((dir) => inside(target, join('src/core', dir))),
    ),
  );
  assert.equal(wrong.length, 0, `src/core's floors build only on those below them (CONTRIBUTING.md, "Folders"):\n${list(wrong)}`);
});

test('the validator the CLI loads reaches only src/feeds and src/core/feed', () => {
  const reached = new Set();
  const pending = ['src/core/feed/validate.ts'];
  while (pending.length) {
    const file = pending.pop();
    if (reached.has(file)) continue;
    reached.add(file);
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) pending.push(join(dirname(file), specifier).replace(/\.js$/, '.ts'));
      else assert.ok(FEEDS_PACKAGES.has(packageOf(specifier)), `${file} imports ${specifier}`);
    }
  }
  const wrong = [...reached].filter((file) => !inside(file, 'src/feeds') && !inside(file, 'src/core/feed'));
  assert.deepEqual(wrong, [], 'bin/ct-feed.mjs loads the validator in Node: keep it free of i18n, time and Lit');
});
