import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/agenda/ct-agenda.js';
import '../../src/components/event-header/ct-event-header.js';
import '../../src/components/timeline/ct-timeline.js';
import { expectAccessible } from '../helpers/a11y.js';
import { part, parts, squash } from '../helpers/dom.js';
import { SEED_FEED_URL, uniqueId, until } from '../helpers/feeds.js';

/**
 * The Russian and Arabic UN date and time forms (src/core/i18n/un-dates.ts, un-times.ts) as the elements
 * show them on the seed page, and axe in both languages. Expected text follows the sources' patterns:
 * "17 февраля 2011 года", "10 ч. 00 м." (CERD/C/SR.2056, Russian); "21 حزيران/يونيه 2006" in European
 * digits, "الساعة 00/10" (CCPR/C/95/D/1479/2006, CCPR/C/SR.2041, Arabic). The seed conference runs
 * 19–20 June 2023 in New York; its first session is 10–11 a.m. there.
 */
const plain = (text: string) => squash(text.replace(/\u00a0/g, ' '));
const ARABIC_INDIC = /[\u0660-\u0669]/;

describe('UN Russian and Arabic dates and times in the elements', function () {
  this.timeout(30_000);

  it('<ct-event-header>: "19–20 июня 2023 года" and "19–20 حزيران/يونيه 2023", axe clean', async () => {
    const expected = { ru: '19–20 июня 2023 года', ar: '19–20 حزيران/يونيه 2023' };
    for (const lang of ['ru', 'ar'] as const) {
      const el = await fixture<HTMLElement>(html`<ct-event-header lang=${lang} now="2023-06-21T12:00:00-04:00" src=${SEED_FEED_URL}></ct-event-header>`);
      await until(() => part(el, 'dates') !== null, `${lang} dates`);
      expect(plain(part(el, 'dates')!.textContent!)).to.equal(expected[lang]);
      await expectAccessible(el);
    }
  });

  it('<ct-agenda>: session times "10 ч. 00 м. – 11 ч. 00 м." and "00/10 – 00/11" in <time> elements, axe clean', async () => {
    const expected = { ru: ['10 ч. 00 м.', '11 ч. 00 м.'], ar: ['00/10', '00/11'] };
    for (const lang of ['ru', 'ar'] as const) {
      const el = await fixture<HTMLElement>(
        html`<ct-agenda lang=${lang} src=${SEED_FEED_URL} no-url-state storage-key=${uniqueId()} now="2023-06-19T09:00:00-04:00"></ct-agenda>`,
      );
      await until(() => el.shadowRoot!.querySelector('.session time') !== null, `${lang} sessions`);
      const first = el.shadowRoot!.querySelector('.session')!;
      const times = [...first.querySelectorAll('time')];
      expect(times.map((time) => plain(time.textContent!))).to.deep.equal(expected[lang]);
      expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal(['2023-06-19T10:00:00-04:00', '2023-06-19T11:00:00-04:00']);
      expect(el.shadowRoot!.textContent).not.to.match(lang === 'ar' ? ARABIC_INDIC : / г\./);
      await expectAccessible(el);
    }
  });

  it('<ct-agenda>: a speaker named as UN texts write the name in the language', async () => {
    const expected = { ru: 'Владимир Воронков', ar: 'فلاديمير فورونكوف', zh: '弗拉基米尔·沃伦科夫' };
    for (const lang of ['ru', 'ar', 'zh'] as const) {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
        html`<ct-agenda lang=${lang} src=${SEED_FEED_URL} no-url-state storage-key=${uniqueId()} now="2023-06-19T09:00:00-04:00"></ct-agenda>`,
      );
      await until(() => el.shadowRoot!.querySelector('#session-closing') !== null, `${lang} sessions`);
      el.shadowRoot!.querySelector<HTMLElement>('#session-closing [data-action="toggle-details"]')!.click();
      await until(() => el.shadowRoot!.querySelector('#session-closing .details .name') !== null, `${lang} details`);
      const name = el.shadowRoot!.querySelector('#session-closing .details .name')!;
      expect(plain(name.textContent!)).to.equal(expected[lang]);
      expect(name.closest('[lang]')!.getAttribute('lang')).to.equal(lang);
    }
  });

  it('<ct-timeline>: no "г." in Russian, no Arabic-Indic digits in Arabic dates, axe clean', async () => {
    for (const lang of ['ru', 'ar'] as const) {
      const el = await fixture<HTMLElement>(html`<ct-timeline lang=${lang} now="2023-06-20T12:00:00-04:00" src=${SEED_FEED_URL}></ct-timeline>`);
      await until(() => parts(el, 'milestone').length > 0, `${lang} milestones`);
      const dates = [...el.shadowRoot!.querySelectorAll('[part~="milestone"] time, [part~="milestone"] [data-start]')].map((node) => plain(node.textContent!));
      expect(dates.length).to.be.greaterThan(0);
      for (const date of dates) expect(date).not.to.match(lang === 'ar' ? ARABIC_INDIC : / г\./);
      if (lang === 'ru') expect(dates.some((date) => date.endsWith(' года'))).to.equal(true);
      await expectAccessible(el);
    }
  });
});
