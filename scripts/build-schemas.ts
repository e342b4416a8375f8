/**
 * Writes the published JSON Schemas (`schemas/<kind>.v1.schema.json`) from the valibot feed schemas, the
 * single source of the types, the runtime validation and these files. `--check` fails when a committed
 * file differs from what the schemas give (run by `npm test`).
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { FEED_DOCUMENTS, FEED_VERSION } from '../src/feeds/index.js';

const check = process.argv.includes('--check');
const stale: string[] = [];
mkdirSync('schemas', { recursive: true });

for (const [kind, schema] of Object.entries(FEED_DOCUMENTS)) {
  const file = `schemas/${kind}.v${FEED_VERSION}.schema.json`;
  const json = {
    ...toJsonSchema(schema, { errorMode: 'ignore', target: 'draft-07' }),
    $id: `https://unpkg.com/ct-widgets/${file}`,
    title: `ct-widgets ${kind} feed, version ${FEED_VERSION}`,
    description: `A "${kind}" feed for ct-widgets. See docs/feeds.md.`,
  };
  const text = `${JSON.stringify(json, null, 2)}\n`;
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(file);
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}

if (stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run \`npm run build:schemas\` and commit the result.`);
  process.exit(1);
}
