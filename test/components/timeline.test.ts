import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/timeline/ct-timeline.js';
import type { CtTimeline } from '../../src/components/timeline/timeline.js';
import { FeedStore } from '../../src/core/feed/feed-store.js';
import { validateDocument } from '../../src/core/feed/validate.js';
import { expectAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, feedUrl, uniqueId, until } from '../helpers/feeds.js';
import { parts, texts } from '../helpers/dom.js';

const ready = (el: CtTimeline) => until(() => parts(el, 'milestone').length > 0, 'milestones');
const statuses = (el: CtTimeline) => parts(el, 'milestone').map((node) => node.dataset['status']);
const feed = (milestones: unknown[], extra: Record<string, unknown> = {}) => ({
  kind: 'conference',
  version: 1,
  timeline: { milestones, ...extra },
});

const DURING_CONFERENCE = '2023-06-20T12:00:00-04:00';

async function timeline(now: string, lang = 'en', width = 'auto'): Promise<CtTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: ${width}"><ct-timeline lang=${lang} now=${now} src=${SEED_FEED_URL}></ct-timeline></div>`,
  );
  const el = wrapper.querySelector('ct-timeline')!;
  await ready(el);
  return el;
}

describe('<ct-timeline> with the seed feed', () => {
  it('lists the seed milestones in date order with partial dates and ranges', async () => {
    const el = await timeline(DURING_CONFERENCE);
    expect(parts(el, 'list')[0]!.localName).to.equal('ol');
    expect(texts(el, 'date')).to.deep.equal([
      '2006',
      'September 2022',
      '19–20 June 2023',
      '21–23 June 2023',
      '22–23 June 2023',
      'September 2023',
    ]);
    expect(texts(el, 'heading')).to.deep.equal([
      'Adoption of the United Nations Global Counter-Terrorism Strategy',
      'First United Nations Global Congress of Victims of Terrorism',
      'Third High-Level Conference of Heads of Counter-Terrorism Agencies of Member States',
      'CT Week side events',
      'General Assembly: Eighth Biennial Review of the Global Counter-Terrorism Strategy',
      'Outcome report of the High-Level Conference',
    ]);
    expect(texts(el, 'milestone-description')[3]).to.equal(
      'CT Week will conclude with the consensus adoption of the Eighth Biennial Review of the United Nations Global Counter-Terrorism Strategy (GCTS) resolution by the General Assembly following a Plenary meeting and General Debate (22-23 June).',
    );
    const times = parts(el, 'date').map((node) => [node.localName, node.getAttribute('datetime')]);
    expect(times[0]).to.deep.equal(['time', '2006']);
    expect(times[1]).to.deep.equal(['time', '2022-09']);
    expect(times[2]![0]).to.equal('span');
    await expectAccessible(el);
  });

  it('marks past, current and future in words, relative to now', async () => {
    const el = await timeline(DURING_CONFERENCE);
    expect(statuses(el)).to.deep.equal(['past', 'past', 'current', 'future', 'future', 'future']);
    expect(texts(el, 'state')).to.deep.equal(['Past', 'Past', 'Now', 'Upcoming', 'Upcoming', 'Upcoming']);
    expect(parts(el, 'milestone').map((node) => node.getAttribute('aria-current'))).to.deep.equal([
      null, null, 'step', null, null, null,
    ]);
    // The word is visible for the current milestone; for the others the marker's shape differs as well.
    const [past, current, future] = [0, 2, 3].map((i) => parts(el, 'marker')[i]!);
    expect(parts(el, 'state')[2]!.classList.contains('visually-hidden')).to.equal(false);
    expect(getComputedStyle(current!).boxShadow).to.not.equal('none');
    expect(getComputedStyle(past!).backgroundColor).to.not.equal(getComputedStyle(future!).backgroundColor);
  });

  it('moves the marks when now changes, in the timeline’s time zone', async () => {
    const el = await timeline('2023-06-22T12:00:00-04:00');
    expect(statuses(el)).to.deep.equal(['past', 'past', 'past', 'current', 'current', 'future']);
    // 03:00 UTC on 21 June is still 20 June in New York.
    el.now = '2023-06-21T03:00:00Z';
    await el.updateComplete;
    expect(statuses(el)).to.deep.equal(['past', 'past', 'current', 'future', 'future', 'future']);
    el.now = '2023-09-15T12:00:00Z';
    await el.updateComplete;
    expect(statuses(el)).to.deep.equal(['past', 'past', 'past', 'past', 'past', 'current']);
  });

  it('runs down a narrow column and across a wide one', async () => {
    const narrow = await timeline(DURING_CONFERENCE, 'en', '320px');
    const list = parts(narrow, 'list')[0]!;
    expect(getComputedStyle(list).display).to.equal('block');
    expect(narrow.scrollWidth).to.be.at.most(320);
    const items = parts(narrow, 'milestone');
    expect(items[1]!.getBoundingClientRect().top).to.be.greaterThan(items[0]!.getBoundingClientRect().top);

    const wide = await timeline(DURING_CONFERENCE, 'en', '1100px');
    expect(getComputedStyle(parts(wide, 'list')[0]!).display).to.equal('grid');
    const row = parts(wide, 'milestone').map((node) => node.getBoundingClientRect());
    expect(row[1]!.top).to.equal(row[0]!.top);
    expect(row[1]!.left).to.be.greaterThan(row[0]!.left);
    expect(wide.scrollWidth).to.be.at.most(1100);

    wide.layout = 'vertical';
    await wide.updateComplete;
    expect(getComputedStyle(parts(wide, 'list')[0]!).display).to.equal('block');
  });

  it('runs right to left in Arabic, with Arabic dates', async () => {
    const el = await timeline(DURING_CONFERENCE, 'ar', '1100px');
    expect(parts(el, 'base')[0]!.getAttribute('dir')).to.equal('rtl');
    const row = parts(el, 'milestone').map((node) => node.getBoundingClientRect());
    expect(row[1]!.right).to.be.lessThan(row[0]!.right);
    const month = new Intl.DateTimeFormat('ar', { year: 'numeric', month: 'long', timeZone: 'UTC' });
    expect(texts(el, 'date')[1]).to.equal(month.format(Date.UTC(2022, 8, 1)).replace('سبتمبر', 'أيلول/سبتمبر'));
    expect(texts(el, 'heading')[1]).to.equal('مؤتمر الأمم المتحدة العالمي الأول لضحايا الإرهاب');
    await expectAccessible(el);
  });

  it('lets the keyboard reach milestone links', async () => {
    const el = await fixture<CtTimeline>(
      html`<ct-timeline lang="en" now=${DURING_CONFERENCE} .data=${feed([{ date: '2023', title: 'Linked', url: 'https://www.un.org/' }])}></ct-timeline>`,
    );
    await sendKeys({ press: 'Tab' });
    const link = el.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(link.href).to.equal('https://www.un.org/');
    expect(getComputedStyle(link).outlineStyle).to.equal('solid');
  });
});

describe('<ct-timeline> feed contract and states', () => {
  it('accepts years, months, days and ranges; leaves out impossible dates, which the validator names by path', async () => {
    const ok = { date: '2021', title: 'kept' };
    const el = await fixture<CtTimeline>(html`<ct-timeline lang="en" .data=${feed([{ date: '2023-02-30', title: 'x' }, ok])}></ct-timeline>`);
    expect(parts(el, 'error')).to.have.length(0);
    expect(texts(el, 'left-out')).to.deep.equal(['1 item not shown because of an error in the feed']);
    expect(texts(el, 'date')).to.deep.equal(['2021']);
    expect(validateDocument(feed([{ date: '2023-02-30', title: 'x' }]))[0]).to.contain('$.timeline.milestones[0].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
    expect(validateDocument(feed([{ date: '2023-13', title: 'x' }]))[0]).to.contain('$.timeline.milestones[0].date');
    expect(validateDocument(feed([{ date: '2023-06', endDate: '2022', title: 'x' }]))[0]).to.contain('expected endDate on or after date');
    untrusted(el).data = feed([{ date: '2023-06', endDate: '2022', title: 'x' }, ok]);
    await el.updateComplete;
    expect(texts(el, 'date')).to.deep.equal(['2021']);
    untrusted(el).data = feed([{ date: '2022', endDate: '2023-03', title: 'x' }]);
    await el.updateComplete;
    expect(texts(el, 'date')).to.deep.equal(['2022–2023']);
    expect(parts(el, 'left-out')).to.have.length(0);
  });

  it('is busy with a placeholder while loading', async () => {
    const store = new FeedStore({ fetch: () => new Promise<Response>(() => {}) });
    const el = await fixture<CtTimeline>(html`<ct-timeline lang="en" .store=${store} src="/never.json"></ct-timeline>`);
    expect(parts(el, 'base')[0]!.getAttribute('aria-busy')).to.equal('true');
    expect(parts(el, 'loading')).to.have.length(1);
    await expectAccessible(el);
  });

  it('shows an alert with a retry button when the server fails', async () => {
    const el = await fixture<CtTimeline>(
      html`<ct-timeline lang="en" .store=${new FeedStore({ retryDelayMs: 10 })} src=${feedUrl({ id: uniqueId(), status: 503, body: {} })}></ct-timeline>`,
    );
    await until(() => parts(el, 'retry-button').length === 1, 'the error state');
    expect(parts(el, 'error')[0]!.getAttribute('role')).to.equal('alert');
    await expectAccessible(el);
  });

  it('is empty, with a message, when there are no milestones', async () => {
    const el = await fixture<CtTimeline>(html`<ct-timeline lang="en" .data=${feed([])}></ct-timeline>`);
    expect(texts(el, 'empty')).to.deep.equal(['No milestones have been published yet.']);
    await expectAccessible(el);
  });
});

describe('<ct-timeline> dark theme', () => {
  for (const lang of ['en', 'ar']) {
    it(`has no axe violations with theme="dark" in ${lang}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="color-scheme: dark; background: #16191d">${html`<ct-timeline theme="dark" lang=${lang} now="2023-06-20T12:00:00-04:00" src=${SEED_FEED_URL}></ct-timeline>`}</div>`,
      );
      const el = wrapper.firstElementChild!;
      await until(() => el.shadowRoot!.querySelector(`[part~=${'milestone'}]`) !== null, 'content');
      await expectAccessible(wrapper);
    });
  }
});
