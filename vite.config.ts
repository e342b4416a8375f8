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

/**
 * The entry of each per-element CDN file: the element's registration module and the page's UI-language
 * set-up (`@lit/localize` is configured once a page; it lands in a chunk every element file shares).
 */
function elementEntries(): Plugin {
  return {
    name: 'ct-element-entries',
    // Library mode makes entries absolute paths: the name is what follows the prefix.
    resolveId: (id) => (id.includes(ELEMENT_PREFIX) ? `\0${ELEMENT_PREFIX}${id.split(ELEMENT_PREFIX)[1]}` : null),
    load(id) {
      if (!id.startsWith(`\0${ELEMENT_PREFIX}`)) return null;
      const name = id.slice(ELEMENT_PREFIX.length + 1);
      return `import '/src/core/language/localization.ts';\nexport * from '/src/components/${name}/ct-${name}.ts';\n`;
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

export default defineConfig(({ mode }) => {
  if (mode === 'autoloader') {
    const entries: Record<string, string> = { 'ct-autoloader': 'src/cdn-autoloader.ts' };
    for (const name of ELEMENT_NAMES) entries[`elements/ct-${name}`] = `${ELEMENT_PREFIX}${name}`;
    return {
      plugins: [minifyTemplateCss(), trimTemplateIndentation(), elementEntries()],
      // The autoloader's list of tags: the elements built here, one file each.
      define: { __CT_ELEMENTS__: JSON.stringify(ELEMENT_NAMES.map((name) => `ct-${name}`)) },
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
                // What two or more element files use (Lit, the base element, the feed machinery): one chunk,
                // so a page with several elements does not pay for a dozen small files (a page with only one
                // element carries some code it does not run). The press release, which only the two press
                // elements share, stays in a chunk of its own.
                { name: 'shared', tags: ['$initial'], minShareCount: 2, priority: 2, test: (id: string) => !/press-release[\\/]/.test(id) },
                // After that group, so that what the reader shares with the elements stays there ('strict'
                // entry signatures require its dependencies to come along).
                { ...READER_GROUP, priority: 1, includeDependenciesRecursively: true },
              ],
            },
          },
        },
      },
    };
  }
  return {
    plugins: [minifyTemplateCss(), trimTemplateIndentation()],
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
