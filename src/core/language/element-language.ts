/**
 * The language and direction an element shows its content in, and when they change. The element may sit
 * in the light DOM of a page or deep inside another component's shadow root; the nearest `lang`/`dir`
 * wins, exactly as the platform resolves them for text, but we need the value in script to pick feed
 * text and `Intl` formats. Without any `lang`, content follows the page's UI language (`ui-language.ts`).
 */

import { directionOf, normalizeLanguageTag, type Direction } from '../i18n/language-tag.js';
import { currentUiLocale } from './ui-language.js';

/** The parent element, stepping out of a shadow root to its host. */
function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The language that applies to `el`: its own `lang`, or the nearest ancestor's, normalised (`en_US` →
 * `en-US`); an unusable tag (`x-klingon`, `lang=""`) or none at all gives the UI language.
 */
export function resolveLang(el: Element): string {
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return normalizeLanguageTag(lang, currentUiLocale().lang);
  }
  return currentUiLocale().lang;
}

/**
 * The direction that applies to `el`. The nearest element that says something decides: an explicit
 * `dir="ltr|rtl"` wins, otherwise its `lang` implies one, so `<ct-stats lang="ar">` is right to left on an
 * English page while a `dir="rtl"` set on the page applies to elements that do not name a language.
 */
export function resolveDir(el: Element): Direction {
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    const dir = node.getAttribute('dir')?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    const lang = node.getAttribute('lang');
    if (lang !== null) return directionOf(normalizeLanguageTag(lang, currentUiLocale().lang));
  }
  return currentUiLocale().dir;
}

/** Elements that want to hear when a `lang` or `dir` changes anywhere in the document. */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;
const notifyAll = () => listeners.forEach((notify) => notify());

/**
 * One observer for the whole page (not one per element): language changes are rare, elements may be many.
 * Returns the function that stops listening.
 */
export function observeLanguageChanges(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(notifyAll);
    observer.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ['lang', 'dir'],
    });
    // An unusable `lang` falls back to the UI language, which may arrive later (its translation loads).
    window.addEventListener('lit-localize-status', notifyAll);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
      window.removeEventListener('lit-localize-status', notifyAll);
    }
  };
}
