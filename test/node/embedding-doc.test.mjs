/**
 * docs/embedding.md tells Drupal and WordPress which tags and attributes to keep. Those lists must name
 * every element and attribute the manifest has, or an editor's widget loses an attribute on save: the
 * blocks between the `embed-allowlists` markers must be what scripts/embed-allowlists.mjs prints now.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { drupalLine, elementAttributes, wordpressEntries } from '../../scripts/embed-allowlists.mjs';

const doc = readFileSync('docs/embedding.md', 'utf8');
const elements = elementAttributes();
const block = (name) => {
  const match = new RegExp(`<!-- embed-allowlists:${name} -->\\n([\\s\\S]*?)<!-- /embed-allowlists:${name} -->`).exec(doc);
  assert.ok(match, `docs/embedding.md has no embed-allowlists:${name} block`);
  return match[1];
};

test('the manifest has the elements the lists are made from', () => {
  assert.ok(elements.length >= 9, `${elements.length} elements`);
  assert.ok(elements.find((e) => e.tag === 'ct-stats')?.attributes.includes('src'));
});

test('every snippet pins the version it documents (docs/embedding.md: never an unversioned URL)', () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const wrong = [];
  for (const file of ['README.md', 'docs/embedding.md']) {
    const text = readFileSync(file, 'utf8');
    // A public CDN's URL of the package, and a self-hosted versioned folder.
    for (const [url] of text.matchAll(/https:\/\/(?:unpkg\.com|cdn\.jsdelivr\.net\/npm)\/ct-widgets[^\s`'")]*/g)) {
      if (!url.includes(`/ct-widgets@${version}/`)) wrong.push(`${file}: ${url}`);
    }
    for (const [path, pinned] of text.matchAll(/\/static\/ct-widgets\/([^/\s`]+)\//g)) if (pinned !== version) wrong.push(`${file}: ${path}`);
  }
  assert.deepEqual(wrong, [], `package.json says ${version}`);
});

test("Drupal's allowed-tags line in docs/embedding.md is the manifest's", () => {
  assert.equal(block('drupal'), `\`\`\`text\n${drupalLine(elements)}\n\`\`\`\n`, 'run node scripts/embed-allowlists.mjs drupal and update the doc');
});

test("WordPress's kses entries in docs/embedding.md are the manifest's", () => {
  assert.ok(block('wordpress').includes(`${wordpressEntries(elements)}\n  ) );`), 'run node scripts/embed-allowlists.mjs wordpress and update the doc');
});
