import { baseLanguage, normalizeLanguageTag } from './language-tag.js';
import { utcDayStart } from '../../feeds/calendar-day.js';
import { ARABIC_DIGITS, russianYear } from './un-dates.js';

/**
 * `Intl` formatters are costly to build and cheap to reuse; elements ask for the same few over and over
 * (every figure, every session), so they are cached per language and options.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(safeLocale(lang), options)));
  return format;
}

export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    const locale = unDateLocale(safeLocale(lang));
    const base = baseLanguage(locale);
    format =
      base === 'ar' ? arabicDateFormat(locale, options)
      : base === 'fr' ? new UnDateFormat(locale, options, frenchFirstDay)
      : base === 'ru' ? new UnDateFormat(locale, options, russianYear)
      : new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * UN Arabic names each month by both its Levantine and its Egyptian name, "حزيران/يونيه" (as the
 * Organization's own Arabic texts do, our seed feed included; UN News in Arabic: "18 تموز/يوليه"),
 * where `Intl` gives only "يونيو".
 */
const UN_ARABIC_MONTHS = [
  'كانون الثاني/يناير', 'شباط/فبراير', 'آذار/مارس', 'نيسان/أبريل', 'أيار/مايو', 'حزيران/يونيه',
  'تموز/يوليه', 'آب/أغسطس', 'أيلول/سبتمبر', 'تشرين الأول/أكتوبر', 'تشرين الثاني/نوفمبر', 'كانون الأول/ديسمبر',
];

/** UN Arabic dates: European digits (unless the page names a numbering system) and the UN month names. */
function arabicDateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const digits = new Intl.Locale(locale).numberingSystem ? locale : new Intl.Locale(locale, { numberingSystem: ARABIC_DIGITS }).toString();
  return new UnDateFormat(digits, options, arabicMonths(digits));
}

type PartMap = (part: Intl.DateTimeFormatPart, options: Intl.ResolvedDateTimeFormatOptions) => string;

/** `Intl`'s month name in this Arabic locale → the UN's. */
function arabicMonths(locale: string): PartMap {
  const names = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const months = new Map(UN_ARABIC_MONTHS.map((name, month) => [names.format(Date.UTC(2001, month, 15)), name]));
  return (part) => (part.type === 'month' ? (months.get(part.value) ?? part.value) : part.value);
}

/**
 * French writes the first day of a month as an ordinal, "1er juillet 2023" (UN French: "le 1er janvier
 * 2016", press.un.org/fr, meetings coverage; French typography generally), where `Intl` writes "1 juillet".
 * Only beside a month written as a word (`month: 'long'|'short'`, or a long or medium `dateStyle`, whose
 * resolved options name no month): "01/07/2023" stays as it is.
 */
const frenchFirstDay: PartMap = (part, options) =>
  part.type === 'day' && part.value === '1' && wordMonth(options) ? '1er' : part.value;

function wordMonth(options: Intl.ResolvedDateTimeFormatOptions): boolean {
  return options.month === 'long' || options.month === 'short' || ['full', 'long', 'medium'].includes(options.dateStyle ?? '');
}

/** A date format whose parts follow UN usage in its language (see the maps above); the rest is `Intl`'s. */
class UnDateFormat extends Intl.DateTimeFormat {
  readonly #map: PartMap;
  readonly #options: Intl.ResolvedDateTimeFormatOptions;

  constructor(locale: string, options: Intl.DateTimeFormatOptions, map: PartMap) {
    super(locale, options);
    this.#map = map;
    this.#options = super.resolvedOptions();
    // `format` is a getter on Intl.DateTimeFormat.prototype (it returns a bound function), so neither a
    // method nor a field can replace it; an own property can.
    Object.defineProperty(this, 'format', { value: (date?: Date | number) => this.#join(super.formatToParts(date)) });
  }

  override formatToParts(date?: Date | number): Intl.DateTimeFormatPart[] {
    return super.formatToParts(date).map((part) => ({ ...part, value: this.#map(part, this.#options) }));
  }

  override formatRange(start: Date | number, end: Date | number): string {
    return this.#join(super.formatRangeToParts(start, end));
  }

  #join(parts: readonly Intl.DateTimeFormatPart[]): string {
    return parts.map((part) => this.#map(part, this.#options)).join('');
  }
}

/** Formats a calendar date (`2023-06-20`) as that day, whatever the viewer's time zone. */
export function formatIsoDate(isoDate: string, lang: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }) {
  return dateFormat(lang, { ...options, timeZone: 'UTC' }).format(utcDayStart(isoDate));
}

/**
 * UN editorial style writes English dates day first ("20 June 2023"); plain `en` in `Intl` is US style.
 * A page that names a region (`en-US`) keeps it.
 */
function unDateLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** A `lang` from a page may be malformed (`en_US`, `x-klingon`); `Intl` would throw on it. */
function safeLocale(lang: string): string {
  return normalizeLanguageTag(lang);
}
