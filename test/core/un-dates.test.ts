import { expect } from '@open-wc/testing';
import { formatDateRange } from '../../src/core/i18n/date-range.js';
import { formatIsoDate } from '../../src/core/i18n/formats.js';
import { formatDay, formatTime, formatTimeRange } from '../../src/core/time/zoned-time.js';

/**
 * Dates and times as UN documents print them, in each of the six languages. The expected strings are
 * written from the sources named in src/core/i18n/un-dates.ts and un-times.ts (UN Journal, the UN
 * Spanish translators' manual, UN French and Arabic texts), not read from the code's output. Arabic and
 * Russian times keep `Intl`'s form (no UN source found), checked here against `Intl` itself.
 */
const at = (hour: number, minute = 0) => Date.UTC(2023, 5, 19, hour, minute);
const range = (from: number, to: number, lang: string) => {
  const text = formatTimeRange(from, to, 'UTC', lang);
  return `${text.from}${text.separator}${text.to}`;
};
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

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

  it('Arabic: the UN month names, one name per month in a range', () => {
    const digits = (text: string) => text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
    expect(digits(formatIsoDate('2023-06-19', 'ar'))).to.equal('19 حزيران/يونيه 2023');
    expect(digits(formatDateRange('2023-06-19', '2023-06-20', 'ar'))).to.equal('19–20 حزيران/يونيه 2023');
    expect(digits(formatDateRange('2023-06-30', '2023-07-01', 'ar'))).to.equal('30 حزيران/يونيه – 1 تموز/يوليه 2023');
    expect(digits(formatDateRange('2023-12-31', '2024-01-01', 'ar'))).to.equal('31 كانون الأول/ديسمبر 2023 – 1 كانون الثاني/يناير 2024');
  });

  it('Russian: Intl’s form (no UN source found to change it)', () => {
    expect(formatIsoDate('2023-06-19', 'ru')).to.equal('19 июня 2023 г.');
    expect(formatDateRange('2023-06-19', '2023-06-20', 'ru')).to.equal('19–20 июня 2023 г.');
    expect(formatDateRange('2023-06-30', '2023-07-01', 'ru')).to.equal('30 июня – 1 июля 2023 г.');
    expect(formatDateRange('2023-12-31', '2024-01-01', 'ru')).to.equal('31 декабря 2023 г. – 1 января 2024 г.');
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

  it('Arabic and Russian: Intl’s short time, ranges with an en dash', () => {
    for (const lang of ['ar', 'ru']) {
      const intl = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
      expect(formatTime(at(15, 30), 'UTC', lang)).to.equal(intl.format(at(15, 30)));
      expect(range(at(10), at(13), lang)).to.equal(`${intl.format(at(10))}–${intl.format(at(13))}`);
    }
    expect(formatTime(at(15, 30), 'UTC', 'ru')).to.equal('15:30');
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
