/**
 * `npm run new:element <name>`: the files and registrations of a new feed element `<ct-<name>>` that shows a
 * new feed section, following CONTRIBUTING.md ("Add an element"). Once its one new UI string is translated
 * (`npm run localize`, then xliff/) and the schemas and manifest are regenerated, what it writes passes
 * `npm test`; then replace the placeholder section (a list of items with a text) with the real one.
 *
 *   npm run new:element -- media-contacts [--section mediaContacts]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error('usage: npm run new:element -- <name>   (lower case words joined by "-": media-contacts)');
  process.exit(2);
}
const tag = `ct-${name}`;
const pascal = name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const camel = pascal[0].toLowerCase() + pascal.slice(1);
const sectionFlag = process.argv.indexOf('--section');
const section = sectionFlag > 0 ? process.argv[sectionFlag + 1] : camel;
const className = `Ct${pascal}`;
const folder = `src/components/${name}`;
if (existsSync(folder)) {
  console.error(`${folder} exists already.`);
  process.exit(1);
}

const written = [];
function write(path, text) {
  if (existsSync(path)) throw new Error(`${path} exists already`);
  writeFileSync(path, text);
  written.push(path);
}
const manual = [];
/**
 * Inserts `text` into a file at the line index `place(lines)` gives; when it gives -1 (the anchor is gone:
 * the file changed shape), nothing is written and `what` is listed for doing by hand.
 */
function insertAt(path, place, text, what) {
  const lines = readFileSync(path, 'utf8').split('\n');
  const index = place(lines);
  if (index < 0) {
    manual.push(`${path}: ${what}`);
    return;
  }
  lines.splice(index, 0, text);
  writeFileSync(path, lines.join('\n'));
  written.push(path);
}
/** After the last line matching `after`. */
const insertAfterLast = (path, after, line, what) =>
  insertAt(path, (lines) => { const at = lines.findLastIndex((l) => after.test(l)); return at < 0 ? -1 : at + 1; }, line, what);
/** Before the first line matching `at`. */
const insertBefore = (path, at, text, what) => insertAt(path, (lines) => lines.findIndex((l) => at.test(l)), text, what);
/** As the last line of the block that starts at a line matching `start` and ends at one matching `end`. */
const insertAtEndOfBlock = (path, start, end, line, what) =>
  insertAt(path, (lines) => { const from = lines.findIndex((l) => start.test(l)); return from < 0 ? -1 : lines.findIndex((l, i) => i > from && end.test(l)); }, line, what);

// 1. The feed section.
write(
  `src/feeds/${name}.ts`,
  `import * as v from 'valibot';
import { localizedText, sectionIntro } from './common.js';

/** One item of the \`${section}\` section. Replace with the real shape. */
export const ${camel}Item = v.object({
  id: v.optional(v.string()),
  text: localizedText,
});

/** The \`${section}\` section. */
export const ${section}Section = v.object({
  ...sectionIntro,
  items: v.pipe(v.array(${camel}Item, 'expected an array of items'), v.maxLength(1000, 'at most 1000 items')),
});

export type { ${pascal}Item, ${pascal}Section } from './types.js';
`,
);
// The feed types are written out in src/feeds/types.ts (readable in dist/, and checked against the schemas
// by test/types/feed-types.check.ts).
insertBefore(
  'src/feeds/types.ts',
  /^\/\*\* Each section by its name in a feed\. \*\/$/,
  `/** One item of the \`${section}\` section. Replace with the real shape. */
export interface ${pascal}Item {
  id?: string;
  text: LocalizedTextValue;
}

/** The \`${section}\` section, read by \`<${tag}>\`. */
export interface ${pascal}Section {
  title?: LocalizedTextValue;
  description?: LocalizedTextValue;
  /** At most 1,000. */
  items: ${pascal}Item[];
}
`,
  `add the ${pascal}Item and ${pascal}Section interfaces`,
);
insertAtEndOfBlock('src/feeds/types.ts', /^export interface FeedSections \{$/, /^\}$/, `  ${section}: ${pascal}Section;`, `add "${section}: ${pascal}Section" to FeedSections`);
insertAfterLast('src/feeds/index.ts', /^export \* from '\.\/[a-z-]+\.js';$/, `export * from './${name}.js';`, `export * from './${name}.js';`);
insertAfterLast('src/feeds/documents.ts', /^import \{ \w+Section \} from '\.\/[a-z-]+\.js';$/, `import { ${section}Section } from './${name}.js';`, `import ${section}Section`);
insertAtEndOfBlock('src/feeds/documents.ts', /^export const FEED_SECTIONS\b.*= \{$/, /^\};$/, `  ${section}: ${section}Section,`, `add "${section}: ${section}Section" to FEED_SECTIONS`);
insertAtEndOfBlock('src/feeds/documents.ts', /^export const conferenceFeed = v\.object\(\{$/, /^\}\);$/, `  ${section}: v.optional(${section}Section as Section<'${section}'>),`, `add "${section}: v.optional(${section}Section as Section<'${section}'>)" to conferenceFeed`);
// Elements load their section's schema on demand (one chunk per section in the CDN files).
insertAtEndOfBlock('src/core/feed/section-readers.ts', /^const SCHEMAS: /, /^\};$/, `  ${section}: () => import('../../feeds/${name}.js').then((m) => m.${section}Section),`, `add "${section}" to SCHEMAS in src/core/feed/section-readers.ts`);

// 2. The element.
mkdirSync(folder);
write(
  `${folder}/${tag}.ts`,
  `import { ${className} } from './${name}.js';

${className}.define('${tag}');

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}

export { ${className} };
`,
);
write(
  `${folder}/${name}.ts`,
  `import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { CtFeedElement } from '../../core/element/feed-element.js';
import { filler } from '../../core/element/feed-states.js';
import { renderText } from '../../core/render/text.js';
import { renderSectionHeader } from '../../core/element/section-header.js';
import { sectionHeaderStyles } from '../../core/styles/section-header.styles.js';
import type { ${pascal}Section } from '../../feeds/${name}.js';
import { ${camel}Styles } from './${name}.styles.js';

/**
 * TODO: say what this element shows and why a page would use it.
 *
 * @summary TODO: one line for the docs tables.
 * @tagname ${tag}
 *
 * @slot empty - Replaces the message shown when the feed has no items.
 *
 * @csspart title - The section title.
 * @csspart description - The text under the title.
 * @csspart list - The list of items.
 * @csspart item - One item.
 */
export class ${className} extends CtFeedElement<'${section}'> {
  static override styles = [...CtFeedElement.styles, sectionHeaderStyles, ${camel}Styles];

  /** @internal */
  readonly feedSection = '${section}';

  /** @internal */
  protected isEmpty(data: ${pascal}Section): boolean {
    return data.items.length === 0;
  }

  /** @internal */
  protected override emptyMessage(): string {
    return msg('Nothing has been published yet.');
  }

  /** @internal */
  protected renderPlaceholder(): TemplateResult {
    // The ready layout with filler of typical length, so nothing moves when the feed arrives.
    return html\`<div class="placeholder" aria-hidden="true">
      <div class="title">\${filler(24)}</div>
      <ul class="list" role="presentation">
        \${[0, 1, 2].map(() => html\`<li class="item">\${filler(60)}</li>\`)}
      </ul>
    </div>\`;
  }

  /** @internal */
  protected renderReady(data: ${pascal}Section): TemplateResult {
    const lang = this.contentLang;
    return html\`
      \${renderSectionHeader(data.title, data.description, lang, this.headingLevelBelow())}
      <ul part="list" class="list" role="list">
        \${repeat(
          data.items,
          (item, index) => item.id ?? index,
          (item) => html\`<li part="item" class="item">\${renderText(item.text, lang)}</li>\`,
        )}
      </ul>
    \`;
  }
}
`,
);
write(
  `${folder}/${name}.styles.ts`,
  `import { css } from 'lit';

export const ${camel}Styles = css\`
  .list {
    display: grid;
    gap: var(--_ct-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
\`;
`,
);

// 3–5. Package entry points and the size budget.
insertAfterLast('src/index.ts', /^export \{ Ct\w+ \} from '\.\/components\//, `export { ${className} } from './components/${name}/${tag}.js';`, `export ${className}`);
insertAfterLast('src/cdn.ts', /^ {2}Ct[A-Z]\w*,$/, `  ${className},`, `export ${className} from the CDN entry`);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.exports[`./${tag}.js`] = { types: `./dist/components/${name}/${tag}.d.ts`, default: `./dist/components/${name}/${tag}.js` };
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
// Its CDN file with the chunks it imports (Lit and the shared core included): a small feed element's.
budget.elements[name] = budget.elements.stats;
writeFileSync('size-budget.json', `${JSON.stringify(budget, null, 2)}\n`);
written.push('package.json', 'size-budget.json');

// The README's list of elements (the check wants each element named there).
insertAfterLast('README.md', /^\| `<ct-[a-z-]+>` \|/, `| \`<${tag}>\` | TODO: what it shows | \`${section}\` |`, `a line for <${tag}> under "Elements"`);

// 6. A story per state.
write(
  `stories/${name}.stories.ts`,
  `import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/${name}/${tag}.js';
import { FeedStore } from '../src/core/feed/feed-store.js';
import { elementStories, type ElementArgs } from './manifest.js';

const feed = (items: unknown[]) => ({ kind: 'conference', version: 1, ${section}: { title: { en: 'Example' }, items } });

// Args, controls and the template come from custom-elements.json (run \`npm run analyze\` first).
const stories = elementStories('${tag}', { src: undefined });
const element = (args: ElementArgs, extra: ElementArgs = {}, slotted?: TemplateResult) => stories.render({ ...args, ...extra }, slotted);
const items = feed([{ text: { en: 'First item' } }, { text: { en: 'Second item' } }]);

const meta: Meta<ElementArgs> = { ...stories.meta, title: 'Elements/${tag}', component: '${tag}', tags: ['autodocs'], render: (args) => element(args, { data: items }) };
export default meta;
type Story = StoryObj<ElementArgs>;

export const Default: Story = {};
/** A store whose server never answers: the loading state stays. */
export const Loading: Story = {
  args: { src: 'feeds/never-answers.json' },
  render: (args) => element(args, { store: new FeedStore({ fetch: () => new Promise<Response>(() => {}) }) }),
};
export const ErrorState: Story = { name: 'Error', args: { src: 'feeds/does-not-exist.json' }, render: (args) => element(args) };
export const Empty: Story = { render: (args) => element(args, { data: feed([]) }) };
export const Arabic: Story = {
  globals: { locale: 'ar' },
  render: (args) => html\`<div lang="ar">\${element(args, { data: feed([{ text: { ar: 'البند الأول' } }]) })}</div>\`,
};
export const Dark: Story = {
  render: (args) => html\`<div style="background: #101316; padding: 1rem">\${element(args, { data: items, theme: 'dark' })}</div>\`,
};
export const NarrowColumn: Story = {
  render: (args) => html\`<div style="inline-size: 320px">\${element(args, { data: items })}</div>\`,
};
`,
);

// Its page under the strict policy (stories/strict-csp.stories.ts), which README.md promises for each element.
insertAfterLast(
  'stories/strict-csp.stories.ts',
  /^export const \w+: Story = \{ render: \(\) => frame\('ct-[a-z-]+'\) \};$/,
  `export const ${pascal}: Story = { render: () => frame('${tag}') };`,
  `a story for <${tag}> in stories/strict-csp.stories.ts`,
);

// 7. Tests: the element's own, and its place in the shared feed-state suite.
write(
  `test/components/${name}.test.ts`,
  `import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/${name}/${tag}.js';
import type { ${className} } from '../../src/components/${name}/${name}.js';
import { expectAccessible } from '../helpers/a11y.js';

const feed = (items: unknown[]) => ({ kind: 'conference', version: 1, ${section}: { items } });
const texts = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((node) => node.textContent!.trim());

describe('<${tag}>', () => {
  it('shows each item in the element language', async () => {
    const el = await fixture<${className}>(html\`<${tag} lang="fr" .data=\${feed([{ text: { en: 'One', fr: 'Un' } }, { text: 'Two' }])}></${tag}>\`);
    expect(texts(el)).to.deep.equal(['Un', 'Two']);
    await expectAccessible(el);
  });
});
`,
);
insertAfterLast(
  'test/components/feed-states.test.ts',
  /^ {2}\{ tag: 'ct-[a-z-]+', section: /,
  `  { tag: '${tag}', section: '${section}', empty: { items: [] }, ready: { items: [{ text: 'One' }] } },`,
  `add ${tag} to CASES`,
);

console.log(`Wrote or updated:\n  ${[...new Set(written)].join('\n  ')}`);
console.log(`
Still to do (CONTRIBUTING.md, "Add an element"):
  - give ${section} in feeds/ct-week-2023/conference.json a real example, so the feed-state suite's "ready" case has data;
  - replace the placeholder section and rendering, write the JSDoc (TODOs in ${folder}/${name}.ts);
  - npm run build:schemas, npm run localize (translate the new units in xliff/), npm run analyze;
  - say what it shows in its README.md line, and add an XSS test (test/components/${name}-xss.test.ts);
  - npm test.`);
if (manual.length) {
  // A file changed shape under the generator: say so with the exit status too (test/node/new-element.test.mjs).
  console.log(`\nNot found, do by hand:\n  ${manual.join('\n  ')}`);
  process.exitCode = 1;
}
