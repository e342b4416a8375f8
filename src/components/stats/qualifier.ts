import type { FigureQualifier } from '../../feeds/stats.js';
import { baseLanguage } from '../../core/i18n/language-tag.js';

type Phrase = (number: string) => string;

/**
 * "More than 1,000", "Plus de 1 000", "أكثر من ١٬٠٠٠". The qualifier is part of the figure, so it follows
 * the element's content language together with the `Intl` number, not the page's UI language: an Arabic
 * figure on an English page reads wholly in Arabic. Hence a table for the six UN languages here, beside
 * `Intl`, rather than `msg()` (which holds one language per page). Other languages fall back to English.
 */
const PHRASES: Record<string, Record<Exclude<FigureQualifier, 'exact'>, Phrase>> = {
  en: {
    'more-than': (n) => `More than ${n}`,
    over: (n) => `Over ${n}`,
    'at-least': (n) => `At least ${n}`,
    about: (n) => `About ${n}`,
    'up-to': (n) => `Up to ${n}`,
  },
  fr: {
    'more-than': (n) => `Plus de ${n}`,
    over: (n) => `Plus de ${n}`,
    'at-least': (n) => `Au moins ${n}`,
    about: (n) => `Environ ${n}`,
    'up-to': (n) => `Jusqu’à ${n}`,
  },
  es: {
    'more-than': (n) => `Más de ${n}`,
    over: (n) => `Más de ${n}`,
    'at-least': (n) => `Al menos ${n}`,
    about: (n) => `Alrededor de ${n}`,
    'up-to': (n) => `Hasta ${n}`,
  },
  ru: {
    'more-than': (n) => `Более ${n}`,
    over: (n) => `Свыше ${n}`,
    'at-least': (n) => `Не менее ${n}`,
    about: (n) => `Около ${n}`,
    'up-to': (n) => `До ${n}`,
  },
  zh: {
    'more-than': (n) => `超过${n}`,
    over: (n) => `逾${n}`,
    'at-least': (n) => `至少${n}`,
    about: (n) => `约${n}`,
    'up-to': (n) => `最多${n}`,
  },
  ar: {
    'more-than': (n) => `أكثر من ${n}`,
    over: (n) => `ما يزيد على ${n}`,
    'at-least': (n) => `${n} على الأقل`,
    about: (n) => `نحو ${n}`,
    'up-to': (n) => `ما يصل إلى ${n}`,
  },
};

export function qualifyNumber(formatted: string, qualifier: FigureQualifier | undefined, lang: string): string {
  if (!qualifier || qualifier === 'exact') return formatted;
  const phrases = PHRASES[baseLanguage(lang)] ?? PHRASES['en']!;
  return phrases[qualifier](formatted);
}
