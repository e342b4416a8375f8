/**
 * Reading an element's shadow DOM in tests, by `part` (the element's public styling surface) and by text
 * with whitespace collapsed (templates indent; what a reader sees does not). One definition for every test
 * file instead of a copy in each.
 */

/** Every node of `el`'s shadow root that matches `selector`. */
export const all = (el: Element, selector: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** The first node of `el`'s shadow root that matches `selector`, or null. */
export const one = (el: Element, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** Every node of `el`'s shadow root that carries part `name` (among others). */
export const parts = (el: Element, name: string): HTMLElement[] => all(el, `[part~="${name}"]`);

/** The first node of `el`'s shadow root that carries part `name`, or null. */
export const part = (el: Element, name: string): HTMLElement | null => one(el, `[part~="${name}"]`);

/**
 * `value` with each run of ASCII whitespace (what template indentation adds: space, tab, line breaks) made
 * one space, trimmed, as HTML's "strip and collapse ASCII whitespace"; `''` for none. No-break spaces stay:
 * `Intl` writes them on purpose (`1 000` in French), and a test may check them.
 */
export const squash = (value: string | null | undefined): string => (value ?? '').replace(/[ \t\n\f\r]+/g, ' ').replace(/^ | $/g, '');

/** The squashed text of every node carrying part `name`. */
export const texts = (el: Element, name: string): string[] => parts(el, name).map((node) => squash(node.textContent));
