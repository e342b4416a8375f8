/**
 * Writes `dist/react.d.ts`: JSX typings for React 19 (and a `CustomElements` map for Preact, Solid and
 * other JSX runtimes), generated from `custom-elements.json` so they list exactly the elements, attributes,
 * properties and events the manifest documents. Types are not copied from the manifest's text: each
 * entry points at the element class (`CtStats['notation']`), so unions and the feed type of `.data`
 * stay the compiler's own (an event's type arguments are the one exception: named in `@fires`, they are
 * imported by name from the package root, so a name the package does not export fails the type check).
 *
 * React 19 sets a prop as a property when the element has one (`data`, `countUp`) and as an attribute
 * otherwise (`count-up`), and adds a listener for a prop `on<event-name>` (`onct-load`); a handler gets
 * the event as GlobalEventHandlersEventMap types it, or the element's own detail where its `@fires` names
 * one (`CtFilterChangeEvent<AgendaFilterValues>`: the agenda's filters by name). Both spellings
 * of each attribute are offered: attributes also work in server rendering, properties take objects.
 *
 * Why our own ~100 lines and not custom-element-jsx-integration 1.6.0 (checked): its output indexed
 * `CtStats["undefined"]` for the `lang` and `dir` attributes (a type error for apps without
 * skipLibCheck), typed every event as `CustomEvent<never>`, and it needs prettier at build time.
 *
 * Usage: node scripts/build-jsx-types.mjs [manifest] [out]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const [manifestPath = 'custom-elements.json', outPath = 'dist/react.d.ts'] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** A JSDoc block, safe for any text (a `*\/` in a description would end the comment). */
const doc = (text, indent = '') => {
  const lines = (text ?? '').replaceAll('*/', '*\\/').trim().split('\n');
  if (!lines[0]) return '';
  return lines.length === 1 ? `${indent}/** ${lines[0]} */\n` : `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
};
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

const elements = [];
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    elements.push({ ...declaration, from: `./${module.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}` });
  }
}
elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
if (elements.length === 0) throw new Error(`${manifestPath}: no custom elements`);

let out = `/**
 * JSX typings for ct-widgets, generated from custom-elements.json by scripts/build-jsx-types.mjs.
 *
 * React 19 + TypeScript: add \`import type {} from 'ct-widgets/react';\` once (or list "ct-widgets/react"
 * in tsconfig "types"), and import the elements you use (\`import 'ct-widgets/ct-stats.js';\`).
 * Other JSX runtimes: extend their \`JSX.IntrinsicElements\` with \`CustomElements\`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
`;
for (const element of elements) out += `import type { ${element.name} } from '${element.from}';\n`;
// An event whose class takes the element's own detail type (`CtFilterChangeEvent<AgendaFilterValues>` in
// the @fires) gets that type in its handler; the global event map only knows the class's default.
const specific = (event) => (/</.test(event.type?.text ?? '') ? event.type.text : undefined);
const specificNames = [
  ...new Set(elements.flatMap((element) => (element.events ?? []).map(specific).filter(Boolean).flatMap((text) => text.match(/\b[A-Z]\w*/g)))),
].sort();
if (specificNames.length) out += `import type { ${specificNames.join(', ')} } from './index.js';\n`;
out += `
/** \`on<event-name>\` props: React 19 adds a listener for each on a custom element. */
type EventProps<Names extends string> = {
  [Name in Names as \`on\${Name}\`]?: (event: Name extends keyof HTMLElementEventMap ? HTMLElementEventMap[Name] : Event) => void;
};
`;

for (const element of elements) {
  const { name } = element;
  const lines = [];
  const seen = new Set();
  const add = (prop, description, type) => {
    if (seen.has(prop)) return;
    seen.add(prop);
    lines.push(`${doc(description, '  ')}  ${key(prop)}?: ${type};`);
  };
  const fields = new Map((element.members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, m]));
  for (const attribute of element.attributes ?? []) {
    // lang and dir are the global HTML attributes (in React's HTMLAttributes already).
    if (!attribute.fieldName) continue;
    const also = attribute.name === attribute.fieldName ? '' : ` (attribute; the property is \`${attribute.fieldName}\`)`;
    add(attribute.name, `${attribute.description ?? ''}${also}`, `${name}['${attribute.fieldName}']`);
  }
  for (const field of fields.values()) {
    if (field.static || field.readonly || field.privacy === 'private' || field.privacy === 'protected') continue;
    const attribute = (element.attributes ?? []).find((a) => a.fieldName === field.name);
    const also = attribute ? ` (property; the attribute is \`${attribute.name}\`)` : ' (property only: objects are set, not serialised)';
    add(field.name, `${field.description ?? ''}${also}`, `${name}['${field.name}']`);
  }
  for (const event of element.events ?? []) {
    if (event.name && specific(event)) add(`on${event.name}`, event.description, `(event: ${specific(event)}) => void`);
  }
  const events = (element.events ?? []).filter((event) => event.name && !specific(event)).map((event) => event.name);
  const eventDocs = (element.events ?? []).map((event) => `- \`on${event.name}\`: ${event.description ?? ''}`).join('\n');
  out += `\n${doc(`Attributes, properties and events of \`<${element.tagName}>\`.${eventDocs ? `\n\nEvents:\n${eventDocs}` : ''}`)}`;
  out += `export type ${name}Props = {\n${lines.join('\n')}\n} & EventProps<${events.length ? events.map((e) => `'${e}'`).join(' | ') : 'never'}>;\n`;
}

out += `\n/** Every ct-widgets element by tag: for JSX runtimes other than React (Preact, Solid, Stencil). */\nexport interface CustomElements {\n`;
for (const element of elements) out += `${doc(element.summary ?? element.description, '  ')}  '${element.tagName}': ${element.name}Props;\n`;
out += `}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
`;
for (const element of elements) {
  out += `${doc(element.summary ?? element.description, '      ')}      '${element.tagName}': DetailedHTMLProps<HTMLAttributes<${element.name}>, ${element.name}> & ${element.name}Props;\n`;
}
out += `    }
  }
}
`;

mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, out);
// An empty module beside it, so `import 'ct-widgets/react'` also resolves where a bundler sees it.
writeFileSync(outPath.replace(/\.d\.ts$/, '.js'), 'export {};\n');
console.log(`${outPath}: JSX typings for ${elements.length} elements`);
