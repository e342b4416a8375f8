import { cemInheritancePlugin } from '@wc-toolkit/cem-inheritance';

/** `cem analyze`: the manifest behind Storybook's API tables, editors' tooling and the JSX types. */
/** `Class.property` of every reactive state property (see `ct-drop-state-properties`). */
const stateProperties = new Set();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts', 'src/cdn.ts', 'src/cdn-autoloader.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    // Slots, parts, events and CSS properties documented once on a base class (CtFeedElement) are listed
    // on every element that extends it, as members already are.
    cemInheritancePlugin({ fileName: 'custom-elements.json', outdir: '.' }),
    {
      // An attribute inherited from a base class keeps the base's default even where the subclass sets its
      // own (the event header's heading-level is 1): take each attribute's default from its property.
      name: 'ct-attribute-defaults',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const attribute of declaration.attributes ?? []) {
              const member = declaration.members?.find((m) => m.name === attribute.fieldName);
              if (member?.default !== undefined) attribute.default = member.default;
            }
          }
        }
      },
    },
    {
      // `data` is declared once on CtFeedElement as `Data | undefined`, a type parameter: name what each
      // element accepts instead (its type arguments: `CtFeedElement<'stats'>` takes `FeedWith<'stats'>`).
      name: 'ct-feed-data-type',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const base = node.heritageClauses?.flatMap((clause) => clause.types).find((type) => type.expression.getText() === 'CtFeedElement');
        const [section, data] = base?.typeArguments ?? [];
        // An element whose properties sit in a class of their own (`<ct-agenda>`) says it with `declare data`.
        const declared = node.members.find((m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'data' && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.DeclareKeyword));
        if (!section && !declared?.type) return;
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        if (!declaration) return;
        declaration.ctDataType = declared?.type ? declared.type.getText().replace(/\s*\|\s*undefined$/, '') : data ? data.getText() : `FeedWith<${section.getText()}>`;
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const type = declaration.ctDataType;
            delete declaration.ctDataType;
            const member = declaration.members?.find((m) => m.name === 'data' && m.type?.text === 'Data | undefined');
            if (type && member) member.type = { text: `${type} | undefined` };
          }
        }
      },
    },
    {
      // The glob walks the file system in whatever order it has; sort so the file is the same everywhere
      // and the staleness check in `npm test` compares content, not order.
      name: 'ct-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
    {
      // Reactive state is declared in a class's `static properties` (`state: true`), where the analyzer
      // lists it as a public field, whatever the field's own `private`/`protected`/`@internal` says: it is
      // the element's internal state, no one's API. Left out here, with the copies subclasses inherit.
      name: 'ct-drop-state-properties',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const declared = node.members.find((m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties');
        if (!declared?.initializer || !ts.isObjectLiteralExpression(declared.initializer)) return;
        for (const entry of declared.initializer.properties) {
          if (ts.isPropertyAssignment(entry) && /\bstate:\s*true\b/.test(entry.initializer.getText())) {
            stateProperties.add(`${node.name.getText()}.${entry.name.getText()}`);
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const isState = (name, inherited) => stateProperties.has(`${inherited?.name ?? declaration.name}.${name}`);
            if (declaration.members) declaration.members = declaration.members.filter((m) => !isState(m.name, m.inheritedFrom));
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !isState(a.fieldName ?? a.name, a.inheritedFrom));
          }
        }
      },
    },
    {
      // Private and protected members (`#fields`, `private`, a subclass's render hooks) are no one's API:
      // editors, docs and generated types should not offer them (the analyzer already leaves `@internal` out).
      name: 'ct-drop-private-members',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (member) => (!member.privacy || member.privacy === 'public') && !member.name.startsWith('#'),
              );
            }
            // `dispatchEvent(new CtExportEvent(…))` makes the analyzer list an event with no name: the named
            // entry comes from the element's `@fires`.
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
