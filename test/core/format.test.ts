import { expect } from '@open-wc/testing';
import { formatDateRange } from '../../src/core/i18n/date-range.js';
import { dateFormat, formatIsoDate } from '../../src/core/i18n/formats.js';
import { formatDay } from '../../src/core/time/zoned-time.js';

describe('date formats in UN style', () => {
  it('writes English dates day first, and ranges without spaces around the dash', () => {
    expect(formatIsoDate('2023-06-20', 'en')).to.equal('20 June 2023');
    expect(formatDateRange('2023-06-19', '2023-06-20', 'en')).to.equal('19–20 June 2023');
    expect(formatIsoDate('2023-06-20', 'en-US')).to.equal('June 20, 2023');
  });

  it('names Arabic months as the UN does, "حزيران/يونيه", in single dates, ranges, parts and short day labels', () => {
    expect(formatIsoDate('2023-06-20', 'ar')).to.contain('حزيران/يونيه').and.not.contain('يونيو');
    const range = formatDateRange('2023-06-19', '2023-06-20', 'ar');
    expect(range).to.contain('حزيران/يونيه');
    expect(range.match(/حزيران\/يونيه/g)).to.have.length(1); // one month name for a range within the month
    expect(formatDateRange('2023-06-30', '2023-07-01', 'ar')).to.contain('حزيران/يونيه').and.contain('تموز/يوليه');
    expect(formatDay('2023-06-19', 'ar')).to.contain('حزيران/يونيه');
    const parts = dateFormat('ar', { month: 'long', timeZone: 'UTC' }).formatToParts(Date.UTC(2023, 0, 5));
    expect(parts.find((part) => part.type === 'month')!.value).to.equal('كانون الثاني/يناير');
    // Every month maps, in the Arabic locales of different regions too.
    for (const locale of ['ar', 'ar-EG', 'ar-SA']) {
      const names = Array.from({ length: 12 }, (_, month) => dateFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, month, 10)));
      expect(names.every((name) => name.includes('/')), `${locale}: ${names.join(', ')}`).to.equal(true);
    }
  });

  it('leaves other languages to Intl', () => {
    expect(formatIsoDate('2023-06-20', 'fr')).to.equal('20 juin 2023');
    expect(formatIsoDate('2023-06-20', 'es')).to.equal('20 de junio de 2023');
  });
});
