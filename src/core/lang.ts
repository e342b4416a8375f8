/**
 * Language and direction resolution for elements that may sit in the light DOM of a page or deep inside
 * another component's shadow root. The nearest `lang`/`dir` wins, exactly as the platform resolves them
 * for text, but we need the value in script to pick feed text and `Intl` formats.
 */

/** Languages written right to left (base subtags). Arabic is the one among the six UN languages. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

export type Direction = 'ltr' | 'rtl';

/** `zh-Hans-CN` → `zh`; `EN_us` → `en`. */
export function baseLanguage(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export function directionOf(lang: string): Direction {
  return RTL_LANGUAGES.has(baseLanguage(lang)) ? 'rtl' : 'ltr';
}

/** The parent element, stepping out of a shadow root to its host. */
function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The language that applies to `el`: its own `lang`, or the nearest ancestor's, or the page's, or `en`. */
export function resolveLang(el: Element): string {
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return 'en';
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
    if (lang) return directionOf(lang);
  }
  return 'ltr';
}

/** Elements that want to hear when a `lang` or `dir` changes anywhere in the document. */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * One observer for the whole page (not one per element): language changes are rare, elements may be many.
 * Returns the function that stops listening.
 */
export function observeLanguageChanges(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ['lang', 'dir'],
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
