import { baseLanguage, normalizeLanguageTag } from './language-tag.js';
import { boundedMemo } from './bounded-memo.js';

/**
 * Times of day and time ranges as United Nations documents print them. Each rule names its source;
 * a language without one here keeps `Intl`'s short time and a plain en dash between the two ends.
 *
 * English — "10 a.m.", "3.30 p.m.", "noon", "midnight": United Nations Editorial Manual (numbers, time
 *   of day); the Journal of the United Nations ("12 noon", "12.30 p.m.", "from 10 a.m. to 1 p.m.",
 *   "from 3 to 6 p.m."): a range within one half of the day writes a.m. or p.m. once, "3–6 p.m.".
 * Chinese — "上午10时", "下午3时30分", "中午12时"; ranges with 至, the period not repeated when it does not
 *   change: "上午10时至下午1时", "下午3时至6时". Source: the bilingual Journal of the United Nations,
 *   19 November 2007 ("11月19日星期一上午10时至下午1时", "下午3时至6时"); UN Geneva's Chinese pages
 *   ("上午10时至下午6时之间", "下午6时以后"), hence 下午 up to 6 p.m. and 晚上 after.
 * French — "10 h", "15 h 30" (24-hour clock, "h" between spaces, minutes only when not zero): French
 *   typography as UN French texts use it (the issue cites "15 h 30", "10 h"); ranges "10 h – 13 h".
 * Spanish — "15.00 horas" (24-hour clock, a full stop between hours and minutes, "horas" after): Manual
 *   del Traductor of the UN Spanish Translation Service, "Fechas" ("el jueves 7 de enero a las 15.00
 *   horas"); ranges "10.00 a 13.00 horas", "horas" written once.
 * Russian — "10 ч. 00 м.", "15 ч. 30 м." (24-hour clock, "ч." after the hour, "м." after the minutes,
 *   which are written even when zero). Source: UN Russian summary records, e.g. CERD/C/SR.2056 (Russian,
 *   28 November 2012): "состоявшемся во Дворце Вильсона в Женеве в четверг, 17 февраля 2011 года, в
 *   10 ч. 00 м." and "Заседание открывается в 10 ч. 10 м." (older records, e.g. CERD/C/SR.1537 of 2002,
 *   wrote "10 час. 00 мин."; the current form is kept). Our choices, not sourced: no-break spaces inside a
 *   time so it never wraps, and ranges "10 ч. 00 м. – 13 ч. 00 м." (no UN range in Russian was found).
 * Arabic — "00/10" for 10 a.m., "05/10" for 10.05 a.m.: minutes, a slash, then the hour, in European
 *   digits, as the text of UN Arabic summary records stores it: CCPR/C/SR.2041 (Arabic, 30 April 2009):
 *   "المعقودة في قصر ويلسون، جنيف، يوم الاثنين 14 تشرين الأول/أكتوبر 2002، الساعة 00/10" and
 *   "افتتحت الجلسة الساعة 05/10" (a meeting set for 10 a.m., opened at 10.05).
 *   We keep the characters in that (logical) order; how they sit on screen is then the bidi algorithm's
 *   business, as it is for the UN's own text. The word "الساعة" ("at the hour") belongs to the sentence
 *   and is left out, as "at" is in English. Not sourced, our choices: the 24-hour clock for afternoon
 *   times ("00/15"; the records found were all morning meetings), the hour without a leading zero, and
 *   ranges joined by an en dash, "00/10 – 00/13". A page that asks for Arabic-Indic digits
 *   (`ar-u-nu-arab`) keeps `Intl`'s time.
 */

/**
 * The language whose UN rule applies to `lang`, read from the same normalised tag `formats.ts` hands to
 * `Intl` (so `x-klingon`, which `Intl` formats as English, gets the English rule too). Chinese written in
 * traditional characters (`zh-Hant`, `zh-TW`, `zh-HK`) has no UN form and 时/分 are simplified
 * characters: it keeps `Intl`'s time ("下午3:30"). Memoised: called for every time an agenda prints.
 */
const ruleLanguage = boundedMemo((lang: string): string => {
  const locale = normalizeLanguageTag(lang);
  const rule = baseLanguage(locale);
  if (rule === 'zh' && new Intl.Locale(locale).maximize().script !== 'Hans') return 'zh-Hant';
  if (rule === 'ar' && new Intl.Locale(locale).numberingSystem === 'arab') return 'ar-arab';
  return rule;
});

/** A time of day on the 24-hour clock, as read in the event's or the viewer's zone. */
export interface TimeOfDay {
  hour: number;
  minute: number;
}

/** A time range in two pieces and what stands between them, so each end can sit in its own `<time>`. */
export interface TimeRangeText {
  from: string;
  separator: string;
  to: string;
}

/** The UN form of a time in `lang`, or `undefined` where `Intl`'s short time is kept. */
export function unTime(time: TimeOfDay, lang: string): string | undefined {
  switch (ruleLanguage(lang)) {
    case 'en':
      return englishTime(time);
    case 'zh':
      return `${chinesePeriod(time)}${chineseClock(time)}`;
    case 'fr':
      return frenchTime(time);
    case 'es':
      return `${spanishClock(time)} horas`;
    case 'ru':
      return russianTime(time);
    case 'ar':
      return arabicTime(time);
    default:
      return undefined;
  }
}

/** The UN form of a time range in `lang`, or `undefined` where `Intl`'s times and an en dash are kept. */
export function unTimeRange(from: TimeOfDay, to: TimeOfDay, lang: string): TimeRangeText | undefined {
  switch (ruleLanguage(lang)) {
    case 'en':
      return sameHalfDay(from, to)
        ? { from: englishClock(from), separator: '–', to: englishTime(to) }
        : { from: englishTime(from), separator: '–', to: englishTime(to) };
    case 'zh': {
      const period = chinesePeriod(to);
      const end = period === chinesePeriod(from) ? chineseClock(to) : `${period}${chineseClock(to)}`;
      return { from: `${chinesePeriod(from)}${chineseClock(from)}`, separator: '至', to: end };
    }
    case 'fr':
      return { from: frenchTime(from), separator: ' – ', to: frenchTime(to) };
    case 'es':
      return { from: spanishClock(from), separator: ' a ', to: `${spanishClock(to)} horas` };
    case 'ru':
      return { from: russianTime(from), separator: ' – ', to: russianTime(to) };
    case 'ar':
      return { from: arabicTime(from), separator: ' – ', to: arabicTime(to) };
    default:
      return undefined;
  }
}

const pad = (minute: number) => String(minute).padStart(2, '0');

function englishTime(time: TimeOfDay): string {
  if (time.minute === 0 && time.hour === 12) return 'noon';
  if (time.minute === 0 && time.hour === 0) return 'midnight';
  return `${englishClock(time)} ${time.hour < 12 ? 'a.m.' : 'p.m.'}`;
}

/** "3", "3.30": the 12-hour clock without its period. */
function englishClock({ hour, minute }: TimeOfDay): string {
  const clock = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${clock}` : `${clock}.${pad(minute)}`;
}

/**
 * Both ends before noon or both after, the first earlier (not a whole day, "6 a.m.–6 a.m."), and neither
 * written as a word ("noon", "midnight"): the period can be written once.
 */
function sameHalfDay(from: TimeOfDay, to: TimeOfDay): boolean {
  const word = (t: TimeOfDay) => t.minute === 0 && (t.hour === 0 || t.hour === 12);
  return !word(from) && !word(to) && from.hour < 12 === to.hour < 12 && from.hour * 60 + from.minute < to.hour * 60 + to.minute;
}

/** 上午 before noon, 中午 in the noon hour, 下午 to 6 p.m., 晚上 after; midnight is 午夜. */
function chinesePeriod({ hour, minute }: TimeOfDay): string {
  if (hour === 0 && minute === 0) return '午夜';
  if (hour < 12) return '上午';
  if (hour === 12) return '中午';
  return hour < 18 || (hour === 18 && minute === 0) ? '下午' : '晚上';
}

/** "10时", "3时30分", "12时" (noon and midnight): the 12-hour clock the period words need. */
function chineseClock({ hour, minute }: TimeOfDay): string {
  const clock = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${clock}时` : `${clock}时${minute}分`;
}

function frenchTime({ hour, minute }: TimeOfDay): string {
  return minute === 0 ? `${hour}\u00a0h` : `${hour}\u00a0h\u00a0${pad(minute)}`;
}

function spanishClock({ hour, minute }: TimeOfDay): string {
  return `${hour}.${pad(minute)}`;
}

function russianTime({ hour, minute }: TimeOfDay): string {
  return `${hour}\u00a0ч.\u00a0${pad(minute)}\u00a0м.`;
}

/** Minutes first, then the hour, in the order the UN's Arabic text stores them (see above). */
function arabicTime({ hour, minute }: TimeOfDay): string {
  return `${pad(minute)}/${hour}`;
}
