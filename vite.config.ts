import { readFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import ts from 'typescript';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { ELEMENT_NAMES } from './scripts/elements.mjs';

/**
 * Three uses of Vite:
 * - `vite build`: the all-in-one CDN file `dist/cdn/ct-widgets.js`, one ES module with Lit inside that
 *   defines every element, for partner pages that add a single script tag.
 * - `vite build --mode autoloader`: `dist/cdn/ct-autoloader.js` and one file per element in
 *   `dist/cdn/elements/`, sharing Lit and the core through chunks in `dist/cdn/elements/chunks/`. The
 *   autoloader imports nothing itself: it loads `elements/ct-<name>.js` for each tag it finds.
 * - `vite` (npm start): serves the demo page `index.html`, which loads the built files.
 *
 * In both builds what only some pages need — the UI translations, each feed section's validation, the HTML
 * sanitizer (DOMPurify), the frab and iCalendar readers — stays in chunks that load on demand from their
 * own URL, relative to the file that needs them. Both are built in library mode: an app build wraps every
 * dynamic `import()` in Vite's preload helper (modulepreload links, CSS injection: ~1.5 KB every page
 * would download for nothing, vitejs/vite#18551), which library mode leaves out. Library mode keeps
 * whitespace in ES output (for tree-shaking annotations, which a CDN file has no use for), so the
 * output's `minify` is set to the full minifier.
 */

/**
 * The CSS inside our `css` templates, minified by Lightning CSS for the CDN files: comments, indentation
 * and long forms are otherwise shipped as written (Lit's docs recommend minifying template literals).
 * Only plain templates are touched (ours have no `${}` and no escapes); HTML templates are left as
 * written, since whitespace between inline elements is meaningful there.
 */
function minifyTemplateCss(): Plugin {
  return {
    name: 'ct-minify-template-css',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const output = new MagicString(code);
      for (const match of code.matchAll(/\bcss`([^`$\\]*)`/g)) {
        const start = match.index + 'css`'.length;
        const minified = transform({ filename: id, code: Buffer.from(match[1]!), minify: true }).code.toString();
        output.overwrite(start, start + match[1]!.length, minified);
      }
      return { code: output.toString(), map: output.generateMap({ hires: true, source: id }) };
    },
  };
}

/**
 * Indentation inside our `html`/`svg` templates, shipped as written otherwise. After a line break, the
 * spaces and tabs are cut and the line break kept: a whitespace-only text node stays whitespace (the gap
 * between inline elements survives), attributes stay apart, and no style of ours sets `white-space: pre*`
 * (nor is there a `<pre>` or `<textarea>` in a template). A template passed to `msg()` is left exactly as
 * written: its text is the key of its translation. TypeScript's parser finds the templates, so nested
 * templates and `${}` expressions are told apart from the text around them. The build stops if a source
 * sets `white-space: pre…` or a template holds `<pre>`/`<textarea>`, where cut indentation would show.
 * What it buys (measured): 336 B brotli of ct-widgets.js's 39.6 KB; the CSS minifier above buys 2.5 KB.
 */
function trimTemplateIndentation(): Plugin {
  return {
    name: 'ct-trim-template-indentation',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      if (/white-space:\s*pre/.test(code)) this.error(`${id} sets white-space: pre…, where the trimmed template indentation would show`);
      if (!/\b(html|svg)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const output = new MagicString(code);
      const trim = (literal: ts.TemplateLiteralLikeNode & ts.Node) => {
        const start = literal.getStart(source) + 1; // after ` or }
        const closing = ts.isNoSubstitutionTemplateLiteral(literal) || ts.isTemplateTail(literal) ? 1 : 2; // ` or ${
        const text = code.slice(start, literal.getEnd() - closing);
        if (/<(pre|textarea)\b/.test(text)) this.error(`${id}: a <pre> or <textarea> in a template, whose indentation the trim would cut`);
        const trimmed = text.replace(/\n[ \t]+/g, '\n');
        if (trimmed !== text) output.overwrite(start, start + text.length, trimmed);
      };
      const isMsgArgument = (node: ts.Node) =>
        ts.isCallExpression(node.parent) && ts.isIdentifier(node.parent.expression) && node.parent.expression.text === 'msg';
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(html|svg)$/.test(node.tag.text) && !isMsgArgument(node)) {
          const template = node.template;
          if (ts.isNoSubstitutionTemplateLiteral(template)) trim(template);
          else [template.head, ...template.templateSpans.map((span) => span.literal)].forEach(trim);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!output.hasChanged()) return null;
      return { code: output.toString(), map: output.generateMap({ hires: true, source: id }) };
    },
  };
}

const ELEMENT_PREFIX = 'ct-cdn-element:';
const SCHEMA_PREFIX = 'ct-cdn-schema:';
/** Feed sections whose schema file is not named after them. */
const SECTION_FILES: Record<string, string> = { keyMessages: 'key-messages', pressReleases: 'press' };

/**
 * The entry of each per-element CDN file: the element's registration module, the page's UI-language
 * set-up (`@lit/localize` is configured once a page; it lands in a chunk every element file shares) and
 * the element's own section schema, provided to the feed reader (`provideSectionSchema`): the element
 * file is itself loaded on demand, so its schema comes with it instead of as one more file (the on-demand
 * map of schemas is left out of this build, `__CT_SCHEMAS_IN_ELEMENT_FILES__`).
 */
function elementEntries(): Plugin {
  return {
    name: 'ct-element-entries',
    // Library mode makes entries absolute paths: the name is what follows the prefix.
    resolveId(id) {
      if (id.startsWith(`\0${SCHEMA_PREFIX}`)) return id;
      return id.includes(ELEMENT_PREFIX) ? `\0${ELEMENT_PREFIX}${id.split(ELEMENT_PREFIX)[1]}` : null;
    },
    load(id) {
      if (id.startsWith(`\0${SCHEMA_PREFIX}`)) {
        // A module of its own, imported before the element: the schema is provided before the element is
        // defined, so elements already in the page find it when they connect.
        const section = id.slice(SCHEMA_PREFIX.length + 1);
        const file = SECTION_FILES[section] ?? section;
        return `import { provideSectionSchema } from '/src/core/feed/section-readers.ts';\nimport { ${section}Section } from '/src/feeds/${file}.ts';\nprovideSectionSchema('${section}', ${section}Section);\n`;
      }
      if (!id.startsWith(`\0${ELEMENT_PREFIX}`)) return null;
      const name = id.slice(ELEMENT_PREFIX.length + 1);
      const source = readFileSync(`src/components/${name}/${name}.ts`, 'utf8');
      const section = /readonly feedSection = '(\w+)'/.exec(source)?.[1];
      if (!section && /extends CtFeedElement\b/.test(source)) this.error(`src/components/${name}/${name}.ts: a feed element whose feedSection this build cannot read`);
      const schema = section ? `import '\0${SCHEMA_PREFIX}${section}';\n` : '';
      return `import '/src/core/language/localization.ts';\n${schema}export * from '/src/components/${name}/ct-${name}.ts';\n`;
    },
  };
}

/**
 * The validator (valibot, the shared feed types, the lenient reader) in one on-demand chunk: every page
 * with data loads it, next to the one chunk of each section it shows.
 */
const READER_GROUP = {
  name: 'feed-reader',
  test: /node_modules[\\/]valibot[\\/]|src[\\/]feeds[\\/]common\.ts$|src[\\/]core[\\/]feed[\\/](read-section|lenient|well-formed)\.ts$/,
  priority: 3,
  // Its dependencies that the elements use too (the feed error, the time zone check) stay with them.
  includeDependenciesRecursively: false,
};

const shared: UserConfig['build'] = {
  outDir: 'dist/cdn',
  target: 'es2022',
  sourcemap: true,
  reportCompressedSize: false,
};

/** Full minification (library mode keeps whitespace otherwise, whatever `build.minify` says) and no comments. */
const minifiedOutput = { minify: true, comments: { legal: false, annotation: false, jsdoc: false } } as const;

/** A module id and what the chunking sees of the modules it imports. */
type ChunkingContext = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/**
 * The autoloader build's shared chunks, by which element files import a module (statically: their own
 * section's schema included, see `elementEntries`):
 * - `core`: what a page with key figures only runs (Lit, the base and feed elements, the feed store) and
 *   what the validator needs beside valibot; every data element needs all of it;
 * - `shared`: what two or more element files share beyond that (time zones, person names, quotations…);
 * - anything used by one element file only stays in it; the press release, which only the two press
 *   elements share, gets a chunk of its own (rolldown's own split).
 * So a stats-only page loads its file, `core` and the validator; a page with several elements adds
 * `shared` once. Which entries reach a module is worked out once, from the module graph.
 */
function chunkOf(): (id: string, ctx: ChunkingContext) => 'core' | 'shared' | null {
  const reach = new Map<string, Set<string>>();
  const reader = `${process.cwd()}/src/core/feed/read-section.ts`;
  return (id, ctx) => {
    if (!reach.size) {
      for (const name of [...ELEMENT_NAMES, 'reader']) {
        const stack = [name === 'reader' ? reader : `\0${ELEMENT_PREFIX}${name}`];
        const seen = new Set<string>();
        while (stack.length) {
          const module = stack.pop()!;
          if (seen.has(module)) continue;
          seen.add(module);
          if (!reach.has(module)) reach.set(module, new Set());
          reach.get(module)!.add(name);
          stack.push(...(ctx.getModuleInfo(module)?.importedIds ?? []));
        }
      }
    }
    const by = reach.get(id);
    if (!by || READER_GROUP.test.test(id) || [...by].every((name) => /^press-releases?$/.test(name))) return null;
    if (by.size < 2) return null;
    return by.has('stats') || by.has('reader') ? 'core' : 'shared';
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'autoloader') {
    const chunks = chunkOf();
    const entries: Record<string, string> = { 'ct-autoloader': 'src/cdn-autoloader.ts' };
    for (const name of ELEMENT_NAMES) entries[`elements/ct-${name}`] = `${ELEMENT_PREFIX}${name}`;
    return {
      plugins: [minifyTemplateCss(), trimTemplateIndentation(), elementEntries()],
      // The autoloader's list of tags: the elements built here, one file each.
      define: { __CT_SCHEMAS_IN_ELEMENT_FILES__: 'true', __CT_ELEMENTS__: JSON.stringify(ELEMENT_NAMES.map((name) => `ct-${name}`)) },
      build: {
        ...shared,
        // Runs after the all-in-one build, into the same folder.
        emptyOutDir: false,
        lib: { entry: entries, formats: ['es'] },
        rollupOptions: {
          // Exactly the exports each entry declares: an element file is a page's entry point, nothing
          // else imports from it, so nothing shared may be merged into it.
          preserveEntrySignatures: 'strict',
          output: {
            ...minifiedOutput,
            entryFileNames: '[name].js',
            chunkFileNames: 'elements/chunks/[name]-[hash].js',
            codeSplitting: {
              groups: [
                // `core` first, so that the validator's group below leaves what the elements use too (the
                // feed error, the time zone check) there; the validator before `shared`, so that the
                // schemas shared there do not pull valibot in ('strict' entry signatures require each
                // group's dependencies to come along).
                { debugName: 'core', name: (id: string, ctx: ChunkingContext) => (chunks(id, ctx) === 'core' ? 'core' : null), priority: 4 },
                { ...READER_GROUP, includeDependenciesRecursively: true },
                { debugName: 'shared', name: (id: string, ctx: ChunkingContext) => (chunks(id, ctx) === 'shared' ? 'shared' : null), priority: 2 },
              ],
            },
          },
        },
      },
    };
  }
  return {
    plugins: [minifyTemplateCss(), trimTemplateIndentation()],
    // Schemas load on demand here (section-readers.ts): the check for the autoloader's way is folded away.
    define: { __CT_SCHEMAS_IN_ELEMENT_FILES__: 'false' },
    build: {
      ...shared,
      emptyOutDir: true,
      lib: { entry: { 'ct-widgets': 'src/cdn.ts' }, formats: ['es'] },
      rollupOptions: {
        // 'allow-extension' lets the bundler merge modules shared with the on-demand chunks into this file
        // (exported under extra names) instead of splitting them into chunks every page must also load.
        preserveEntrySignatures: 'allow-extension',
        output: {
          ...minifiedOutput,
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          codeSplitting: { groups: [READER_GROUP] },
        },
      },
    },
  };
});
