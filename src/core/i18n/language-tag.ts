/**
 * The one place where a language tag from a page, an attribute or a feed becomes a tag `Intl` accepts.
 *
 * Real pages carry CMS tags (`en_US`, `EN`, `zh_TW`), private ones (`x-klingon`), grandfathered ones
 * (`i-default`), words (`english`) and empty strings; `Intl` throws a RangeError on several of them. Rule:
 *   1. trim, `_` → `-`, canonical case and form through `Intl.getCanonicalLocales` (`zh_tw` → `zh-TW`);
 *   2. a tag that cannot be canonicalised, or whose language the browser has no data for (`tlh`,
 *      `english`, `und`), is replaced by the fallback: the UI language (one of the six UN languages,
 *      English when the page names none), with one console warning per distinct bad tag;
 *   3. a valid tag the widgets have no translation for (`pt-BR`, `sr-Latn`) stays as it is: `Intl` formats
 *      dates and numbers in it, UI strings and feed text fall back to English (marked `lang="en"`).
 */

import { boundedMemo } from './bounded-memo.js';

/** The language everything falls back to when nothing better is known: the source language of the UI. */
export const FALLBACK_LANGUAGE = 'en';

const warned = new Set<string>();

/**
 * `en_US` → `en-US`, `EN` → `en`, `zh-hant-tw` → `zh-Hant-TW`; `null` for a tag `Intl` cannot use
 * (malformed, private use, grandfathered, or a language without locale data). Never warns, never throws.
 */
export function canonicalLanguageTag(tag: string | null | undefined): string | null {
  return canonicalMemo(tag ?? '');
}

const canonicalMemo = boundedMemo(canonicalise);

function canonicalise(raw: string): string | null {
  const tag = raw.trim().replace(/_/g, '-');
  if (!tag) return null;
  try {
    const [locale] = Intl.getCanonicalLocales(tag);
    // `lookup` truncates (`en-XX` → `en`) and answers nothing when even the language is unknown.
    return locale && Intl.DateTimeFormat.supportedLocalesOf([locale], { localeMatcher: 'lookup' }).length ? locale : null;
  } catch {
    return null;
  }
}

/**
 * A tag safe for `Intl` and for `lang` attributes: the canonical form of `tag`, or `fallback` (with one
 * warning per distinct bad tag) when `tag` is unusable.
 */
export function normalizeLanguageTag(tag: string | null | undefined, fallback: string = FALLBACK_LANGUAGE): string {
  const result = canonicalLanguageTag(tag);
  if (result) return result;
  const raw = tag ?? '';
  if (!warned.has(raw)) {
    warned.add(raw);
    console.warn(`ct-widgets: the language tag "${raw}" cannot be used; "${fallback}" is used instead.`);
  }
  return canonicalLanguageTag(fallback) ?? FALLBACK_LANGUAGE;
}

/** `zh-Hans-CN` → `zh`; `EN_us` → `en`. The first subtag in lower case, whatever the tag's validity. */
export function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export type Direction = 'ltr' | 'rtl';

/** Languages written right to left by default (base subtags). Arabic is the one among the UN six. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ks', 'syr']);
/** Right-to-left scripts, for tags that name one (`az-Arab`, `pa-Arab`). */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);


/**
 * The direction a language is written in; a script subtag decides over the language (`sd-Deva` is ltr).
 * Memoised: every plain feed string an agenda card renders asks it (render/text.ts), with the same tag.
 */
export function directionOf(tag: string): Direction {
  return directionMemo(tag);
}

const directionMemo = boundedMemo(computeDirection);

function computeDirection(tag: string): Direction {
  const subtags = tag.trim().toLowerCase().split(/[-_]/);
  const script = subtags.slice(1).find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(subtags[0] ?? '') ? 'rtl' : 'ltr';
}

/** Letters of right-to-left scripts; any other letter is left to right. Digits and punctuation are neither. */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Hanifi_Rohingya}]/u;
const LETTER = /\p{L}/u;

/**
 * The direction of a text of unknown language, by its first letter: what `dir="auto"` and the Unicode
 * bidi algorithm's paragraph rule decide, computed in script so that text already in its context's
 * direction needs no wrapper element (an agenda of 10,000 plain-string titles gains no nodes).
 */
export function textDirection(text: string): Direction | undefined {
  const match = LETTER.exec(text);
  if (!match) return undefined;
  return RTL_LETTER.test(match[0]) ? 'rtl' : 'ltr';
}
