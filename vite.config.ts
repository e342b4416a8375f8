import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import { defineConfig, type Plugin } from 'vite';

/**
 * Two uses of Vite:
 * - `vite build`: the CDN build `dist/cdn/ct-widgets.js`, one ES module with Lit inside that defines every
 *   element, for partner pages that add a single script tag. Built as an app, not in library mode, because
 *   library mode leaves whitespace in ES output. What only some pages need — the UI translations, the
 *   HTML sanitizer (DOMPurify) and the iCalendar library (ical.js) — stays in chunks beside it that the
 *   main file loads on demand from its own URL; folded in, they tripled the file every page downloads.
 * - `vite` (npm start): serves the demo page `index.html`, which loads that same built file.
 */
/**
 * The CSS inside our `css` templates, minified by Lightning CSS for the CDN file: comments, indentation
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

export default defineConfig({
  plugins: [minifyTemplateCss()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    // Chunks are found relative to ct-widgets.js, wherever a partner hosts it.
    modulePreload: false,
    rollupOptions: {
      input: 'src/cdn.ts',
      // 'allow-extension' lets the bundler merge modules shared with the on-demand chunks into this file
      // (exported under extra names) instead of splitting them into chunks every page must also load.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: 'ct-widgets.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
