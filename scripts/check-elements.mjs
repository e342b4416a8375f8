/**
 * `npm test` step "elements agree": every element folder under src/components/ is wired everywhere an
 * element must be, and nothing names an element that has no folder. Adding an element means passing
 * this check (CONTRIBUTING.md has the checklist; `npm run new:element <name>` writes the files).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
const pkg = JSON.parse(read('package.json'));
const budget = JSON.parse(read('size-budget.json'));
const index = read('src/index.ts');
const cdn = read('src/cdn.ts');
const strictCspStories = read('stories/strict-csp.stories.ts');
const readme = read('README.md');
const problems = [];

const folders = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

for (const name of folders) {
  const tag = `ct-${name}`;
  const where = `src/components/${name}/`;
  const definer = read(`${where}${tag}.ts`);
  if (!definer) problems.push(`${where}${tag}.ts is missing (the module that defines <${tag}>)`);
  else {
    if (!definer.includes(`.define('${tag}')`)) problems.push(`${where}${tag}.ts does not call .define('${tag}')`);
    if (!definer.includes(`'${tag}':`)) problems.push(`${where}${tag}.ts has no HTMLElementTagNameMap entry for '${tag}'`);
  }
  if (!index.includes(`'./components/${name}/${tag}.js'`)) problems.push(`src/index.ts does not export ./components/${name}/${tag}.js`);
  // The CDN file exports the element classes by name (a page script may extend or inspect one).
  const className = /export \{ (Ct\w+) \}/.exec(definer)?.[1];
  if (definer && !className) problems.push(`${where}${tag}.ts does not export its class (export { Ct… })`);
  else if (className && !new RegExp(`^\\s+${className},$`, 'm').test(cdn)) problems.push(`src/cdn.ts does not export ${className}`);
  const exported = pkg.exports?.[`./${tag}.js`];
  if (!exported) problems.push(`package.json "exports" has no "./${tag}.js"`);
  else if (JSON.stringify(exported).includes(`components/${name}/${tag}.`) === false) problems.push(`package.json "./${tag}.js" does not point at dist/components/${name}/${tag}.*`);
  if (budget.elements?.[name] === undefined) problems.push(`size-budget.json has no budget for element "${name}"`);
  const stories = read(`stories/${name}.stories.ts`);
  if (!stories.includes(`title: 'Elements/${tag}'`)) problems.push(`stories/${name}.stories.ts with title 'Elements/${tag}' is missing`);
  else {
    // A story per state (CONTRIBUTING.md step 6): dark, a narrow column, an Arabic page; for a feed element
    // also loading and error, and empty unless the element can never be empty (isEmpty() returns false).
    const exported = [...stories.matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
    const source = read(`${where}${name}.ts`);
    const feed = source.includes('extends CtFeedElement');
    const canBeEmpty = feed && !/isEmpty\([^)]*\)[^{]*\{\s*return false;/.test(source);
    const wanted = ['Dark', 'NarrowColumn', 'Arabic…', ...(feed ? ['Loading', 'ErrorState'] : []), ...(canBeEmpty ? ['Empty'] : [])];
    const lacking = wanted.filter((story) => (story === 'Arabic…' ? !exported.some((e) => e.startsWith('Arabic')) : !exported.includes(story)));
    if (lacking.length) problems.push(`stories/${name}.stories.ts has no ${lacking.join(', ')} story`);
  }
  // README.md: each element has a story under the strict policy (npm run screenshots takes it).
  if (!strictCspStories.includes(`frame('${tag}')`)) problems.push(`stories/strict-csp.stories.ts has no story for <${tag}>`);
  if (!readdirSync('test/components').some((file) => file.startsWith(`${name}`) && file.endsWith('.test.ts'))) problems.push(`no test/components/${name}*.test.ts`);
  if (!readme.includes(`<${tag}>`) && !readme.includes(`\`${tag}\``)) problems.push(`README.md does not mention <${tag}>`);
}

// The other way round: nothing may name an element without a folder.
const known = new Set(folders);
for (const key of Object.keys(pkg.exports ?? {})) {
  const match = /^\.\/ct-([a-z-]+)\.js$/.exec(key);
  if (match && !known.has(match[1])) problems.push(`package.json exports ${key}, but src/components/${match[1]}/ does not exist`);
}
for (const name of Object.keys(budget.elements ?? {})) {
  if (!known.has(name)) problems.push(`size-budget.json budgets element "${name}", but src/components/${name}/ does not exist`);
}
for (const match of index.matchAll(/'\.\/components\/([a-z-]+)\//g)) {
  if (!known.has(match[1])) problems.push(`src/index.ts exports from ./components/${match[1]}/, which does not exist`);
}

if (problems.length) {
  console.error(`Elements disagree (see CONTRIBUTING.md, "Add an element"):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`${folders.length} elements: folder, define(), tag map, src/index.ts, src/cdn.ts, package exports, size budget, story, tests and README agree.`);
