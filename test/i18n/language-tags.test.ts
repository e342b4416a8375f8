import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { canonicalLanguageTag, directionOf, normalizeLanguageTag } from '../../src/core/i18n/language-tag.js';
import { SEED_FEED_URL, seedFeed, until } from '../helpers/feeds.js';

/**
 * Language tags real pages carry (CMS output, old templates, private tags, empty attributes), on `<html
 * lang>` and on the element itself, for every element. Expected values are worked out from BCP 47 (RFC
 * 5646: `_` is not a separator, case is not significant, `x-` is private use, `i-default` grandfathered)
 * and from the seed feed's own text maps, not from what the code prints.
 */
interface TagCase {
  tag: string;
  /** The `lang` the element's content carries. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Which of the seed feed's languages the stats title is in. */
  text: 'en' | 'fr' | 'ar' | 'zh';
  /** A warning is expected (the tag cannot be used). */
  bad?: true;
}

const CASES: TagCase[] = [
  { tag: 'en_US', lang: 'en-US', dir: 'ltr', text: 'en' },
  { tag: 'fr_FR', lang: 'fr-FR', dir: 'ltr', text: 'fr' },
  { tag: 'ar_EG', lang: 'ar-EG', dir: 'rtl', text: 'ar' },
  { tag: 'EN', lang: 'en', dir: 'ltr', text: 'en' },
  { tag: 'zh_TW', lang: 'zh-TW', dir: 'ltr', text: 'zh' },
  { tag: 'zh-Hant-TW', lang: 'zh-Hant-TW', dir: 'ltr', text: 'zh' },
  // Known languages without a translation in the feed: text in English, the tag kept for Intl.
  { tag: 'pt-BR', lang: 'pt-BR', dir: 'ltr', text: 'en' },
  { tag: 'sr-Latn', lang: 'sr-Latn', dir: 'ltr', text: 'en' },
  // Unusable: the UI language (English on this page) with a warning.
  { tag: 'x-klingon', lang: 'en', dir: 'ltr', text: 'en', bad: true },
  { tag: 'i-default', lang: 'en', dir: 'ltr', text: 'en', bad: true },
  { tag: '', lang: 'en', dir: 'ltr', text: 'en', bad: true },
];

const FEED_TAGS = ['ct-stats', 'ct-agenda', 'ct-press-release', 'ct-press-releases', 'ct-event-header', 'ct-key-messages', 'ct-speakers', 'ct-timeline'];

const errors: string[] = [];
const warnings: string[] = [];
const onError = (event: ErrorEvent) => errors.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
const originalWarn = console.warn;

before(() => {
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    originalWarn.apply(console, args);
  };
});
after(() => {
  removeEventListener('error', onError);
  removeEventListener('unhandledrejection', onRejection);
  console.warn = originalWarn;
  document.documentElement.removeAttribute('lang');
});

/** Every element of the library, each given the seed feed; `lang` on each when `own` is given. */
async function allElements(own: string | undefined): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(html`<div>
    ${FEED_TAGS.map((tag) => {
      const el = document.createElement(tag);
      el.setAttribute('src', SEED_FEED_URL);
      if (own !== undefined) el.setAttribute('lang', own);
      return el;
    })}
    ${(() => {
      const bar = document.createElement('ct-language-bar');
      if (own !== undefined) bar.setAttribute('lang', own);
      return bar;
    })()}
  </div>`);
  for (const tag of FEED_TAGS) {
    const el = container.querySelector(tag)!;
    const base = () => el.shadowRoot?.querySelector('[part~="base"]');
    await until(() => base()?.getAttribute('aria-busy') === 'false', `${tag} ready`);
    expect(el.shadowRoot!.querySelector('[part~="error"]'), `${tag} shows no error`).to.equal(null);
  }
  return container;
}

describe('language tags from real pages', function () {
  this.timeout(60_000);
  let feed: Record<string, Record<string, Record<string, string>>>;
  before(async () => {
    feed = (await seedFeed()) as typeof feed;
  });

  for (const where of ['html', 'element'] as const) {
    for (const c of CASES) {
      it(`${JSON.stringify(c.tag)} on ${where === 'html' ? '<html lang>' : 'each element'}: ready, ${c.lang}, ${c.dir}`, async () => {
        document.documentElement.lang = where === 'html' ? c.tag : 'en';
        const container = await allElements(where === 'element' ? c.tag : undefined);
        for (const tag of FEED_TAGS) {
          const base = container.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
          expect(base.getAttribute('lang'), `${tag} lang`).to.equal(c.lang);
          expect(base.getAttribute('dir'), `${tag} dir`).to.equal(c.dir);
          expect(getComputedStyle(base).direction, `${tag} direction`).to.equal(c.dir);
        }
        const title = container.querySelector('ct-stats')!.shadowRoot!.querySelector('[part~="title"]')!;
        expect(title.textContent!.trim()).to.equal(feed['stats']!['title']![c.text]);
        const sessions = container.querySelector('ct-agenda')!.shadowRoot!.querySelectorAll('[part~="session"]');
        expect(sessions.length, 'agenda sessions').to.be.greaterThan(0);
        const bar = container.querySelector('ct-language-bar')!.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
        expect(getComputedStyle(bar).direction, 'language bar direction').to.equal(c.dir);
        expect(errors, 'uncaught errors').to.deep.equal([]);
      });
    }
  }

  it('warns once per unusable tag, however many elements carry it', () => {
    for (const c of CASES) {
      const about = warnings.filter((warning) => warning.includes(`language tag "${c.tag}"`));
      expect(about.length, `warnings about ${JSON.stringify(c.tag)}`).to.equal(c.bad ? 1 : 0);
    }
  });
});

describe('normalizeLanguageTag', () => {
  it('canonicalises separators and case (RFC 5646 §2.1.1)', () => {
    expect(canonicalLanguageTag('en_US')).to.equal('en-US');
    expect(canonicalLanguageTag(' EN ')).to.equal('en');
    expect(canonicalLanguageTag('zh_hant_tw')).to.equal('zh-Hant-TW');
    expect(canonicalLanguageTag('SR-latn')).to.equal('sr-Latn');
  });
  it('rejects private use, grandfathered, empty, malformed and data-less tags', () => {
    for (const tag of ['x-klingon', 'i-default', '', '   ', 'en--US', 'english', 'tlh', null, undefined]) {
      expect(canonicalLanguageTag(tag), JSON.stringify(tag)).to.equal(null);
    }
  });
  it('falls back to the fallback given', () => {
    expect(normalizeLanguageTag('x-klingon', 'fr')).to.equal('fr');
    expect(normalizeLanguageTag('pt-BR', 'fr')).to.equal('pt-BR');
  });
  it('gives the direction of the script, else of the language', () => {
    expect(directionOf('ar-EG')).to.equal('rtl');
    expect(directionOf('ur')).to.equal('rtl');
    expect(directionOf('az-Arab')).to.equal('rtl');
    expect(directionOf('sd-Deva')).to.equal('ltr');
    expect(directionOf('sr-Latn')).to.equal('ltr');
    expect(directionOf('zh-Hant-TW')).to.equal('ltr');
  });
});
