import type { CSSResultOrNative } from 'lit';

/**
 * Lit adopts its constructed stylesheets into a shadow root once, when the root is created, and a
 * constructed sheet applies only in the document that constructed it. An element moved into another
 * document (`adoptNode` into an iframe) would lose every style for good. So when an element changes
 * document, its styles are constructed again in that document: constructed sheets and CSSOM, never a
 * `<style>` element, which a strict `style-src 'self'` policy would block. One set of sheets per
 * document and style, shared by every element there.
 */
const byDocument = new WeakMap<Document, WeakMap<CSSResultOrNative, CSSStyleSheet>>();

function cssTextOf(style: CSSResultOrNative): string {
  if (style instanceof CSSStyleSheet) return [...style.cssRules].map((rule) => rule.cssText).join('\n');
  return style.cssText;
}

/** The sheet of `style` for `doc`: Lit's own in the document it was made for, a copy elsewhere. */
function sheetFor(style: CSSResultOrNative, doc: Document, SheetInDoc: typeof CSSStyleSheet): CSSStyleSheet {
  const own = style instanceof CSSStyleSheet ? style : style.styleSheet;
  // A sheet that belongs to this document already (the element came back): Lit's own.
  if (own && own.constructor === SheetInDoc) return own;
  let sheets = byDocument.get(doc);
  if (!sheets) byDocument.set(doc, (sheets = new WeakMap()));
  let sheet = sheets.get(style);
  if (!sheet) {
    sheet = new SheetInDoc();
    sheet.replaceSync(cssTextOf(style));
    sheets.set(style, sheet);
  }
  return sheet;
}

/**
 * Gives `root` the element's styles as sheets of the document it is now in. A document without a window
 * (a template's, a parsed one) cannot construct sheets: the element is restyled when it is moved again.
 */
export function adoptStylesInDocument(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  const SheetInDoc = doc.defaultView?.CSSStyleSheet;
  if (!SheetInDoc) return;
  root.adoptedStyleSheets = styles.map((style) => sheetFor(style, doc, SheetInDoc));
}
