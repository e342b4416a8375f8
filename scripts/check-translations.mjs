/**
 * Every UI string must exist in all six UN languages. Re-extracts the messages into xliff/ (new ones
 * appear without a <target>), fails on any unit without one, and checks that the generated locale
 * modules are current.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });
const missing = [];
for (const file of readdirSync('xliff')) {
  const xml = readFileSync(`xliff/${file}`, 'utf8');
  for (const unit of xml.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? []) {
    if (!unit.includes('<target>')) missing.push(`${file}: ${unit.match(/<source>([\s\S]*?)<\/source>/)?.[1]}`);
  }
  const lang = file.replace('.xlf', '');
  const generated = readFileSync(`src/generated/locales/${lang}.ts`, 'utf8');
  for (const id of xml.match(/trans-unit id="([^"]+)"/g) ?? []) {
    const key = id.slice('trans-unit id="'.length, -1);
    if (!generated.includes(`'${key}'`)) missing.push(`src/generated/locales/${lang}.ts lacks ${key}: run \`npm run localize\``);
  }
}
if (missing.length) {
  console.error(`Untranslated UI strings:\n${missing.join('\n')}`);
  process.exit(1);
}
console.log('Every UI string has all five translations.');
