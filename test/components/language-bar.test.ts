import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/key-messages/ct-key-messages.js';
import '../../src/components/language-bar/ct-language-bar.js';
import '../../src/components/timeline/ct-timeline.js';
import type { CtLanguageBar } from '../../src/components/language-bar/language-bar.js';
import { setUiLanguage, uiLanguageReady } from '../../src/core/language/localization.js';
import { expectAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, until } from '../helpers/feeds.js';

const entries = (el: CtLanguageBar) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="language"]')];
const entry = (el: CtLanguageBar, lang: string) => entries(el).find((node) => node.lang === lang)!;

describe('<ct-language-bar>', () => {
  const root = document.documentElement;
  beforeEach(async () => {
    await uiLanguageReady;
    root.lang = 'en';
    root.removeAttribute('dir');
  });
  afterEach(async () => {
    root.lang = 'en';
    root.removeAttribute('dir');
    await setUiLanguage('en');
  });

  it('lists the six UN languages in UN order, by their own names, each marked with its language', async () => {
    const el = await fixture<CtLanguageBar>(html`<ct-language-bar></ct-language-bar>`);
    expect(entries(el).map((node) => node.textContent!.trim())).to.deep.equal([
      'عربي', '中文', 'English', 'Français', 'Русский', 'Español',
    ]);
    expect(entries(el).map((node) => node.lang)).to.deep.equal(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
    expect(entry(el, 'ar').dir).to.equal('rtl');
    expect(entries(el).every((node) => node.localName === 'button')).to.equal(true);
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Language');
    expect(entries(el).map((node) => node.getAttribute('aria-current'))).to.deep.equal([null, null, 'true', null, null, null]);
    await expectAccessible(el);
  });

  it('switches the page language and every ct element follows: content, UI strings, direction', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <ct-language-bar></ct-language-bar>
      <ct-timeline now="2023-06-20T12:00:00-04:00" src=${SEED_FEED_URL}></ct-timeline>
      <ct-key-messages .data=${{ kind: 'conference', version: 1, keyMessages: { messages: [] } }}></ct-key-messages>
    </div>`);
    const bar = wrapper.querySelector('ct-language-bar')!;
    const timeline = wrapper.querySelector('ct-timeline')!;
    const messages = wrapper.querySelector('ct-key-messages')!;
    const dates = () => [...timeline.shadowRoot!.querySelectorAll('[part~="date"]')].map((node) => node.textContent);
    await until(() => dates().length === 6, 'the timeline');
    expect(dates()[1]).to.equal('September 2022');

    const changed = oneEvent(bar, 'ct-language-change');
    entry(bar, 'fr').click();
    const event = await changed;
    expect(event.detail).to.deep.equal({ lang: 'fr', previous: 'en', href: undefined });
    expect(root.lang).to.equal('fr');
    expect(root.dir).to.equal('ltr');
    await until(() => dates()[1] === 'septembre 2022', 'French dates');
    await until(
      () => messages.shadowRoot!.querySelector('[part="empty"]')?.textContent?.trim() === 'Aucun message clé n’a encore été publié.',
      'French UI strings',
    );
    await bar.updateComplete;
    expect(entry(bar, 'fr').getAttribute('aria-current')).to.equal('true');
    expect(entry(bar, 'en').getAttribute('aria-current')).to.equal(null);

    entry(bar, 'ar').click();
    await until(() => root.dir === 'rtl', 'rtl page');
    await until(() => timeline.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir') === 'rtl', 'rtl timeline');
    await until(() => messages.shadowRoot!.querySelector('[part="empty"]')?.textContent?.trim() === 'لم تُنشر أي رسائل رئيسية بعد.', 'Arabic UI');
    await bar.updateComplete;
    expect(getComputedStyle(bar.shadowRoot!.querySelector('ul')!).direction).to.equal('rtl');
    await expectAccessible(wrapper);
  });

  it('works from the keyboard', async () => {
    const el = await fixture<CtLanguageBar>(html`<ct-language-bar></ct-language-bar>`);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(entry(el, 'zh'));
    expect(getComputedStyle(entry(el, 'zh')).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    expect(root.lang).to.equal('zh');
  });

  it('leaves everything alone when the change event is cancelled', async () => {
    const el = await fixture<CtLanguageBar>(html`<ct-language-bar @ct-language-change=${(e: Event) => e.preventDefault()}></ct-language-bar>`);
    entry(el, 'ru').click();
    await el.updateComplete;
    expect(root.lang).to.equal('en');
    expect(entry(el, 'en').getAttribute('aria-current')).to.equal('true');
  });

  it('links to pages in each language with hreflang when given URLs, and refuses unsafe ones', async () => {
    const el = await fixture<CtLanguageBar>(html`<ct-language-bar
      href-ar="#ar" href-zh="#zh" href-en="#en" href-fr="/fr/ct-week" href-ru="javascript:alert(1)"
    ></ct-language-bar>`);
    const links = entries(el).filter((node) => node.localName === 'a') as HTMLAnchorElement[];
    expect(links.map((node) => node.getAttribute('hreflang'))).to.deep.equal(['ar', 'zh', 'en', 'fr']);
    expect(links.map((node) => node.lang)).to.deep.equal(['ar', 'zh', 'en', 'fr']);
    expect(entry(el, 'fr').getAttribute('href')).to.equal('/fr/ct-week');
    expect(entry(el, 'ru').localName).to.equal('button');
    expect(entry(el, 'en').getAttribute('aria-current')).to.equal('true');
    // A cancelled event stops the navigation: an app can route itself.
    el.addEventListener('ct-language-change', (event) => event.preventDefault(), { once: true });
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    entry(el, 'fr').dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 100)); // a navigation would have begun by now
    expect(location.pathname).to.not.contain('/fr/');
    await expectAccessible(el);
  });

  it('marks the current language from <html lang>, Arabic right to left, and passes axe', async () => {
    root.lang = 'ar';
    root.dir = 'rtl';
    const el = await fixture<CtLanguageBar>(html`<ct-language-bar></ct-language-bar>`);
    expect(entry(el, 'ar').getAttribute('aria-current')).to.equal('true');
    const [first, second] = entries(el).map((node) => node.getBoundingClientRect());
    expect(second!.right).to.be.lessThan(first!.right);
    await expectAccessible(el);
  });
});

describe('<ct-language-bar> wrapped on a narrow column', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`never starts a line with a separator (${dir})`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'} style="inline-size: 220px"><ct-language-bar></ct-language-bar></div>`);
      const el = wrapper.querySelector<CtLanguageBar>('ct-language-bar')!;
      const clip = el.shadowRoot!.querySelector('nav')!.getBoundingClientRect();
      const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
      const separator = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('li')!, '::before').inlineSize);
      const lineStarts = items.filter((box, i) => i === 0 || box.top > items[i - 1]!.top + 1);
      expect(lineStarts.length).to.be.at.least(2); // it did wrap
      for (const box of lineStarts) {
        // The separator box sits before the entry: it must lie wholly outside the clipping box.
        if (dir === 'ltr') expect(box.left + separator).to.be.at.most(clip.left + 0.5);
        else expect(box.right - separator).to.be.at.least(clip.right - 0.5);
      }
      // Entries after a line start keep their separator inside.
      const inner = items.filter((box) => !lineStarts.includes(box));
      for (const box of inner) expect(dir === 'ltr' ? box.left : clip.right - box.right).to.be.greaterThan(dir === 'ltr' ? clip.left : 0);
      await expectAccessible(wrapper);
    });
  }
});

describe('<ct-language-bar> dark theme', () => {
  it('has no axe violations with theme="dark"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="color-scheme: dark; background: #16191d"><ct-language-bar theme="dark"></ct-language-bar></div>`,
    );
    await expectAccessible(wrapper);
  });
});
