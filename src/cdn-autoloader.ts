/**
 * The CDN autoloader: `<script type="module" src=".../ct-autoloader.js">`. It defines each `ct-*` tag on
 * the page, and those added later, by loading only that element's file (`elements/ct-<name>.js`, beside
 * this one) the first time the tag is seen. The element files share Lit, the core and the UI-language
 * set-up through chunks, so each is downloaded once however many elements a page shows.
 *
 * Imports nothing: a page pays for this small file and for the elements it really has.
 *
 * Found: tags in the document, tags added later (one MutationObserver), and tags inside open shadow roots
 * that exist when their host is found (each such root is observed too). A shadow root attached later to
 * an element already in the page cannot be seen; call `discover(root)` for it.
 */

/**
 * The tags this version has a file for: written in by vite.config.ts from the same list of
 * `src/components/` folders its element files are built from, so the two cannot disagree.
 */
declare const __CT_ELEMENTS__: readonly string[];
const ELEMENTS = new Set(__CT_ELEMENTS__);

/** Element files relative to this file, wherever a partner hosts the `cdn/` folder. */
const BASE = new URL(/* @vite-ignore */ './elements/', import.meta.url);

const requested = new Map<string, Promise<void>>();
const observed = new WeakSet<Node>();

/** Loads the file of a tag (once); resolves when the tag is defined, by this file or by any other copy. */
function load(tag: string): Promise<void> {
  let pending = requested.get(tag);
  if (!pending) {
    pending = import(/* @vite-ignore */ new URL(`${tag}.js`, BASE).href).then(
      () => undefined,
      (error: unknown) => {
        requested.delete(tag); // a later discovery may try again (a flaky network)
        console.warn(`ct-widgets: <${tag}> could not be loaded from ${BASE.href}.`, error);
      },
    );
    requested.set(tag, pending);
  }
  return pending;
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
  }
});

function consider(element: Element, loading: Promise<void>[]) {
  const tag = element.localName;
  if (ELEMENTS.has(tag)) {
    // Our elements load what they render themselves: their shadow roots need no watching (a large
    // programme would otherwise be walked once more on every render).
    if (!customElements.get(tag)) loading.push(load(tag));
    return;
  }
  const root = element.shadowRoot;
  if (root && !observed.has(root)) {
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true });
    loading.push(discover(root));
  }
}

/**
 * Loads every `ct-*` element found in `root` (and in open shadow roots within it) and resolves when
 * they are defined. For content the observer cannot see: a shadow root attached after its host was
 * added to the page, say.
 */
export function discover(root: Document | DocumentFragment | Element): Promise<void> {
  const loading: Promise<void>[] = [];
  if (root instanceof Element) consider(root, loading);
  // Every element, not only undefined ones: a defined host (another library's) may hold a shadow root.
  for (const element of root.querySelectorAll('*')) consider(element, loading);
  return Promise.all(loading).then(() => undefined);
}

observer.observe(document.documentElement, { childList: true, subtree: true });
void discover(document);
