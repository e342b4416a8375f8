import { LitElement, type PropertyDeclarations } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { hostStyles, tokens } from '../styles/tokens.js';
import { adoptStylesInDocument } from '../styles/document-styles.js';
import { observeLanguageChanges, resolveDir, resolveLang } from '../language/element-language.js';
import type { Direction } from '../i18n/language-tag.js';

// The ct-* events' entries in GlobalEventHandlersEventMap must travel with every element's declarations,
// so a page that imports one element (`ct-widgets/ct-agenda.js`, or the React typings) gets `event.detail`
// typed. tsc drops from a .d.ts the imports it does not need; these type-only re-exports keep both event
// modules in it, at no cost at run time.
export type { CtErrorEvent, CtLoadEvent } from './events.js';
export type { CtFilterChangeEvent } from './user-events.js';

/**
 * The base of every ct-widgets element: shared host styles and tokens, the language and direction that
 * apply to the element (its own `lang`/`dir`, or the nearest ancestor's, across shadow roots), and a
 * `define()` that tolerates a second copy of the library on the page.
 */
export class CtElement extends LitElement {
  /**
   * Reactive properties, declared in `static properties` rather than with `@property()`/`@state()` on
   * each field: compiled with `experimentalDecorators` (TOOLCHAIN.md), every decorated field costs a
   * helper call in the shipped code, and Lit's decorators bring a standard-decorator branch no element
   * uses (together ~0.35 KB brotli of ct-widgets.js). Subclasses declare only their own; a field's
   * documentation stays on the field.
   * @internal
   */
  static override properties: PropertyDeclarations = {
    contentLang: { state: true, attribute: false },
    contentDir: { state: true, attribute: false },
    theme: { reflect: true },
  };

  static override styles = [tokens, hostStyles];

  /**
   * Adds the tag unless it is taken. Two copies of ct-widgets on one page (a CMS theme and a partner
   * script, say) are common; the first definition wins and the second only warns.
   */
  static define(tagName: string): void {
    const existing = customElements.get(tagName);
    if (!existing) {
      customElements.define(tagName, this);
    } else if (existing !== this) {
      console.warn(`ct-widgets: <${tagName}> is already defined (a second copy of ct-widgets?); keeping the first.`);
    }
  }

  /**
   * Language of the element's content: chooses the feed text, the `Intl` formats and the direction.
   * @internal
   */
  protected contentLang = 'en';

  /** @internal */
  protected contentDir: Direction = 'ltr';

  /** Colour scheme: `light` or `dark`; unset follows the page's `color-scheme`. */
  theme: 'light' | 'dark' | undefined;

  #stopObserving?: () => void;

  constructor() {
    super();
    // Every element has UI strings (msg()): each re-renders when the page's UI language changes.
    updateWhenLocaleChanges(this);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.#resolveLanguage();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resolveLanguage();
    this.#stopObserving = observeLanguageChanges(() => this.#resolveLanguage());
  }

  /** Moved into another document (an iframe): its styles must be that document's sheets. @internal */
  adoptedCallback(): void {
    if (this.renderRoot instanceof ShadowRoot) adoptStylesInDocument(this.renderRoot, (this.constructor as typeof CtElement).elementStyles);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObserving?.();
    this.#stopObserving = undefined;
  }

  #resolveLanguage() {
    this.contentLang = resolveLang(this);
    this.contentDir = resolveDir(this);
  }
}
