/**
 * Opt-in set-up of the UI language (`@lit/localize`, runtime mode). Import this module once per page:
 * the CDN build does; npm users import `ct-widgets/localization.js` unless their app configures
 * `@lit/localize` itself. Without it, UI strings stay in English while feed text and `Intl` formats still
 * follow each element's `lang`.
 *
 * `@lit/localize` holds one locale per page, matching the UN rule that a page is in one language. The
 * locale is taken from `<html lang>` at start and changed with `setUiLanguage()`. What the UI language is
 * and which languages it may be is `ui-language.ts`'s to say; this module only loads translations.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../../generated/locale-codes.js';
import { installUiLanguageSwitch, toUiLanguage, type UiLanguage, type UiLanguageSwitch } from './ui-language.js';

// Part of the public `ct-widgets/localization.js` (and of the CDN build's exports).
export { UN_LANGUAGES, toUiLanguage, type UiLanguage } from './ui-language.js';

// An explicit map, not a template-literal import(): it resolves in every tool (the test server 404s on
// the template form) and the compiler checks that each target locale has its module.
const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  ar: () => import('../../generated/locales/ar.js'),
  zh: () => import('../../generated/locales/zh.js'),
  fr: () => import('../../generated/locales/fr.js'),
  ru: () => import('../../generated/locales/ru.js'),
  es: () => import('../../generated/locales/es.js'),
};

// `configureLocalization` throws when called twice on a page (two bundles, hot reload): the first switch
// installed is kept. It is the safe one below, so the language bar (which uses it) cannot meet a rejection.
const api: UiLanguageSwitch = installUiLanguageSwitch(() =>
  safeLocalization(
    configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as never,
    }),
  ),
);

/**
 * A translation chunk may fail to load (a CDN folder copied without `chunks/`, a flaky network, a strict
 * policy). The UI then stays in English (the source locale, always present) with one console warning per
 * language, and no promise of ours ever rejects: a page never sees an uncaught error for it.
 */
function safeLocalization(raw: UiLanguageSwitch): UiLanguageSwitch {
  const warned = new Set<string>();
  return {
    getLocale: raw.getLocale,
    setLocale: (locale) =>
      raw.setLocale(locale).catch((error: unknown) => {
        if (!warned.has(locale)) {
          warned.add(locale);
          console.warn(`ct-widgets: the "${locale}" UI translation could not be loaded; the UI stays in English.`, error);
        }
        return raw.setLocale(sourceLocale).catch(() => undefined);
      }),
  };
}

export function getUiLanguage(): UiLanguage {
  return api.getLocale() as UiLanguage;
}

/**
 * Switches every element's UI strings to `lang` (any tag; reduced to one of the six UN languages). Never
 * rejects: when the translation cannot load, the UI stays in English and the console says why.
 */
export function setUiLanguage(lang: string): Promise<void> {
  return api.setLocale(toUiLanguage(lang));
}

/** Resolves once the UI language taken from `<html lang>` at start has loaded (or fell back to English). */
export const uiLanguageReady: Promise<void> = setUiLanguage(document.documentElement.lang);

// A page that changes its language after load (a single-page app's switcher, a CMS's script that sets
// `<html lang>` late) gets UI strings in the new language, as it would on a fresh load.
new MutationObserver(() => void setUiLanguage(document.documentElement.lang)).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['lang'],
});
