import { directionOf, type Direction } from '../i18n/language-tag.js';

/**
 * The language of the UI strings on this page, as `@lit/localize` last reported it ready. Kept here rather
 * than read from the localization module so that elements can mark their UI text with the right `lang`
 * and `dir` without configuring localization themselves (that stays opt-in).
 */
let uiLocale = 'en';

// Guarded: the CLI and the schema build load modules that reach this one, in Node, where there is no window.
globalThis.window?.addEventListener('lit-localize-status', (event) => {
  if (event.detail.status === 'ready') uiLocale = event.detail.readyLocale;
});

export function currentUiLocale(): { lang: string; dir: Direction } {
  return { lang: uiLocale, dir: directionOf(uiLocale) };
}
