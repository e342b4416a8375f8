import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/components/event-header/ct-event-header.js';
import type { CtEventHeader } from '../../src/components/event-header/event-header.js';
import { FeedStore } from '../../src/core/feed/feed-store.js';
import { setUiLanguage } from '../../src/core/language/localization.js';
import { expectAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, seedFeed, until } from '../helpers/feeds.js';
import { part, squash } from '../helpers/dom.js';

const text = (el: Element, name: string) => squash(part(el, name)?.textContent);
const ready = (el: CtEventHeader) => until(() => part(el, 'title') !== null, 'the header');

const BEFORE = '2023-06-01T12:00:00-04:00';
const DURING = '2023-06-19T09:00:00-04:00';
const AFTER = '2023-06-21T12:00:00-04:00';

async function header(now: string, lang = 'en'): Promise<CtEventHeader> {
  const el = await fixture<CtEventHeader>(html`<ct-event-header lang=${lang} now=${now} src=${SEED_FEED_URL}></ct-event-header>`);
  await ready(el);
  return el;
}

/** Catches the download link the element clicks, stops the download, and returns the file's text. */
/** The file the shared download helper offers (its link is clicked in the document, not in `el`). */
async function captureDownload(_el: CtEventHeader, trigger: () => unknown): Promise<{ name: string; text: string }> {
  const link = new Promise<HTMLAnchorElement>((resolve) => {
    const onClick = (event: Event) => {
      const target = event.target as HTMLElement;
      if (target.localName === 'a' && target.hasAttribute('download')) {
        event.preventDefault();
        document.removeEventListener('click', onClick, { capture: true });
        resolve(target as HTMLAnchorElement);
      }
    };
    document.addEventListener('click', onClick, { capture: true });
  });
  await trigger();
  const anchor = await link;
  return { name: anchor.download, text: await (await fetch(anchor.href)).text() };
}

describe('<ct-event-header> with the seed feed', () => {
  it('holds the room of the header while the feed is on its way: nothing below moves (layout shift)', async () => {
    for (const width of [1000, 360]) {
      // One without a source stays in its loading state; one beside it shows the seed feed.
      const box = await fixture<HTMLDivElement>(
        html`<div style="inline-size: ${width}px"><ct-event-header lang="en" now=${AFTER}></ct-event-header><ct-event-header lang="en" now=${AFTER} src=${SEED_FEED_URL}></ct-event-header></div>`,
      );
      const [waiting, el] = [...box.children] as CtEventHeader[];
      expect(waiting!.shadowRoot!.querySelector('[aria-busy="true"]'), 'loading').to.not.equal(null);
      await ready(el!);
      const loading = waiting!.getBoundingClientRect().height;
      const loaded = el!.getBoundingClientRect().height;
      expect(Math.abs(loaded - loading) / loaded, `${width} px: ${loading} → ${loaded}`).to.be.below(0.1);
    }
  });

  it('shows the seed facts exactly, dates as one range in UN style', async () => {
    const el = await header(BEFORE);
    expect(text(el, 'title')).to.equal(
      'Third United Nations High-Level Conference of Heads of Counter-Terrorism Agencies of Member States',
    );
    expect(text(el, 'edition')).to.equal('Third edition');
    expect(text(el, 'theme')).to.equal('Addressing Terrorism through Reinvigorated Multilateralism and Institutional Cooperation');
    expect(text(el, 'dates')).to.equal('19–20 June 2023');
    expect(text(el, 'venue')).to.equal('United Nations Headquarters, New York');
    expect(text(el, 'organizer')).to.equal('United Nations Office of Counter-Terrorism (UNOCT)');
    expect(text(el, 'hashtag')).to.equal('#CTWeek');
    expect(part(el, 'website-link')!.getAttribute('href')).to.equal('https://www.un.org/counterterrorism/2023-counter-terrorism-week');
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('1');
    await expectAccessible(el);
  });

  it('is upcoming before the start, with a quiet countdown', async () => {
    const el = await header(BEFORE);
    expect(el.status).to.equal('upcoming');
    expect(text(el, 'status')).to.equal('Upcoming');
    // 1 June 12:00 to 19 June 00:00 in New York: 17 days and 12 hours.
    expect(text(el, 'countdown')).to.equal('Starts in 17 days');
    expect(part(el, 'countdown')!.querySelector('time')!.getAttribute('datetime')).to.equal('P17DT12H0M');
    // Nothing around the ticking value is a live region.
    for (let node: Element | null = part(el, 'countdown')!; node; node = node.parentElement) {
      expect(node.getAttribute('aria-live'), node.localName).to.equal(null);
      expect(node.getAttribute('role'), node.localName).to.not.be.oneOf(['status', 'timer', 'alert', 'log']);
    }
    expect(part(el, 'calendar-button')).to.not.equal(null);
    expect(part(el, 'outcome-link')).to.equal(null);
  });

  it('counts in the event’s time zone: 02:00 UTC on 19 June is still 18 June in New York', async () => {
    const el = await header('2023-06-19T02:00:00Z');
    expect(el.status).to.equal('upcoming');
    expect(text(el, 'countdown')).to.equal('Starts in 2 hours');
    el.now = '2023-06-19T03:59:00Z';
    await el.updateComplete;
    expect(text(el, 'countdown')).to.equal('Starts in 1 minute');
    el.now = '2023-06-19T04:00:00Z';
    await el.updateComplete;
    expect(el.status).to.equal('live');
  });

  it('is live during the event, with no countdown', async () => {
    const el = await header(DURING);
    expect(text(el, 'status')).to.equal('Live now');
    expect(part(el, 'status')!.dataset['status']).to.equal('live');
    expect(part(el, 'countdown')).to.equal(null);
    expect(part(el, 'calendar-button')).to.not.equal(null);
    await expectAccessible(el);
  });

  it('is ended afterwards, links to the outcome and offers no calendar entry', async () => {
    const el = await header(AFTER);
    expect(text(el, 'status')).to.equal('Ended');
    expect(part(el, 'outcome-link')!.getAttribute('href')).to.equal('https://www.un.org/counterterrorism/2023-counter-terrorism-week');
    expect(text(el, 'outcome-link')).to.equal('Read the outcome');
    expect(part(el, 'calendar-button')).to.equal(null);
    await expectAccessible(el);
  });

  it('shows a status the feed sets instead of the computed one', async () => {
    const feed = await seedFeed();
    (feed['event'] as Record<string, unknown>)['status'] = 'postponed';
    const el = await fixture<CtEventHeader>(html`<ct-event-header lang="en" now=${BEFORE} .data=${feed}></ct-event-header>`);
    expect(text(el, 'status')).to.equal('Postponed');
    expect(part(el, 'countdown')).to.equal(null);
  });

  it('changes status on its own, using the real clock when now is unset', async () => {
    const feed = await seedFeed();
    const event = feed['event'] as Record<string, unknown>;
    const today = new Date().toISOString().slice(0, 10);
    Object.assign(event, { startDate: today, endDate: today, timeZone: 'UTC' });
    const el = await fixture<CtEventHeader>(html`<ct-event-header lang="en" .data=${feed}></ct-event-header>`);
    expect(el.status).to.equal('live');
    el.now = '2000-01-01T00:00:00Z';
    await el.updateComplete;
    expect(el.status).to.equal('upcoming');
    el.removeAttribute('now');
    await el.updateComplete;
    expect(el.status).to.equal('live');
  });

  it('writes the dates in the element’s language, Arabic right to left', async () => {
    const el = await header(BEFORE, 'ar');
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(text(el, 'dates')).to.equal(
      new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
        Date.UTC(2023, 5, 19),
        Date.UTC(2023, 5, 20),
      ).replace('يونيو', 'حزيران/يونيه'),
    );
    expect(text(el, 'title')).to.equal('مؤتمر الأمم المتحدة الثالث الرفيع المستوى لرؤساء وكالات مكافحة الإرهاب في الدول الأعضاء');
    expect(text(el, 'venue')).to.equal('مقر الأمم المتحدة، نيويورك');
    expect(text(el, 'edition')).to.equal('الدورة الثالثة');
    await expectAccessible(el);
  });

  it('writes the dates in French and Spanish', async () => {
    expect(text(await header(BEFORE, 'fr'), 'dates')).to.equal('19–20 juin 2023');
    // UN Spanish writes ranges "del 19 al 20", never with a dash (src/core/i18n/un-date-ranges.ts).
    expect(text(await header(BEFORE, 'es'), 'dates')).to.equal('del 19 al 20 de junio de 2023');
  });

  it('shows UI text in the page’s UI language', async () => {
    try {
      await setUiLanguage('fr');
      const el = await header(BEFORE, 'fr');
      expect(text(el, 'status')).to.equal('À venir');
      expect(text(el, 'countdown')).to.equal('Commence dans 17 jours');
      await expectAccessible(el);
    } finally {
      await setUiLanguage('en');
    }
  });
});

describe('<ct-event-header> add to calendar', () => {
  it('downloads one all-day VEVENT for the whole event, reached and pressed from the keyboard', async () => {
    const el = await header(BEFORE);
    const file = await captureDownload(el, async () => {
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'calendar-button'));
      await sendKeys({ press: 'Enter' });
    });
    expect(file.name).to.equal('hlc-ct-2023.ics');
    expect(file.text).to.contain('\r\n');
    expect(file.text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    const calendar = new ICAL.Component(ICAL.parse(file.text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).to.have.length(1);
    const vevent = new ICAL.Event(events[0]!);
    expect(vevent.summary).to.equal(
      'Third United Nations High-Level Conference of Heads of Counter-Terrorism Agencies of Member States',
    );
    expect(vevent.startDate.isDate).to.equal(true);
    expect(vevent.startDate.toString()).to.equal('2023-06-19');
    // All-day DTEND is exclusive: the day after 20 June.
    expect(vevent.endDate.toString()).to.equal('2023-06-21');
    expect(vevent.location).to.equal('United Nations Headquarters, New York');
    expect(events[0]!.getFirstPropertyValue('url')).to.equal('https://www.un.org/counterterrorism/2023-counter-terrorism-week');
  });

  it('writes the calendar entry in the element’s language', async () => {
    const el = await header(BEFORE, 'fr');
    const file = await captureDownload(el, () => part(el, 'calendar-button')!.click());
    const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent')!);
    expect(vevent.summary).to.equal(
      'Troisième Conférence de haut niveau des Nations Unies réunissant les chefs des organismes antiterroristes des États Membres',
    );
  });
});

describe('<ct-event-header> states and motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('is busy with a placeholder while loading', async () => {
    const store = new FeedStore({ fetch: () => new Promise<Response>(() => {}) });
    const el = await fixture<CtEventHeader>(html`<ct-event-header lang="en" .store=${store} src="/never.json"></ct-event-header>`);
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'loading')).to.not.equal(null);
    await expectAccessible(el);
  });

  it('shows an alert when the feed is missing', async () => {
    const el = await fixture<CtEventHeader>(html`<ct-event-header lang="en" src="/feeds/missing.json"></ct-event-header>`);
    await until(() => part(el, 'error') !== null, 'the error state', 15000);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    await expectAccessible(el);
  });

  it('names the JSON path of a bad outcome URL', async () => {
    const feed = await seedFeed();
    (feed['event'] as Record<string, unknown>)['outcomeUrl'] = 'javascript:alert(1)';
    const el = await fixture<CtEventHeader>(html`<ct-event-header lang="en" .data=${feed}></ct-event-header>`);
    expect(text(el, 'error')).to.contain('$.event.outcomeUrl');
  });

  it('does not animate the live badge under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await header(DURING);
    expect(getComputedStyle(part(el, 'status')!, '::before').animationName).to.equal('none');
  });
});

describe('<ct-event-header> dark theme', () => {
  for (const lang of ['en', 'ar']) {
    it(`has no axe violations with theme="dark" in ${lang}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="color-scheme: dark; background: #16191d">${html`<ct-event-header theme="dark" lang=${lang} now="2023-06-21T12:00:00-04:00" src=${SEED_FEED_URL}></ct-event-header>`}</div>`,
      );
      const el = wrapper.firstElementChild!;
      await until(() => el.shadowRoot!.querySelector(`[part~=${'title'}]`) !== null, 'content');
      await expectAccessible(wrapper);
    });
  }
});
