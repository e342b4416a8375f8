import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Properties = Readonly<Record<string, string>>;

/**
 * Sets CSS properties (custom properties such as `--_ct-grid-column`, or any other) on an element through
 * CSSOM, `element.style.setProperty()`, on every render including the first.
 *
 * Why not Lit's `styleMap`: on the first render it writes a `style="…"` attribute, which a strict
 * Content-Security-Policy (`style-src 'self'`, no `'unsafe-inline'`) blocks, so the values are lost and
 * the page gets one `style-src-attr` report per element. CSSOM writes are not inline styles and every
 * policy allows them. Use it as an element binding: `<div ${cssProperties({ '--x': '1' })}>`.
 */
class CssPropertiesDirective extends Directive {
  #names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProperties() must be bound to an element, not an attribute');
  }

  render(_properties: Properties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Properties]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#names) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    this.#names = new Set(Object.keys(properties));
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
