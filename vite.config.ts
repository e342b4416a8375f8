import { minifyHTMLLiterals } from 'minify-literals';
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
 * HTML templates are left as written: whitespace between inline elements is meaningful there.
 */
function minifyTemplateCss(): Plugin {
  return {
    name: 'ct-minify-template-css',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return minifyHTMLLiterals(code, { fileName: id, html: false });
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
