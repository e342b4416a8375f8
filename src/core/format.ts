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
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(unDateLocale(safeLocale(lang)), options)));
  return format;
}

/** Formats a calendar date (`2023-06-20`) as that day, whatever the viewer's time zone. */
export function formatIsoDate(isoDate: string, lang: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }) {
  const [year, month, day] = isoDate.split('-').map(Number);
  return dateFormat(lang, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(year!, month! - 1, day!)));
}

/**
 * UN editorial style writes English dates day first ("20 June 2023"); plain `en` in `Intl` is US style.
 * A page that names a region (`en-US`) keeps it.
 */
function unDateLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** A `lang` from a page may be malformed (`lang="english"` is common); `Intl` would throw on it. */
function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
