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
    {
      // Private members (`#fields`, `private`) are no one's API: editors and docs should not offer them.
      name: 'ct-drop-private-members',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && !member.name.startsWith('#'));
          }
        }
      },
    },
  ],
};
