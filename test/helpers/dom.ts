/**
 * Reading an element's shadow DOM in tests, by `part` (the element's public styling surface) and by text
 * with whitespace collapsed (templates indent; what a reader sees does not). One definition for every test
 * file instead of a copy in each.
 */

/** Every node of `el`'s shadow root that carries part `name` (among others). */
export const parts = (el: Element, name: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** The first node of `el`'s shadow root that carries part `name`, or null. */
export const part = (el: Element, name: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** `value` with each run of whitespace made one space, trimmed; `''` for none. */
export const squash = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

/** The squashed text of every node carrying part `name`. */
export const texts = (el: Element, name: string): string[] => parts(el, name).map((node) => squash(node.textContent));
