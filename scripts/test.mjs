/**
 * `npm test`: every check, in order, then one plain closing line `Tests: N passed, N failed` (CI reads
 * it). N counts the browser tests, the command-line tests and the consumer tests (Node's runner); each
 * other check step that fails counts as one more failure. Steps keep
 * running after a failure so one run shows everything that is wrong.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['type check', 'npx tsc -p tsconfig.json'],
  ['eslint', 'npx eslint .'],
  // lit-analyzer's CSS data predates color-scheme and container queries, so its CSS rule is off.
  ['lit-analyzer', 'npx lit-analyzer src --strict --rules.no-invalid-css off --maxWarnings 0'],
  ['manifest is current', 'node scripts/check-manifest.mjs'],
  ['elements agree', 'node scripts/check-elements.mjs'],
  ['JSON Schemas are current', 'npx tsx scripts/build-schemas.ts --check'],
  ['translations complete', 'node scripts/check-translations.mjs'],
  ['build (npm + CDN)', 'npm run build --silent'],
  ['size budget', 'node scripts/size.mjs'],
  ['browser tests', 'npx wtr'],
  ['command-line and Node tests', 'node --test --test-reporter=tap --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=.cache/cli-tap.txt test/cli/ test/node/'],
  // The packed tarball installed into a fresh Vite page and a React 19 + TypeScript app (needs the build above).
  ['consumer test', 'node --test --test-reporter=tap --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=.cache/consumer-tap.txt test/consumer/'],
  ['storybook build', 'npx storybook build --quiet -o storybook-static'],
];

const summaryFile = '.cache/wtr-summary.json';
const tapFiles = ['.cache/cli-tap.txt', '.cache/consumer-tap.txt'];
rmSync(summaryFile, { force: true });
for (const file of tapFiles) rmSync(file, { force: true });
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', FORCE_COLOR: '0' };
let failedSteps = 0;
const timings = [];
const started = Date.now();

for (const [name, command] of steps) {
  console.log(`\n▶ ${name}: ${command}`);
  const t0 = Date.now();
  const { status } = spawnSync(command, { shell: true, stdio: 'inherit', env });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  timings.push(`${status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (status !== 0) failedSteps += 1;
}

const browser = existsSync(summaryFile)
  ? JSON.parse(readFileSync(summaryFile, 'utf8'))
  : { passed: 0, failed: 0, skipped: 0 };
// A browser run that passed nothing (no summary written, or a glob that found no test file) is a failure,
// not a green line without its browser tests.
if (browser.passed === 0) {
  console.error(`browser tests: none passed (${existsSync(summaryFile) ? 'summary says 0' : `no ${summaryFile}`})`);
  failedSteps += 1;
}
console.log(`\n${timings.join('\n')}`);
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s; browser tests skipped: ${browser.skipped}`);
// Node's TAP summaries (command-line and consumer tests): `# pass N`, `# skipped N`. Their steps already
// count as failed when a test fails.
const tap = tapFiles.map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : '')).join('\n');
const node = (name) => [...tap.matchAll(/^# (\w+) (\d+)$/gm)].filter((m) => m[1] === name).reduce((sum, m) => sum + Number(m[2]), 0);
const passed = browser.passed + node('pass');
const failed = browser.failed + browser.skipped + node('skipped') + failedSteps;
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
