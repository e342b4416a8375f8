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
import { setUiLanguage, uiLanguageReady } from '../../src/core/localization.js';
import { expectAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, uniqueId, until } from '../helpers/feeds.js';

/**
 * Issue 11, point 6: the seed conference page is wholly in each UN language. Every run of text that the
 * elements render from the seed feed (and every UI string, `aria-label`, `title` and `alt`) is checked
 * two independent ways:
 *
 * 1. **Marking:** the `lang` that applies to it (the nearest `lang` up through shadow roots) is the page's
 *    language. The only runs allowed another language are words quoted verbatim (inside the part
 *    `quote-original`, which must say `lang="en"`) and a language's own name in a language switch.
 * 2. **Content**, whatever the marking says: once identifiers (URLs, e-mail addresses, #hashtags,
 *    @handles) and the proper names listed below are taken out, a run in Arabic, Chinese or Russian has
 *    no Latin letter left, and a run in French or Spanish no common English word.
 *
 * So text that is English but marked as the page's language fails (2), and correct text marked wrongly
 * fails (1).
 */

const LANGUAGES = ['ar', 'zh', 'fr', 'ru', 'es'] as const;

/**
 * Proper names: one the feed contract holds as one string in one script (an agenda speaker's `name`), and
 * the name of the UN's video service as the Russian UI string has it.
 */
const PROPER_NAMES = ['Vladimir Voronkov', 'UN Web TV'];
/** URLs, e-mail addresses, hashtags, handles, the `.ics` file type and UTC offsets ("GMT+00:00", from `Intl`). */
const IDENTIFIERS = [/https?:\/\/\S+/g, /[\w.+-]+@[\w-]+(\.[\w-]+)+/g, /#\w+/g, /@\w+/g, /\.ics\b/g, /\b(GMT|UTC)([+−-]\d{1,2}(:\d{2})?)?/g];
/** Function words of English that French and Spanish text never contains. */
const ENGLISH_WORDS = /\b(the|and|of|with|for|is|are|to|by|from|this|that|will|has|have|was|were|which|their|its|more)\b/i;

const TAGS = ['ct-event-header', 'ct-stats', 'ct-key-messages', 'ct-agenda', 'ct-speakers', 'ct-timeline', 'ct-press-release', 'ct-press-releases', 'ct-language-bar'];

interface Finding {
  where: string;
  text: string;
  problem: string;
}

/** The `lang` in force at `node`: the nearest element with one, crossing shadow roots to their hosts. */
function effectiveLang(node: Node): { lang: string; holder: Element | undefined } {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return { lang: current.getAttribute('lang')!, holder: current };
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return { lang: '', holder: undefined };
}

const base = (tag: string) => tag.toLowerCase().split('-')[0]!;

function closestAcrossShadow(node: Node, selector: string): Element | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.matches(selector)) return current;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}

/** The language's name in itself ("English", "Français"): what a language switch shows in that language. */
function isAutonym(text: string, lang: string): boolean {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? '';
  return text.trim().toLowerCase() === name.toLowerCase();
}

function strip(text: string): string {
  let rest = text;
  for (const pattern of IDENTIFIERS) rest = rest.replace(pattern, ' ');
  for (const name of PROPER_NAMES) rest = rest.split(name).join(' ');
  return rest;
}

/** A language switch names each language in itself ("English", "عربي"), marked with that language. */
function isLanguageSwitch(holder: Element | undefined): boolean {
  return !!holder && holder.matches('a[hreflang], button[lang]') && (holder.getAttribute('hreflang') ?? holder.getAttribute('lang')) === holder.getAttribute('lang');
}

function check(text: string, node: Node, lang: string, where: string, findings: Finding[]): void {
  if (!/\p{L}/u.test(strip(text))) return; // identifiers and proper names only
  const marked = effectiveLang(node);
  if (isLanguageSwitch(marked.holder)) return;
  const original = closestAcrossShadow(node, '[part~="quote-original"]');
  if (original) {
    if (base(marked.lang) !== 'en') findings.push({ where, text, problem: `verbatim quote marked lang="${marked.lang}"` });
    return;
  }
  if (base(marked.lang) !== lang && !isAutonym(text, marked.lang)) {
    findings.push({ where, text, problem: `marked lang="${marked.lang}"` });
  }
  if (isAutonym(text, marked.lang)) return;
  const rest = strip(text);
  if (['ar', 'zh', 'ru'].includes(lang) ? /[A-Za-z]/.test(rest) : ENGLISH_WORDS.test(rest)) {
    findings.push({ where, text, problem: 'English text' });
  }
}

/** Every text node and human-readable attribute under `root`, through shadow roots; scripts and styles skipped. */
function scan(root: Node, lang: string, where: string, findings: Finding[], counts: { runs: number }): void {
  const visit = (node: Node) => {
    if (node instanceof Element) {
      if (['script', 'style', 'template'].includes(node.localName)) return;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = node.getAttribute(name);
        if (value) {
          counts.runs += 1;
          check(value, node, lang, `${where} [${name}]`, findings);
        }
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    }
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) {
      counts.runs += 1;
      check(node.textContent!.trim(), node, lang, where, findings);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
}

const shadow = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

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
  for (const button of shadow(list, '[part~="toggle"]')) button.click();
  await until(() => shadow(list, 'ct-press-release').length > 1 && shadow(list, 'ct-press-release').every((el) => !!el.shadowRoot?.querySelector('[part~="headline"]')), 'full releases');
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
      const tabs = shadow(agenda, '[role="tab"]');
      expect(tabs.length).to.be.greaterThan(1);
      for (let i = 0; i < tabs.length; i += 1) {
        shadow(agenda, '[role="tab"]')[i]!.click();
        await agenda.updateComplete;
        for (const button of shadow(agenda, '[data-action="toggle-details"][aria-expanded="false"]')) button.click();
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
