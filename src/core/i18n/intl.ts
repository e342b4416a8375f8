import { normalizeLanguageTag } from './language-tag.js';

/**
 * Every locale-sensitive call of the widgets, apart from the number and date formats in `formats.ts`, goes
 * through here so that no raw tag reaches `Intl` (eslint's `no-restricted-syntax` rejects direct calls
 * elsewhere in `src/`). Objects are cached: a collator or a display-names object costs far more to build
 * than to use, and an agenda sorts and labels thousands of times.
 */

const collators = new Map<string, Intl.Collator>();

/** Orders two strings as the language sorts them ("Éthiopie" beside "Égypte" in French, not after "Z"). */
export function compareText(a: string, b: string, lang: string): number {
  const locale = normalizeLanguageTag(lang);
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return collator.compare(a, b);
}

/** Upper case as the language writes it (Turkish dotted İ): for initials and labels. */
export function upperCase(text: string, lang: string): string {
  return text.toLocaleUpperCase(normalizeLanguageTag(lang));
}

/** Lower case as the language writes it: for search keys. */
export function lowerCase(text: string, lang: string): string {
  return text.toLocaleLowerCase(normalizeLanguageTag(lang));
}

const displayNamesCache = new Map<string, Intl.DisplayNames>();

/**
 * The name of language `code` in language `inLang` ("French" in English, "Français" in French); the code
 * itself when it is not a usable tag or `Intl` has no name for it.
 */
export function languageDisplayName(code: string, inLang: string): string {
  const locale = normalizeLanguageTag(inLang);
  let names = displayNamesCache.get(locale);
  if (!names) displayNamesCache.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code; // `of()` throws a RangeError on a malformed code; a feed's tag may be one
  }
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** "in 3 days", "tomorrow", "dans 3 jours" (`numeric: 'auto'`). */
export function formatRelativeTime(value: number, unit: Intl.RelativeTimeFormatUnit, lang: string): string {
  const locale = normalizeLanguageTag(lang);
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format.format(value, unit);
}
