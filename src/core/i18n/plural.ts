import { numberFormat } from './formats.js';
import { normalizeLanguageTag } from './language-tag.js';

/**
 * Plural forms for `@lit/localize`, which has none. Every counted UI string is one message per CLDR
 * plural category (`<name>.zero` … `<name>.other`, six ids); `Intl.PluralRules` for the UI language picks
 * the one to show. English source text exists for all six so that every translator sees the whole set;
 * a language fills the categories it has (Arabic all six, Russian one/few/many/other, French and
 * Spanish one/many/other, Chinese other) and `scripts/check-translations.mjs` fails when a language
 * lacks a target for a category `Intl.PluralRules` says it needs.
 *
 * Numbers are named tokens in the text (`{count}`), filled in after translation, not `str` placeholders:
 * `@lit/localize` refuses a translation that drops a placeholder, and Arabic writes "جلسة واحدة",
 * "جلستان" with no numeral (as ICU's `=1`/`two` forms allow). The check script makes sure a translation
 * uses no token its source lacks.
 *
 * Why six ids rather than ICU MessageFormat in one string: `@lit/localize` extracts and builds plain
 * messages only, and a typed record of six forms is checked by the compiler (no category forgotten).
 */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/**
 * The forms of one counted message, each a function calling `msg()` with the category's id, so that
 * `msg()` runs in the render path and only for the form shown.
 */
export type PluralForms = Readonly<Record<PluralCategory, () => string>>;

const rules = new Map<string, Intl.PluralRules>();

/** The CLDR category of `count` in `lang` (cardinal): 3 → `few` in Arabic and Russian, `other` in English. */
export function pluralCategory(count: number, lang: string): PluralCategory {
  const locale = normalizeLanguageTag(lang);
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule.select(count);
}

/**
 * The form of `forms` that `count` takes in `lang`, its `{count}` token replaced by `count` written with
 * `lang`'s digits ("١١" in Arabic, "1,000" in English), any other `{name}` by `values[name]` (numbers
 * already formatted for `lang`). An unknown token stays as written, visible, not silently lost.
 */
export function plural(count: number, lang: string, forms: PluralForms, values: Readonly<Record<string, string>> = {}): string {
  const filled: Readonly<Record<string, string>> = { count: numberFormat(lang).format(count), ...values };
  return forms[pluralCategory(count, lang)]().replace(/\{(\w+)\}/g, (token, name: string) => filled[name] ?? token);
}
