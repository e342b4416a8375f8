import { normalizeLanguageTag } from './i18n/language-tag.js';
import { utcDayStart } from './time/calendar-day.js';

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
    format = /^ar\b/i.test(locale) ? new UnArabicDateFormat(locale, options) : new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * UN Arabic names each month by both its Levantine and its Egyptian name, "حزيران/يونيه" (as the
 * Organization's own Arabic texts do, our seed feed included), where `Intl` gives only "يونيو".
 */
const UN_ARABIC_MONTHS = [
  'كانون الثاني/يناير', 'شباط/فبراير', 'آذار/مارس', 'نيسان/أبريل', 'أيار/مايو', 'حزيران/يونيه',
  'تموز/يوليه', 'آب/أغسطس', 'أيلول/سبتمبر', 'تشرين الأول/أكتوبر', 'تشرين الثاني/نوفمبر', 'كانون الأول/ديسمبر',
];

/** An Arabic date format whose month names are the UN's; everything else is `Intl`'s. */
class UnArabicDateFormat extends Intl.DateTimeFormat {
  /** `Intl`'s month name in this locale → the UN's. */
  readonly #months: Map<string, string>;

  constructor(locale: string, options: Intl.DateTimeFormatOptions) {
    super(locale, options);
    const names = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    this.#months = new Map(UN_ARABIC_MONTHS.map((name, month) => [names.format(Date.UTC(2001, month, 15)), name]));
    // `format` is a getter on Intl.DateTimeFormat.prototype (it returns a bound function), so neither a
    // method nor a field can replace it; an own property can.
    Object.defineProperty(this, 'format', { value: (date?: Date | number) => this.#join(super.formatToParts(date)) });
  }

  override formatToParts(date?: Date | number): Intl.DateTimeFormatPart[] {
    return super.formatToParts(date).map((part) => this.#unMonth(part));
  }

  override formatRange(start: Date | number, end: Date | number): string {
    return this.#join(super.formatRangeToParts(start, end));
  }

  #unMonth<Part extends Intl.DateTimeFormatPart>(part: Part): Part {
    return part.type === 'month' && this.#months.has(part.value) ? { ...part, value: this.#months.get(part.value)! } : part;
  }

  #join(parts: readonly Intl.DateTimeFormatPart[]): string {
    return parts.map((part) => this.#unMonth(part).value).join('');
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
