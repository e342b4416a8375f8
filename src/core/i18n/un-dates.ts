/**
 * Dates as United Nations documents print them, where that differs from `Intl`. Each rule names its
 * source. The Chinese and Spanish range forms are in un-date-ranges.ts (only timelines and event headers
 * write ranges; every element writes dates). Languages without a range rule there (English, Arabic,
 * Russian) keep `Intl`'s range, adjusted in formats.ts / date-range.ts (English day first and a closed-up
 * dash; Arabic month names "حزيران/يونيه" and European digits; Russian "года"; French "1er").
 *
 * Russian — the year is followed by "года" written out, never "г.": "17 февраля 2011 года" (CERD/C/SR.2056,
 *   Russian, 2012); a range within a month "4-15 мая 2015 года" (UNEP/FAO/RC/COP.7/12, Russian, 2 December
 *   2014: "Седьмое совещание Женева, 4-15 мая 2015 года"), "3−28 августа 2009 года" (CERD/C/GC/32, session
 *   line). `Intl` (ru) has the same order and dash and ends with "г." ("19–20 июня 2023 г."): only that word
 *   changes (RUSSIAN_YEAR below), in ranges across months and years too ("30 июня – 1 июля 2023 года",
 *   "31 декабря 2023 года – 1 января 2024 года"; no UN example of those two was found, the word follows the
 *   sourced rule). A bare year keeps `Intl`'s "2023" and "2006–2008".
 * Arabic — month names "حزيران/يونيه" (formats.ts) and European digits (0–9), never Arabic-Indic ones:
 *   "14 شباط/فبراير - 11 آذار/مارس 2011" (CERD/C/URY/CO/16-20, Arabic, 8 April 2011, session line),
 *   "16 آذار/مارس - 3 نيسان/أبريل 2009", "21 حزيران/يونيه 2006" (CCPR/C/95/D/1479/2006, Arabic, 2009),
 *   "4 حزيران/يونيه 2008" (un.org/ar/ga/president/63). Whether `Intl` (ar) writes European or Arabic-Indic
 *   digits ("١٩ يونيو ٢٠٢٣") depends on the engine's CLDR data, hence ARABIC_DIGITS below, set explicitly so
 *   every browser agrees with the sources; `Intl`'s order and dash agree with them (the year once,
 *   at the end, a spaced dash between two dates). A page that names a numbering system (`ar-u-nu-arab`)
 *   keeps it. No UN Arabic range within one month was found: `Intl`'s "19–20 حزيران/يونيه 2023" is kept.
 */

/** The numbering system UN Arabic documents write dates and times in: European digits. */
export const ARABIC_DIGITS = 'latn';

/**
 * `Intl`'s "г." after a Russian year → "года", as UN Russian writes it (sources above). The literal after
 * the year is " г." or, between two dates, " г. – "; its space may be a no-break space.
 */
export function russianYear(part: Intl.DateTimeFormatPart): string {
  return part.type === 'literal' ? part.value.replace(/^(\s)г\./u, '$1года') : part.value;
}
