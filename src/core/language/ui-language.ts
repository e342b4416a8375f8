/**
 * The page's UI language: the one language of the UI strings ("Details", "Add to calendar"), which
 * `@lit/localize` holds per page, as against each element's content language (`element-language.ts`).
 * This module is the one place that knows it: which languages it can be, which one it is now, and the
 * switch the opt-in localization module (`localization.ts`) lends to the language bar. It configures
 * nothing itself, so elements can read the UI language without a page opting in to translations.
 */
import { sourceLocale, targetLocales } from '../../generated/locale-codes.js';
import { baseLanguage, canonicalLanguageTag, directionOf, type Direction } from '../i18n/language-tag.js';

export type UiLanguage = typeof sourceLocale | (typeof targetLocales)[number];

/** The six official UN languages, in the order UN language bars list them. */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const satisfies readonly UiLanguage[];

/**
 * `zh-Hans-CN` → `zh`, `fr_CA` → `fr`; anything that is not a UN language (or not a usable tag) → `en`.
 * Chinese in any script or region gets the UN's Chinese (simplified characters).
 */
export function toUiLanguage(lang: string | null | undefined): UiLanguage {
  const base = baseLanguage(canonicalLanguageTag(lang) ?? '');
  return (UN_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : sourceLocale;
}

/** The UI language as `@lit/localize` last reported it ready; `en` until then (or without localization). */
let uiLocale = 'en';

// Guarded: a tool may import the package in Node (reading its exports, say), where there is no window.
globalThis.window?.addEventListener('lit-localize-status', (event) => {
  if (event.detail.status === 'ready') uiLocale = event.detail.readyLocale;
});

/** The UI language now, with its direction. Elements hear it change through `observeLanguageChanges()`. */
export function currentUiLocale(): { lang: string; dir: Direction } {
  return { lang: uiLocale, dir: directionOf(uiLocale) };
}

/** What switches the UI language of the page: `@lit/localize`'s handle, as the opt-in module wraps it. */
export interface UiLanguageSwitch {
  getLocale: () => string;
  setLocale: (locale: string) => Promise<void>;
}

// A registered symbol, so that two copies of the library on one page (two bundles) share one switch:
// `@lit/localize` may be configured once per page.
const SWITCH_KEY = Symbol.for('ct-widgets.localization');
const switchSlot = globalThis as unknown as Record<symbol, UiLanguageSwitch | undefined>;

/**
 * The page's switch, made by `create` only if no copy of the library installed one before (configuring
 * `@lit/localize` a second time throws).
 */
export function installUiLanguageSwitch(create: () => UiLanguageSwitch): UiLanguageSwitch {
  return (switchSlot[SWITCH_KEY] ??= create());
}

/** The page's switch when the page opted in to ct-widgets' localization; otherwise `undefined`. */
export function uiLanguageSwitch(): UiLanguageSwitch | undefined {
  return switchSlot[SWITCH_KEY];
}
