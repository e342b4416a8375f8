import { baseLanguage } from './language-tag.js';

/**
 * Dates as United Nations documents print them, where that differs from `Intl`. Each rule names its
 * source. Languages without a range rule here (English, Arabic, Russian) keep `Intl`'s range, adjusted in
 * formats.ts / date-range.ts (English day first and a closed-up dash; Arabic month names "حزيران/يونيه"
 * and European digits; Russian "года"; French "1er").
 *
 * Chinese — UN Chinese writes dates with 年/月/日 and joins a range with 至, repeating only what changes:
 *   "2023年6月19日至20日", "2023年6月30日至7月1日", "2023年12月31日至2024年1月1日".
 *   Source: the bilingual Journal of the United Nations (19 November 2007: "11月19日星期一上午10时至下午1时");
 *   the UN delegates' handbook for the sixty-first session (2006年9月12日); the issue's own example.
 *   `Intl` (zh) writes ranges numerically, "2023/6/19 – 2023/6/20".
 * Spanish — "del 20 al 27 de diciembre"; a hyphen is avoided except in tables for space. Source: Manual
 *   del Traductor / normas de estilo of the UN Spanish Translation Service, "Fechas agrupadas"
 *   (onutraduccion.wordpress.com/manual/ortografia/fechas/): "la Conferencia que se celebró en París del
 *   20 al 27 de diciembre". `Intl` (es) writes "19–20 de junio de 2023".
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

/** A calendar date of a given precision: `month` and `day` absent for a year, `day` absent for a month. */
export interface CalendarDate {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

/** A range in the UN form of `lang`, or `undefined` when `Intl`'s range is the UN form (or no source was found). */
export function unDateRange(start: CalendarDate, end: CalendarDate, lang: string, monthName: (month: number) => string): string | undefined {
  switch (baseLanguage(lang)) {
    case 'zh':
      return chineseRange(start, end);
    case 'es':
      return spanishRange(start, end, monthName);
    default:
      return undefined;
  }
}

/** "2023年6月19日", "2022年9月", "2006年". */
export function chineseDate(date: CalendarDate): string {
  return `${date.year}年${date.month ? `${date.month}月` : ''}${date.day ? `${date.day}日` : ''}`;
}

/** Only what changes after 至: the day, the month and day, or the whole date. */
function chineseRange(start: CalendarDate, end: CalendarDate): string {
  const tail =
    end.year !== start.year
      ? chineseDate(end)
      : end.month !== start.month && end.month
        ? `${end.month}月${end.day ? `${end.day}日` : ''}`
        : end.day
          ? `${end.day}日`
          : chineseDate(end);
  return `${chineseDate(start)}至${tail}`;
}

/**
 * "del 19 al 20 de junio de 2023", "del 30 de junio al 1 de julio de 2023", "del 31 de diciembre de 2023
 * al 1 de enero de 2024"; months: "de septiembre a diciembre de 2022"; years: "de 2006 a 2008".
 */
function spanishRange(start: CalendarDate, end: CalendarDate, monthName: (month: number) => string): string {
  const sameYear = start.year === end.year;
  const date = (d: CalendarDate, withYear: boolean, withMonth: boolean) =>
    [d.day ? `${d.day}` : '', withMonth && d.month ? monthName(d.month) : '', withYear ? `${d.year}` : ''].filter(Boolean).join(' de ');
  if (start.day && end.day) {
    const sameMonth = sameYear && start.month === end.month;
    return `del ${date(start, !sameYear, !sameMonth)} al ${date(end, true, true)}`;
  }
  if (start.month && end.month) return `de ${date(start, !sameYear, true)} a ${date(end, true, true)}`;
  return `de ${start.year} a ${end.year}`;
}
