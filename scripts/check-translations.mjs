/**
 * Every UI string must exist in all six UN languages. Re-extracts the messages into xliff/ (new ones
 * appear without a <target>), fails on any unit without one, and checks that the generated locale
 * modules are current.
 *
 * Plural messages (src/core/i18n/plural.ts) are six units, `<name>.zero` … `<name>.other`: a language
 * must translate exactly the categories `Intl.PluralRules` gives it (Arabic six, Russian four, Chinese
 * one) and may leave the others empty; a target may use only the `{tokens}` of its source.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_ID = new RegExp(`^(.+)\\.(${PLURAL_CATEGORIES.join('|')})$`);
const tokens = (text) => new Set(text.match(/\{\w+\}/g) ?? []);
const missing = [];
for (const file of readdirSync('xliff')) {
  const xml = readFileSync(`xliff/${file}`, 'utf8');
  const lang = file.replace('.xlf', '');
  const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const pluralSets = new Map();
  for (const unit of xml.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? []) {
    const id = unit.match(/trans-unit id="([^"]+)"/)?.[1] ?? '';
    const source = unit.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = unit.match(/<target>([\s\S]*?)<\/target>/)?.[1];
    const [, name, category] = id.match(PLURAL_ID) ?? [];
    if (name) {
      pluralSets.set(name, [...(pluralSets.get(name) ?? []), category]);
      if (target === undefined && needed.includes(category)) missing.push(`${file}: plural category "${category}" of ${name}: ${source}`);
      const unknown = [...tokens(target ?? '')].filter((token) => !tokens(source).has(token));
      if (unknown.length) missing.push(`${file}: ${id} uses ${unknown.join(', ')}, which its source lacks`);
    } else if (target === undefined) {
      missing.push(`${file}: ${source}`);
    }
  }
  for (const [name, categories] of pluralSets) {
    const absent = PLURAL_CATEGORIES.filter((category) => !categories.includes(category));
    if (absent.length) missing.push(`${file}: plural message ${name} lacks the ids for ${absent.join(', ')}`);
  }
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
