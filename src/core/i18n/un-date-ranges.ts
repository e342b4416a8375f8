import { baseLanguage } from './language-tag.js';

/**
 * Date ranges as United Nations documents write them, where that differs from `Intl` (the other UN date
 * rules, and why, are in un-dates.ts). Each rule names its source.
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
 */

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
