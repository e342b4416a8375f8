import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/agenda/ct-agenda.js';
import type { CtAgenda } from '../../src/components/agenda/agenda.js';
import { setUiLanguage, uiLanguageReady } from '../../src/core/language/localization.js';
import { generateAgendaFeed } from '../fixtures/generate-agenda.js';
import { expectAccessible } from '../helpers/a11y.js';
import { uniqueId, until } from '../helpers/feeds.js';
import { all, one } from '../helpers/dom.js';

/**
 * Day navigation by the length of the programme. The generated programmes start on Monday 19 June 2023
 * (a Monday: the seed programme's first tab reads "Mon 19 Jun") and have sessions on every one of their
 * `days` consecutive days, so their weeks, Monday to Sunday, are known without the code under test:
 * 15 days run to Monday 3 July (three weeks); 400 days to Monday 22 July 2024 (57 full weeks and one day:
 * 58 weeks; 2024 is a leap year, 19 June 2023 + 366 days = 19 June 2024, + 33 days = 22 July 2024).
 */
const tabs = (el: Element) => all(el, '[role="tab"]').map((tab) => tab.textContent!.trim());
const selectedTab = (el: Element) => one(el, '[role="tab"][aria-selected="true"]')?.textContent!.trim();
const summary = (el: Element) => one(el, '[part~="summary"]')!.textContent!.trim();
const weekMenu = (el: Element) => one(el, '[part~="weeks"] select') as HTMLSelectElement | null;
const step = (el: Element, which: 'previous' | 'next') => one(el, `[part~="week-${which}"]`)!;

async function programme(days: number, { perDay = 1, lang = 'en', urlState = false } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('ct-agenda') as CtAgenda;
  el.storageKey = uniqueId('fav');
  el.noUrlState = !urlState;
  untrusted(el).data = generateAgendaFeed(days * perDay, { days });
  wrapper.append(el);
  await until(() => all(el, '.session').length > 0, 'sessions');
  return el;
}

async function click(el: CtAgenda, target: HTMLElement) {
  target.click();
  await el.updateComplete;
}

describe('<ct-agenda> day navigation for programmes of any length', function () {
  this.timeout(60_000);
  beforeEach(() => history.replaceState(null, '', location.pathname));
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('shows a tab for every day after "All days" up to 14 days, and no week choice, as before', async () => {
    const single = await programme(1);
    expect(tabs(single)).to.deep.equal(['All days', 'Mon 19 Jun']);
    expect(one(single, '[part~="weeks"]')).to.equal(null);

    const fortnight = await programme(14, { urlState: true });
    const expected = ['All days'];
    for (const week of [['19', '20', '21', '22', '23', '24', '25'], ['26', '27', '28', '29', '30']]) {
      week.forEach((day, i) => expected.push(`${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][i]} ${day} Jun`));
    }
    expected.push('Sat 1 Jul', 'Sun 2 Jul');
    expect(tabs(fortnight)).to.deep.equal(expected);
    expect(one(fortnight, '[part~="weeks"]')).to.equal(null);
    expect(selectedTab(fortnight)).to.equal('All days');
    expect(one(fortnight, '#sessions')!.getAttribute('role')).to.equal('tabpanel');
    expect(one(fortnight, '#sessions')!.getAttribute('aria-labelledby')).to.equal('tab-all');
    await click(fortnight, all(fortnight, '[role="tab"]')[14]!);
    expect(location.hash).to.equal('#day=2023-07-02');
    expect(summary(fortnight)).to.equal('1 of 14 sessions');
    await expectAccessible(fortnight);
  });

  it('chooses a week, then a day of it, beyond 14 days: 15 days make three weeks', async () => {
    const el = await programme(15, { perDay: 2, urlState: true });
    // The whole programme at first, as a short one shows "All days"; no day tabs until a week is chosen.
    expect(tabs(el)).to.deep.equal([]);
    expect(summary(el)).to.equal('30 of 30 sessions');
    expect(one(el, '#sessions')!.hasAttribute('role')).to.equal(false);
    const menu = weekMenu(el)!;
    expect([...menu.options].map((option) => option.value)).to.deep.equal(['', '2023-06-19', '2023-06-26', '2023-07-03']);
    expect(menu.options[0]!.textContent!.trim()).to.equal('All weeks');
    expect(menu.options[1]!.textContent!.trim()).to.equal('19–25 June 2023');
    expect(step(el, 'previous').getAttribute('aria-disabled')).to.equal('true');
    await expectAccessible(el);

    await click(el, step(el, 'next'));
    expect(location.hash).to.equal('#week=2023-06-19');
    expect(tabs(el)).to.deep.equal(['Whole week', 'Mon 19 Jun', 'Tue 20 Jun', 'Wed 21 Jun', 'Thu 22 Jun', 'Fri 23 Jun', 'Sat 24 Jun', 'Sun 25 Jun']);
    expect(selectedTab(el)).to.equal('Whole week');
    expect(summary(el)).to.equal('14 of 30 sessions');
    expect(one(el, '#sessions')!.getAttribute('aria-labelledby')).to.equal('tab-all');

    await click(el, all(el, '[role="tab"]')[2]!);
    expect(location.hash).to.equal('#day=2023-06-20');
    expect(summary(el)).to.equal('2 of 30 sessions');
    expect(weekMenu(el)!.value).to.equal('2023-06-19');
    expect(one(el, '#sessions')!.getAttribute('aria-labelledby')).to.equal('tab-2023-06-20');

    await click(el, step(el, 'next'));
    expect(location.hash).to.equal('#week=2023-06-26');
    expect(selectedTab(el)).to.equal('Whole week');
    await click(el, step(el, 'next'));
    expect(tabs(el)).to.deep.equal(['Whole week', 'Mon 3 Jul']);
    expect(summary(el)).to.equal('2 of 30 sessions');
    expect(step(el, 'next').getAttribute('aria-disabled')).to.equal('true');
    await click(el, step(el, 'next'));
    expect(location.hash).to.equal('#week=2023-07-03');

    const choose = weekMenu(el)!;
    choose.value = '';
    choose.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(location.hash).to.equal('');
    expect(summary(el)).to.equal('30 of 30 sessions');
    expect(tabs(el)).to.deep.equal([]);
  });

  it('walks 400 days by keyboard alone: 58 weeks, never more than 8 tabs, then into a day', async () => {
    const el = await programme(400, { urlState: true });
    expect(weekMenu(el)!.options).to.have.length(59);
    step(el, 'next').focus();
    const seen: string[] = [];
    let most = 0;
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      most = Math.max(most, tabs(el).length);
      if (seen.at(-1) !== weekMenu(el)!.value) seen.push(weekMenu(el)!.value);
    }
    expect(seen).to.have.length(58);
    expect(seen[0]).to.equal('2023-06-19');
    expect(seen.at(-1)).to.equal('2024-07-22');
    expect(most).to.equal(8);
    // Focus stayed on the (now inert) next button at the end of the programme.
    expect(el.shadowRoot!.activeElement).to.equal(step(el, 'next'));
    expect(tabs(el)).to.deep.equal(['Whole week', 'Mon 22 Jul']);

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Whole week');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => selectedTab(el) === 'Mon 22 Jul', 'the day tab');
    expect(location.hash).to.equal('#day=2024-07-22');
    expect(summary(el)).to.equal('1 of 400 sessions');

    // Focus order: previous week, the week menu, next week, the selected tab.
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal(step(el, 'previous'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(weekMenu(el)!.value).to.equal('2024-07-15');
    expect(location.hash).to.equal('#week=2024-07-15');
    await expectAccessible(el);
  });

  it('opens a deep link to a day of a long programme on its week and day', async () => {
    history.replaceState(null, '', '#day=2024-01-10');
    const el = await programme(400, { urlState: true });
    // 1 January 2024 was a Monday, so 10 January is the Wednesday of the week of 8 January.
    expect(weekMenu(el)!.value).to.equal('2024-01-08');
    expect(selectedTab(el)).to.equal('Wed 10 Jan');
    expect(summary(el)).to.equal('1 of 400 sessions');
    history.replaceState(null, '', '#week=2024-01-12'); // any day of a week names that week
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    expect(weekMenu(el)!.value).to.equal('2024-01-08');
    expect(summary(el)).to.equal('7 of 400 sessions');
  });

  describe('in Arabic, right to left', () => {
    before(() => uiLanguageReady);
    after(() => setUiLanguage('en'));

    it('puts the previous week on the right with its arrow mirrored, and reverses the arrow keys', async () => {
      const english = await programme(15);
      const englishArrow = step(english, 'previous').querySelector('.arrow')!;
      expect(getComputedStyle(englishArrow).transform).to.equal('none');
      expect(step(english, 'previous').getBoundingClientRect().left).to.be.below(step(english, 'next').getBoundingClientRect().left);

      await setUiLanguage('ar');
      const el = await programme(15, { lang: 'ar' });
      expect(one(el, '[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
      const previous = step(el, 'previous');
      const next = step(el, 'next');
      expect(previous.textContent!.trim()).to.not.contain('Previous week'); // translated
      expect(previous.getBoundingClientRect().left).to.be.above(next.getBoundingClientRect().left);
      // "←" turned to point right: backwards in a right-to-left row.
      expect(getComputedStyle(previous.querySelector('.arrow')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      await click(el, next);
      expect(tabs(el)).to.have.length(8);
      all(el, '[role="tab"]')[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await until(() => all(el, '[role="tab"]')[1]!.getAttribute('aria-selected') === 'true', 'the first day');
      await expectAccessible(el);
    });
  });
});
