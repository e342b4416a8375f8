/**
 * Prints, from custom-elements.json, what a CMS must be told to keep every ct-* element and its attributes:
 * the line for Drupal's "Allowed HTML tags" / CKEditor 5 "Manually editable HTML tags", and the
 * WordPress kses entries. docs/embedding.md carries both; test/node/embedding-doc.test.mjs fails when
 * they drift from the manifest (an element or attribute added without the doc).
 *
 * Usage: node scripts/embed-allowlists.mjs [drupal|wordpress]
 */
import { readFileSync } from 'node:fs';

/** Each element's tag and attribute names, sorted, `lang` and `dir` included (the widgets read both). */
export function elementAttributes(manifestPath = 'custom-elements.json') {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const names = new Set([...(declaration.attributes ?? []).map((attribute) => attribute.name), 'lang', 'dir', 'class', 'id']);
      elements.push({ tag: declaration.tagName, attributes: [...names].sort() });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

export const drupalLine = (elements) => elements.map(({ tag, attributes }) => `<${tag} ${attributes.join(' ')}>`).join(' ');

export const wordpressEntries = (elements) =>
  elements.map(({ tag, attributes }) => `    '${tag}' => array_fill_keys( array( ${attributes.map((name) => `'${name}'`).join(', ')} ), true ),`).join('\n');

if (import.meta.url === `file://${process.argv[1]}`) {
  const elements = elementAttributes();
  const which = process.argv[2];
  if (which !== 'wordpress') console.log(drupalLine(elements));
  if (which !== 'drupal') console.log(wordpressEntries(elements));
}
