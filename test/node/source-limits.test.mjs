/**
 * Two promises of CONTRIBUTING.md that nothing else holds: a hand-written source file stays small enough to
 * read in one sitting (400 lines; `src/generated/` is made by `npm run localize`), and the compiler keeps
 * indexed access honest (`noUncheckedIndexedAccess`, so an array or record lookup is `T | undefined`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const MAX_LINES = 400;

test(`no hand-written file under src/ is over ${MAX_LINES} lines`, () => {
  const long = readdirSync('src', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs|css)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(join('src', 'generated')))
    .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES);
  assert.deepEqual(long, [], `split these by responsibility: ${long.map(({ file, lines }) => `${file} (${lines})`).join(', ')}`);
});

test('tsconfig.json type-checks with strict and noUncheckedIndexedAccess', () => {
  const { config, error } = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  assert.equal(error, undefined);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, '.');
  assert.equal(options.strict, true);
  assert.equal(options.noUncheckedIndexedAccess, true);
});
