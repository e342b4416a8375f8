/**
 * `npm run new:element` edits files it finds by their shape (the last export line, the FEED_SECTIONS
 * block…). When one of them changes shape, the generator can no longer place its line: run it on a copy
 * of the tree and require that it placed every one and that the elements check passes on the result.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ELEMENT_NAMES } from '../../scripts/elements.mjs';

test('new:element places every line it adds, and the elements check passes on what it wrote', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ct-new-element-'));
  try {
    // What the generator and the check read (no git needed: the tree may be an unpacked copy).
    for (const path of ['src', 'scripts', 'stories', 'test/components', 'package.json', 'size-budget.json', 'README.md']) {
      cpSync(path, join(dir, path), { recursive: true });
    }
    const run = spawnSync(process.execPath, ['scripts/new-element.mjs', 'media-contacts'], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.doesNotMatch(run.stdout, /Not found/);
    const types = readFileSync(join(dir, 'src/feeds/types.ts'), 'utf8');
    assert.match(types, /export interface FeedSections \{[^}]*\n {2}mediaContacts: MediaContactsSection;\n\}/);
    const check = spawnSync(process.execPath, ['scripts/check-elements.mjs'], { cwd: dir, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);
    assert.match(check.stdout, new RegExp(`^${ELEMENT_NAMES.length + 1} elements`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
