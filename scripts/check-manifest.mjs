/** Fails when the committed custom-elements.json differs from what `cem analyze` makes of the source now. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

execFileSync('npx', ['cem', 'analyze', '--outdir', '.cache/manifest', '--quiet'], { stdio: 'inherit' });
const fresh = readFileSync('.cache/manifest/custom-elements.json', 'utf8');
const committed = readFileSync('custom-elements.json', 'utf8');
if (JSON.stringify(JSON.parse(fresh)) !== JSON.stringify(JSON.parse(committed))) {
  console.error('custom-elements.json is out of date: run `npm run analyze` and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
