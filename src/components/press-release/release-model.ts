import { formatIsoDate } from '../../core/i18n/formats.js';
import { languageDisplayName, upperCase } from '../../core/i18n/intl.js';
import { baseLanguage } from '../../core/i18n/language-tag.js';
import { resolveLocalizedText, type LocalizedText } from '../../core/i18n/localized-text.js';
import type { PressRelease, PressReleasesSection } from '../../feeds/press.js';
import { DOCUMENT_GENRES, documentType } from './document-type.js';
import { plainText } from './inline.js';

/** Newest first; releases of the same day keep the feed's order. */
export function newestFirst(releases: readonly PressRelease[]): PressRelease[] {
  return releases
    .map((release, index) => ({ release, index }))
    .sort((a, b) => compareIsoDates(b.release.dateline.date, a.release.dateline.date) || a.index - b.index)
    .map(({ release }) => release);
}

/**
 * The release `id` names (or its version in the element's language, when the feed has one), or else the
 * newest in the element's language, or else the newest. So one page markup serves every language.
 */
export function pickRelease(section: PressReleasesSection, id: string | undefined, lang: string): PressRelease | undefined {
  const same = (release: PressRelease) => baseLanguage(release.lang) === baseLanguage(lang);
  if (id) {
    const named = section.releases.find((release) => release.id === id);
    if (!named || same(named)) return named;
    const translated = named.languageVersions?.find((version) => version.release && baseLanguage(version.lang) === baseLanguage(lang));
    return section.releases.find((release) => release.id === translated?.release && same(release)) ?? named;
  }
  const sorted = newestFirst(section.releases);
  return sorted.find(same) ?? sorted[0];
}

/** "، " in Arabic, "，" in Chinese, ", " elsewhere: the separator of place and date in a dateline. */
export function datelineSeparator(lang: string): string {
  const base = baseLanguage(lang);
  return base === 'ar' ? '، ' : base === 'zh' ? '，' : ', ';
}

/** "New York, 20 June 2023" in `lang`, as one string (for JSON-LD and share messages). */
export function datelineText(release: PressRelease, lang: string): string {
  const place = resolveLocalizedText(release.dateline.place, lang)?.text ?? '';
  return `${place}${datelineSeparator(lang)}${formatIsoDate(release.dateline.date, lang)}`;
}

/** The language's name in that language, capitalised as a label: "Français", "English", "العربية". */
export function languageLabel(lang: string): string {
  const name = languageDisplayName(lang, lang);
  return upperCase(name.charAt(0), lang) + name.slice(1);
}

/** ISO dates sort as plain strings; `localeCompare` would bring the browser's locale into it. */
function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const inReleaseLanguage = (value: LocalizedText | undefined, release: PressRelease) =>
  resolveLocalizedText(value, release.lang)?.text;

/** schema.org `NewsArticle`, in the release's own language. */
export function newsArticle(release: PressRelease, section: PressReleasesSection): object {
  const office = inReleaseLanguage(release.office, release);
  const publisher = section.publisher;
  const images = release.body.flatMap((block) => (block.type === 'image' ? [block.src] : []));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: inReleaseLanguage(release.headline, release),
    ...(release.subheading ? { alternativeHeadline: inReleaseLanguage(release.subheading, release) } : {}),
    datePublished: release.dateline.date,
    dateline: datelineText(release, release.lang),
    inLanguage: release.lang,
    description: plainText(release.lead, release.lang),
    // The UN document symbol ("L/3282") and the kind of document ("Meetings Coverage").
    ...(release.symbol ? { identifier: release.symbol } : {}),
    genre: DOCUMENT_GENRES[documentType(release)],
    ...(release.url ? { url: release.url, mainEntityOfPage: release.url } : {}),
    ...(images.length ? { image: images } : {}),
    author: { '@type': 'Organization', name: office },
    publisher: {
      '@type': 'Organization',
      name: publisher ? inReleaseLanguage(publisher.name, release) : office,
      ...(publisher?.url ? { url: publisher.url } : {}),
    },
    ...(release.languageVersions?.length
      ? { workTranslation: release.languageVersions.map((version) => ({ '@type': 'NewsArticle', inLanguage: version.lang, url: version.href })) }
      : {}),
  };
}
