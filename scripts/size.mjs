/**
 * `npm run size`: bytes on the wire of the CDN file, of the shared core and of each element's own code
 * (its folder, with Lit, @lit/localize, valibot and src/core externalised), minified, gzip -9 and brotli.
 * Fails when a figure is over its budget in size-budget.json.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Minified bundle of `entry` with everything matching `external` left out. */
async function bundle(entry, external) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rollupOptions: {
        input: entry,
        external,
        preserveEntrySignatures: 'strict',
        output: { codeSplitting: false },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
}

const libraries = /^(lit|@lit\/|@lit-labs\/|valibot|dompurify|ical\.js)/;
const rows = [];
const failures = [];
function report(name, code, limit) {
  const row = { name, min: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code), budget: limit ?? '' };
  rows.push(row);
  if (limit !== undefined && row.brotli > limit) failures.push(`${name}: ${row.brotli} B brotli > budget ${limit} B`);
}

if (!existsSync('dist/cdn/ct-widgets.js')) {
  console.error('dist/cdn/ct-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}
// What every page downloads: the entry and the chunks it imports statically. Chunks it imports on demand
// (translations, DOMPurify, ical.js) are listed apart.
const entry = readFileSync('dist/cdn/ct-widgets.js', 'utf8');
const staticChunks = [...entry.matchAll(/(?:^|;)import\{[^}]*\}from"\.\/(chunks\/[^"]+)"/g)].map((m) => m[1]);
const upFront = [entry, ...staticChunks.map((chunk) => readFileSync(`dist/cdn/${chunk}`, 'utf8'))].join('\n');
report(`cdn/ct-widgets.js${staticChunks.length ? ` + ${staticChunks.length} chunks it imports` : ''} (every element, Lit included)`, upFront, budget.cdn);
for (const chunk of readdirSync('dist/cdn/chunks').filter((f) => f.endsWith('.js') && !staticChunks.includes(`chunks/${f}`))) {
  report(`  on demand: cdn/chunks/${chunk}`, readFileSync(`dist/cdn/chunks/${chunk}`, 'utf8'));
}
report('core + feeds (shared, no Lit)', await bundle('src/index.ts', (id) => libraries.test(id) || /components\//.test(id)), budget.core);
for (const name of readdirSync('src/components')) {
  const entry = `src/components/${name}/ct-${name}.ts`;
  if (!existsSync(entry)) continue;
  const own = (id) => libraries.test(id) || /\/(core|feeds)\//.test(id) || /^\.\.\/\.\.\/(core|feeds)\//.test(id);
  report(`element ${name} (own code only)`, await bundle(entry, own), budget.elements?.[name]);
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'what'.padEnd(width)}  ${'min'.padStart(7)}  ${'gzip'.padStart(7)}  ${'brotli'.padStart(7)}  budget`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(width)}  ${String(r.min).padStart(7)}  ${String(r.gzip).padStart(7)}  ${String(r.brotli).padStart(7)}  ${r.budget}`,
  );
}
if (failures.length) {
  console.error(`\nOver budget:\n${failures.join('\n')}`);
  process.exit(1);
}
