/**
 * The elements of this version: every folder of src/components/ with a `ct-<name>.ts` registration module.
 * The CDN build (vite.config.ts), `npm run size` and `npm run screenshots` take the list from here;
 * scripts/check-elements.mjs checks that each folder has everything else an element needs.
 */
import { existsSync, readdirSync } from 'node:fs';

export const ELEMENT_NAMES = readdirSync('src/components')
  .filter((name) => existsSync(`src/components/${name}/ct-${name}.ts`))
  .sort();
