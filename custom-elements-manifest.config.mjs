/** `cem analyze`: the manifest behind Storybook's API tables and editors' tooling. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      // The glob walks the file system in whatever order it has; sort so the file is the same everywhere
      // and the staleness check in `npm test` compares content, not order.
      name: 'ct-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
