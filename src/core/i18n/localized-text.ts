import { baseLanguage } from './language-tag.js';

/** Feed text: one string, or a map of BCP 47 language tag → string. */
export type LocalizedText = string | Readonly<Record<string, string>>;

export interface ResolvedText {
  text: string;
  /** The language the text is in when it differs from the one asked for (so it can be marked `lang`). */
  lang?: string;
}

/**
 * Picks the text for `lang`: exact tag, then same base language (`zh` for `zh-Hans`), then English,
 * then the first language the feed has. Text in another language than asked is returned with its `lang`
 * so the renderer marks it and screen readers pronounce it right.
 */
export function resolveLocalizedText(value: LocalizedText | undefined, lang: string): ResolvedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value };
  const wanted = baseLanguage(lang);
  const keys = Object.keys(value);
  if (keys.length === 0) return undefined;
  const exact = keys.find((key) => key.toLowerCase() === lang.toLowerCase());
  const sameBase = exact ?? keys.find((key) => baseLanguage(key) === wanted);
  if (sameBase !== undefined) return { text: value[sameBase] ?? '' };
  const fallback = keys.find((key) => baseLanguage(key) === 'en') ?? keys[0]!;
  return { text: value[fallback] ?? '', lang: fallback };
}
