import { defineConfig } from 'vite';

/**
 * Two uses of Vite:
 * - `vite build`: the CDN file `dist/cdn/ct-widgets.js`, one self-contained ES module with Lit inside,
 *   for partner pages that add a single script tag. Built as an app, not in library mode, because library
 *   mode leaves whitespace in ES output; `codeSplitting: false` folds the locale modules in.
 * - `vite` (npm start): serves the demo page `index.html`, which loads that same built file.
 */
export default defineConfig({
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    rollupOptions: {
      input: 'src/cdn.ts',
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: 'ct-widgets.js',
        codeSplitting: false,
      },
    },
  },
});
