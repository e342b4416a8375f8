import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/agenda/ct-agenda.js';
import '../../src/components/event-header/ct-event-header.js';
import '../../src/components/key-messages/ct-key-messages.js';
import '../../src/components/language-bar/ct-language-bar.js';
import '../../src/components/press-release/ct-press-release.js';
import '../../src/components/press-releases/ct-press-releases.js';
import '../../src/components/speakers/ct-speakers.js';
import '../../src/components/stats/ct-stats.js';
import '../../src/components/timeline/ct-timeline.js';
import { setUiLanguage, uiLanguageReady } from '../../src/core/language/localization.js';
import { expectAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, uniqueId, until } from '../helpers/feeds.js';
import { holdsEnglish, scanForEnglish, type Finding } from '../helpers/language-check.js';
import { all } from '../helpers/dom.js';

/**
 * Issue 11, point 6: the seed conference page is wholly in each UN language. How a run of text is judged
 * English is in `../helpers/language-check.ts` (marking and content, independently).
 */

const LANGUAGES = ['ar', 'zh', 'fr', 'ru', 'es'] as const;
const scan = scanForEnglish;

const TAGS = ['ct-event-header', 'ct-stats', 'ct-key-messages', 'ct-agenda', 'ct-speakers', 'ct-timeline', 'ct-press-release', 'ct-press-releases', 'ct-language-bar'];


async function seedPage(lang: string): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: 1200px"></div>`);
  page.innerHTML = TAGS.map((tag) =>
    tag === 'ct-language-bar'
      ? '<ct-language-bar></ct-language-bar>'
      : tag === 'ct-agenda'
        ? `<ct-agenda src="${SEED_FEED_URL}" no-url-state storage-key="${uniqueId()}"></ct-agenda>`
        : tag === 'ct-press-release'
          ? `<ct-press-release src="${SEED_FEED_URL}" release="hlc-2023-06-20"></ct-press-release>`
          : `<${tag} src="${SEED_FEED_URL}"></${tag}>`,
  ).join('');
  for (const tag of TAGS.filter((t) => t !== 'ct-language-bar')) {
    const el = page.querySelector(tag)!;
    await until(() => !!el.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[part~="loading"]'), `${tag} ready`);
  }
  return page;
}

/** Opens every full release in the list, so their whole text is on the page too (the seed release twice). */
async function openFullReleases(page: HTMLElement): Promise<void> {
  const list = page.querySelector('ct-press-releases')!;
  for (const button of all(list, '[part~="toggle"]')) button.click();
  await until(() => all(list, 'ct-press-release').length > 1 && all(list, 'ct-press-release').every((el) => !!el.shadowRoot?.querySelector('[part~="headline"]')), 'full releases');
}

describe('the seed conference page in each UN language (issue 11, point 6)', function () {
  this.timeout(120_000);
  before(() => uiLanguageReady);
  after(() => setUiLanguage('en'));

  for (const lang of LANGUAGES) {
    it(`shows no English in ${lang} but verbatim quotes (marked lang="en") and proper names`, async () => {
      await setUiLanguage(lang);
      const page = await seedPage(lang);
      await expectAccessible(page);
      await openFullReleases(page);
      const findings: Finding[] = [];
      const counts = { runs: 0 };
      for (const tag of TAGS.filter((t) => t !== 'ct-agenda')) scan(page.querySelector(tag)!, lang, tag, findings, counts);
      // The agenda shows one day at a time: every day, with every session's details open.
      const agenda = page.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('ct-agenda')!;
      const tabs = all(agenda, '[role="tab"]');
      expect(tabs.length).to.be.greaterThan(1);
      for (let i = 0; i < tabs.length; i += 1) {
        all(agenda, '[role="tab"]')[i]!.click();
        await agenda.updateComplete;
        for (const button of all(agenda, '[data-action="toggle-details"][aria-expanded="false"]')) button.click();
        await agenda.updateComplete;
        scan(agenda, lang, `ct-agenda day ${i + 1}`, findings, counts);
      }
      // The verbatim quotes are there, in English, each with the translation into the page's language.
      const originals = TAGS.flatMap((tag) => [...page.querySelectorAll(tag)]).flatMap((el) => deepAll(el, '[part~="quote-original"]'));
      expect(originals.length, 'verbatim quotes shown').to.be.at.least(7);
      expect(counts.runs).to.be.greaterThan(300);
      expect(findings.map((f) => `${f.where}: ${f.problem}: ${f.text.slice(0, 80)}`)).to.deep.equal([]);
    });
  }
});

describe('the "no English left" check itself', () => {
  after(() => setUiLanguage('en'));

  it('finds English text whether it is marked as English or as the page’s language', async () => {
    await setUiLanguage('fr');
    const data = {
      kind: 'conference',
      version: 1,
      keyMessages: { messages: [{ heading: { en: 'Human rights at the centre' }, text: { fr: 'The Strategy has provided a common blueprint.' } }] },
    };
    const fr = await fixture<HTMLElement>(html`<ct-key-messages lang="fr" .data=${data}></ct-key-messages>`);
    const findings: Finding[] = [];
    scan(fr, 'fr', 'fr', findings, { runs: 0 });
    expect(findings.map((f) => `${f.problem}: ${f.text}`)).to.deep.equal([
      'marked lang="en": Human rights at the centre',
      'English text: Human rights at the centre',
      'English text: The Strategy has provided a common blueprint.',
    ]);

    await setUiLanguage('ru');
    const ruData = { kind: 'conference', version: 1, keyMessages: { messages: [{ heading: { ru: 'Side event' }, text: { ru: 'Параллельное мероприятие' } }] } };
    const ru = await fixture<HTMLElement>(html`<ct-key-messages lang="ru" .data=${ruData}></ct-key-messages>`);
    const ruFindings: Finding[] = [];
    scan(ru, 'ru', 'ru', ruFindings, { runs: 0 });
    expect(ruFindings.map((f) => `${f.problem}: ${f.text}`)).to.deep.equal(['English text: Side event']);
  });
});

function deepAll(el: Element, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (root: ParentNode) => {
    found.push(...root.querySelectorAll(selector));
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return found;
}

/**
 * The demo page itself (`index.html`, the CDN build: needs `npm run build`, as `npm test` does), switched by
 * its own language bar: everything a reader sees — the page's own words and every element — in that language.
 */
describe('the demo page, switched by its language bar', function () {
  this.timeout(120_000);

  async function demoPage(): Promise<HTMLIFrameElement> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 1280px; block-size: 2000px; border: 0';
    frame.src = '/index.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await until(() => !!doc.querySelector('ct-press-release')?.shadowRoot?.querySelector('[part~="headline"]'), 'the demo page');
    return frame;
  }

  for (const lang of LANGUAGES) {
    it(`is wholly in ${lang} once the bar says ${lang}`, async () => {
      const frame = await demoPage();
      try {
        const doc = frame.contentDocument!;
        doc.querySelector('ct-language-bar')!.shadowRoot!.querySelector<HTMLElement>(`button[lang="${lang}"]`)!.click();
        const findings: Finding[] = [];
        const counts = { runs: 0 };
        const scanPage = () => {
          findings.length = 0;
          counts.runs = 0;
          scanForEnglish(doc.body, lang, 'demo page', findings, counts, { visibleOnly: true });
          return findings.length === 0;
        };
        // The elements re-render and the UI strings load after the click: wait until nothing English is left.
        await until(scanPage, `the demo page in ${lang}`, 15_000).catch(() => undefined);
        expect(doc.documentElement.lang).to.equal(lang);
        // The tab's title too (the page's <title>).
        expect(doc.title).to.not.equal('2023 UN Counter-Terrorism Week — ct-widgets demo');
        expect(holdsEnglish(doc.title, lang), doc.title).to.equal(false);
        expect(counts.runs).to.be.greaterThan(200);
        expect(findings.map((f) => `${f.problem}: ${f.text.slice(0, 80)}`)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
