/**
 * The CSS API is true: every custom property we document is read by some style, every public `--ct-*`
 * property a style reads is documented, and private plumbing never uses the public prefix (a page setting
 * `--ct-grid-row` must not be able to move a card; our own rules must not override a page's `--ct-*`).
 * Documented = `@cssprop` in the manifest (custom-elements.json) or README's theming list.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === 'generated' ? [] : files(join(dir, entry.name))) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
const sources = files('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const names = (text, pattern) => new Set([...text.matchAll(pattern)].map((m) => m[1]));

/** Public properties read by a style: `var(--ct-…`. */
const readIn = (list) => names(list.map((s) => s.text).join('\n'), /var\((--ct-[a-z0-9-]+)/g);
const read = readIn(sources);

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const documentedByElement = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName) continue;
    documentedByElement.set(declaration.tagName, (declaration.cssProperties ?? []).map((p) => p.name));
  }
}
const readme = readFileSync('README.md', 'utf8');
const theming = readme.slice(readme.indexOf('**Theming.**'), readme.indexOf('\n\n', readme.indexOf('**Theming.**')));
const tokens = names(theming, /`(--ct-[a-z0-9-]+)`/g);
const documented = new Set([...tokens, ...[...documentedByElement.values()].flat()]);

test('the README lists the shared tokens and elements document their own properties', () => {
  assert.ok(tokens.size >= 10, `README theming list: ${[...tokens].join(' ')}`);
  assert.ok(documentedByElement.size >= 9, 'elements in the manifest');
});

test('every documented custom property is read by a style', () => {
  const unread = [...documented].filter((name) => !read.has(name));
  assert.deepEqual(unread, [], `documented but read nowhere: ${unread.join(', ')}`);
});

test("each element's own properties are read in its own folder", () => {
  const wrong = [];
  for (const [tag, properties] of documentedByElement) {
    const own = readIn(sources.filter((s) => s.path.includes(`components/${tag.slice(3)}/`)));
    for (const name of properties) if (!own.has(name) && !tokens.has(name)) wrong.push(`${tag} ${name}`);
  }
  assert.deepEqual(wrong, []);
});

test('every public --ct-* property a style reads is documented', () => {
  const undocumented = [...read].filter((name) => !documented.has(name));
  assert.deepEqual(undocumented, [], `read but undocumented: ${undocumented.join(', ')}`);
});

test('we never set a public --ct-* property ourselves: private plumbing is --_ct-*', () => {
  const set = [];
  for (const { path, text } of sources) {
    // In CSS (`--ct-x: …` as a declaration) or from script (`'--ct-x'` as a key or setProperty argument).
    for (const m of text.matchAll(/(?:^|[\s;{])(--ct-[a-z0-9-]+)\s*:/gm)) set.push(`${path}: ${m[1]}`);
    for (const m of text.matchAll(/['"`](--ct-[a-z0-9-]+)['"`]/g)) set.push(`${path}: ${m[1]}`);
  }
  assert.deepEqual(set, []);
});
