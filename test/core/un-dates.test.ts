import { expect } from '@open-wc/testing';
import { formatDateRange } from '../../src/core/i18n/date-range.js';
import { formatIsoDate } from '../../src/core/i18n/formats.js';
import { formatDay, formatTime, formatTimeRange } from '../../src/core/time/zoned-time.js';

/**
 * Dates and times as UN documents print them, in each of the six languages. The expected strings are
 * written from the sources named in src/core/i18n/un-dates.ts and un-times.ts (UN Journal, the UN
 * Spanish translators' manual, UN French, Arabic and Russian documents), not read from the code's output.
 */
const at = (hour: number, minute = 0) => Date.UTC(2023, 5, 19, hour, minute);
const range = (from: number, to: number, lang: string) => {
  const text = formatTimeRange(from, to, 'UTC', lang);
  return `${text.from}${text.separator}${text.to}`;
};
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');
/** `Intl` may put a no-break space before the Russian year word; the UN text has a plain one. */
const ru = (text: string) => text.replace(/\u00a0/g, ' ');

describe('UN dates, every language', () => {
  it('English: day first, closed-up dash between days', () => {
    expect(formatIsoDate('2023-06-19', 'en')).to.equal('19 June 2023');
    expect(formatDateRange('2023-06-19', '2023-06-20', 'en')).to.equal('19–20 June 2023');
    expect(formatDateRange('2023-06-30', '2023-07-01', 'en')).to.equal('30 June – 1 July 2023');
    expect(formatDateRange('2023-12-31', '2024-01-01', 'en')).to.equal('31 December 2023 – 1 January 2024');
    expect(formatDateRange('2023-06-01', '2023-06-05', 'en')).to.equal('1–5 June 2023');
  });

  it('Chinese: 年月日, ranges joined by 至 repeating only what changes', () => {
    expect(formatIsoDate('2023-06-19', 'zh')).to.equal('2023年6月19日');
    expect(formatDateRange('2023-06-19', '2023-06-20', 'zh')).to.equal('2023年6月19日至20日');
    expect(formatDateRange('2023-06-30', '2023-07-01', 'zh')).to.equal('2023年6月30日至7月1日');
    expect(formatDateRange('2023-12-31', '2024-01-01', 'zh')).to.equal('2023年12月31日至2024年1月1日');
    expect(formatDateRange('2022-09', '2022-12', 'zh')).to.equal('2022年9月至12月');
    expect(formatDateRange('2006', '2008', 'zh')).to.equal('2006年至2008年');
  });

  it('French: "1er" for the first of a month, in single dates, ranges and day headings', () => {
    expect(formatIsoDate('2023-06-19', 'fr')).to.equal('19 juin 2023');
    expect(formatIsoDate('2023-07-01', 'fr')).to.equal('1er juillet 2023');
    expect(formatDateRange('2023-06-19', '2023-06-20', 'fr')).to.equal('19–20 juin 2023');
    expect(formatDateRange('2023-06-30', '2023-07-01', 'fr')).to.equal('30 juin – 1er juillet 2023');
    expect(formatDateRange('2023-12-31', '2024-01-01', 'fr')).to.equal('31 décembre 2023 – 1er janvier 2024');
    expect(formatDay('2023-07-01', 'fr')).to.equal('samedi 1er juillet 2023');
    expect(formatDay('2023-07-11', 'fr')).to.equal('mardi 11 juillet 2023');
  });

  it('Spanish: "del 19 al 20 de junio de 2023", no dash', () => {
    expect(formatIsoDate('2023-06-19', 'es')).to.equal('19 de junio de 2023');
    expect(formatDateRange('2023-06-19', '2023-06-20', 'es')).to.equal('del 19 al 20 de junio de 2023');
    expect(formatDateRange('2023-06-30', '2023-07-01', 'es')).to.equal('del 30 de junio al 1 de julio de 2023');
    expect(formatDateRange('2023-12-31', '2024-01-01', 'es')).to.equal('del 31 de diciembre de 2023 al 1 de enero de 2024');
    expect(formatDateRange('2022-09', '2022-12', 'es')).to.equal('de septiembre a diciembre de 2022');
    expect(formatDateRange('2006', '2008', 'es')).to.equal('de 2006 a 2008');
  });

  // CCPR/C/95/D/1479/2006 and CERD/C/URY/CO/16-20 (Arabic): "21 حزيران/يونيه 2006", "14 شباط/فبراير - 11 آذار/مارس 2011".
  it('Arabic: the UN month names, European digits, one name per month in a range', () => {
    expect(formatIsoDate('2023-06-19', 'ar')).to.equal('19 حزيران/يونيه 2023');
    expect(formatIsoDate('2006-06-21', 'ar')).to.equal('21 حزيران/يونيه 2006');
    expect(formatDateRange('2023-06-19', '2023-06-20', 'ar')).to.equal('19–20 حزيران/يونيه 2023');
    expect(formatDateRange('2023-06-30', '2023-07-01', 'ar')).to.equal('30 حزيران/يونيه – 1 تموز/يوليه 2023');
    expect(formatDateRange('2011-02-14', '2011-03-11', 'ar')).to.equal('14 شباط/فبراير – 11 آذار/مارس 2011');
    expect(formatDateRange('2023-12-31', '2024-01-01', 'ar')).to.equal('31 كانون الأول/ديسمبر 2023 – 1 كانون الثاني/يناير 2024');
    expect(formatDay('2023-06-19', 'ar')).to.equal('الاثنين، 19 حزيران/يونيه 2023');
  });

  it('Arabic: a page that names Arabic-Indic digits keeps them', () => {
    expect(formatIsoDate('2023-06-19', 'ar-u-nu-arab')).to.equal('١٩ حزيران/يونيه ٢٠٢٣');
  });

  // CERD/C/SR.2056 (Russian): "17 февраля 2011 года"; UNEP/FAO/RC/COP.7/12: "4-15 мая 2015 года".
  it('Russian: "года" written out after the year, never "г."', () => {
    expect(ru(formatIsoDate('2011-02-17', 'ru'))).to.equal('17 февраля 2011 года');
    expect(ru(formatIsoDate('2023-06-19', 'ru'))).to.equal('19 июня 2023 года');
    expect(ru(formatDateRange('2015-05-04', '2015-05-15', 'ru'))).to.equal('4–15 мая 2015 года');
    expect(ru(formatDateRange('2023-06-19', '2023-06-20', 'ru'))).to.equal('19–20 июня 2023 года');
    expect(ru(formatDateRange('2023-06-30', '2023-07-01', 'ru'))).to.equal('30 июня – 1 июля 2023 года');
    expect(ru(formatDateRange('2023-12-31', '2024-01-01', 'ru'))).to.equal('31 декабря 2023 года – 1 января 2024 года');
    // Months: no UN example found; Intl's own range with only its "г." changed.
    const months = new Intl.DateTimeFormat('ru', { year: 'numeric', month: 'long', timeZone: 'UTC' });
    const intlMonths = months.formatRange(Date.UTC(2022, 8, 1), Date.UTC(2022, 11, 1));
    expect(intlMonths).to.contain('г.');
    expect(formatDateRange('2022-09', '2022-12', 'ru')).to.equal(intlMonths.replace(/г\./g, 'года'));
    expect(ru(formatDay('2011-02-17', 'ru'))).to.equal('четверг, 17 февраля 2011 года');
    expect(formatDateRange('2006', '2008', 'ru')).to.equal('2006–2008');
  });
});

describe('UN times, every language', () => {
  it('English: "10 a.m.", "3.30 p.m.", "noon", "midnight"', () => {
    expect(formatTime(at(10), 'UTC', 'en')).to.equal('10 a.m.');
    expect(formatTime(at(15, 30), 'UTC', 'en')).to.equal('3.30 p.m.');
    expect(formatTime(at(12), 'UTC', 'en')).to.equal('noon');
    expect(formatTime(at(0), 'UTC', 'en')).to.equal('midnight');
    expect(range(at(10), at(13), 'en')).to.equal('10 a.m.–1 p.m.');
    // Journal of the United Nations: "from 3 to 6 p.m." — the period once when both ends share it.
    expect(range(at(15), at(18), 'en')).to.equal('3–6 p.m.');
    expect(range(at(10, 30), at(11), 'en')).to.equal('10.30–11 a.m.');
    expect(range(at(10), at(12), 'en')).to.equal('10 a.m.–noon');
    expect(range(at(23), at(0), 'en')).to.equal('11 p.m.–midnight');
    expect(range(at(6), at(6), 'en')).to.equal('6 a.m.–6 a.m.'); // a whole day
  });

  it('Chinese: 上午10时, 下午3时30分, ranges with 至 and the period written once', () => {
    expect(formatTime(at(10), 'UTC', 'zh')).to.equal('上午10时');
    expect(formatTime(at(15, 30), 'UTC', 'zh')).to.equal('下午3时30分');
    expect(formatTime(at(12), 'UTC', 'zh')).to.equal('中午12时');
    expect(formatTime(at(18), 'UTC', 'zh')).to.equal('下午6时');
    expect(formatTime(at(19, 5), 'UTC', 'zh')).to.equal('晚上7时5分');
    expect(range(at(10), at(13), 'zh')).to.equal('上午10时至下午1时');
    expect(range(at(15), at(18), 'zh')).to.equal('下午3时至6时');
  });

  it('French: "10 h", "15 h 30", non-breaking spaces', () => {
    expect(formatTime(at(10), 'UTC', 'fr')).to.equal(nbsp('10 h'));
    expect(formatTime(at(15, 30), 'UTC', 'fr')).to.equal(nbsp('15 h 30'));
    expect(formatTime(at(9, 5), 'UTC', 'fr')).to.equal(nbsp('9 h 05'));
    expect(range(at(10), at(13), 'fr')).to.equal(`${nbsp('10 h')} – ${nbsp('13 h')}`);
  });

  it('Spanish: "15.30 horas", ranges "10.00 a 13.00 horas"', () => {
    expect(formatTime(at(15, 30), 'UTC', 'es')).to.equal('15.30 horas');
    expect(formatTime(at(10), 'UTC', 'es')).to.equal('10.00 horas');
    expect(range(at(10), at(13), 'es')).to.equal('10.00 a 13.00 horas');
  });

  // CERD/C/SR.2056 (Russian): "в 10 ч. 00 м.", "Заседание открывается в 10 ч. 10 м.".
  it('Russian: "10 ч. 00 м.", "15 ч. 30 м.", no-break spaces', () => {
    expect(formatTime(at(10), 'UTC', 'ru')).to.equal(nbsp('10 ч. 00 м.'));
    expect(formatTime(at(10, 10), 'UTC', 'ru')).to.equal(nbsp('10 ч. 10 м.'));
    expect(formatTime(at(15, 30), 'UTC', 'ru')).to.equal(nbsp('15 ч. 30 м.'));
    expect(formatTime(at(9, 5), 'UTC', 'ru')).to.equal(nbsp('9 ч. 05 м.'));
    expect(range(at(10), at(13), 'ru')).to.equal(`${nbsp('10 ч. 00 м.')} – ${nbsp('13 ч. 00 м.')}`);
  });

  // CCPR/C/SR.2041 (Arabic): "الساعة 00/10" (10 a.m.), "افتتحت الجلسة الساعة 05/10" (10.05 a.m.).
  it('Arabic: minutes, a slash, the hour, European digits, as the UN text stores them', () => {
    expect(formatTime(at(10), 'UTC', 'ar')).to.equal('00/10');
    expect(formatTime(at(10, 5), 'UTC', 'ar')).to.equal('05/10');
    expect(formatTime(at(15, 30), 'UTC', 'ar')).to.equal('30/15');
    expect(formatTime(at(9), 'UTC', 'ar-EG')).to.equal('00/9');
    expect(range(at(10), at(13), 'ar')).to.equal('00/10 – 00/13');
  });

  it('Arabic with Arabic-Indic digits asked for: Intl’s short time', () => {
    const intl = new Intl.DateTimeFormat('ar-u-nu-arab', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    expect(formatTime(at(15, 30), 'UTC', 'ar-u-nu-arab')).to.equal(intl.format(at(15, 30)));
    expect(formatTime(at(15, 30), 'UTC', 'ar-u-nu-arab')).to.match(/[٠-٩]/);
  });
});

/**
 * Tags as pages and CMSs write them. The UN rules must follow the tag `Intl` is given: a CMS tag
 * (`en_US`, `zh_CN`, `es_ES`) is its language; an unusable one (`x-klingon`) is formatted as English
 * (`normalizeLanguageTag`'s fallback) and must then be English throughout, date and time alike;
 * Chinese in traditional characters has no UN form, and 时/分 are simplified characters (traditional
 * 時/分), so it keeps `Intl`'s own time.
 */
describe('UN dates and times under odd language tags', () => {
  const warn = console.warn;
  before(() => (console.warn = () => undefined)); // x-klingon warns once, by design
  after(() => (console.warn = warn));

  it('x-klingon: English, UN style, in dates and times alike', () => {
    expect(formatDateRange('2023-06-19', '2023-06-20', 'x-klingon')).to.equal('19–20 June 2023');
    expect(formatTime(at(15, 30), 'UTC', 'x-klingon')).to.equal('3.30 p.m.');
    expect(range(at(15), at(18), 'x-klingon')).to.equal('3–6 p.m.');
  });

  it('en_US: the US date order the region asks for, UN English times', () => {
    const us = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(formatDateRange('2023-06-19', '2023-06-20', 'en_US')).to.equal(us.formatRange(Date.UTC(2023, 5, 19), Date.UTC(2023, 5, 20)));
    expect(formatTime(at(12), 'UTC', 'en_US')).to.equal('noon');
    expect(range(at(10), at(13), 'EN_us')).to.equal('10 a.m.–1 p.m.');
  });

  it('zh_CN and es_ES: the UN forms of their language', () => {
    expect(formatDateRange('2023-06-19', '2023-06-20', 'zh_CN')).to.equal('2023年6月19日至20日');
    expect(formatTime(at(15, 30), 'UTC', 'zh_CN')).to.equal('下午3时30分');
    expect(formatDateRange('2023-06-30', '2023-07-01', 'es_ES')).to.equal('del 30 de junio al 1 de julio de 2023');
    expect(range(at(10), at(13), 'es_ES')).to.equal('10.00 a 13.00 horas');
  });

  it('zh-Hant-TW, zh-HK: 年月日 dates, but no simplified 时 in times', () => {
    expect(formatDateRange('2023-06-19', '2023-06-20', 'zh-Hant-TW')).to.equal('2023年6月19日至20日');
    for (const lang of ['zh-Hant-TW', 'zh-HK']) {
      const intl = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
      expect(formatTime(at(15, 30), 'UTC', lang)).to.equal(intl.format(at(15, 30)));
      expect(range(at(10), at(13), lang)).to.equal(`${intl.format(at(10))}–${intl.format(at(13))}`);
      expect(formatTime(at(15, 30), 'UTC', lang)).not.to.match(/[时分]/);
    }
  });
});
