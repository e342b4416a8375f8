import { html, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CtElement } from '../../core/element/base-element.js';
import { baseLanguage, directionOf } from '../../core/i18n/language-tag.js';
import { UN_LANGUAGES, currentUiLocale, uiLanguageSwitch, type UiLanguage } from '../../core/language/ui-language.js';
import { CtLanguageChangeEvent } from './language-change-event.js';
import { languageBarStyles } from './language-bar.styles.js';
import { WEB_SCHEMES, safePageUrl } from '../../core/security/safe-url.js';

/** Each UN language's name in itself (the bar lists them in `UN_LANGUAGES` order; Storybook's toolbar too). */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  ar: 'عربي',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

/**
 * The United Nations language bar: عربي · 中文 · English · Français · Русский · Español, in that order, each
 * name in its own language and script.
 *
 * Without URLs the entries are buttons: choosing one sets `<html lang>` and `dir`, switches the UI
 * strings (when the page set up ct-widgets' localization), and every ct element on the page follows,
 * since they all watch `<html lang>`. With `href-ar` … `href-es` the entries are links to the page in each
 * language, marked with `hreflang`. Either way the current language has `aria-current`, and
 * `ct-language-change` fires first (cancel it to handle the change yourself).
 *
 * @summary The six UN languages in UN order; switches the page language or links to translated pages.
 * @tagname ct-language-bar
 *
 * @csspart base - The `<nav>` landmark.
 * @csspart list - The list of languages.
 * @csspart language - Each button or link; also `language-current` on the current one.
 *
 * @cssprop [--ct-language-bar-gap=0.25em] - Space between entries.
 * @cssprop [--ct-language-bar-separator='·'] - What separates entries (a string; `''` for none).
 * @cssprop [--ct-language-bar-current-color] - Colour of the current language (defaults to the text colour).
 *
 * @fires {CtLanguageChangeEvent} ct-language-change - Before the language changes; cancelable. `event.detail`: `{lang, previous, href}`.
 */
export class CtLanguageBar extends CtElement {
  static override properties: PropertyDeclarations = {
    hrefAr: { attribute: 'href-ar' },
    hrefZh: { attribute: 'href-zh' },
    hrefEn: { attribute: 'href-en' },
    hrefFr: { attribute: 'href-fr' },
    hrefRu: { attribute: 'href-ru' },
    hrefEs: { attribute: 'href-es' },
  };

  static override styles = [...CtElement.styles, languageBarStyles];

  /** URL of the page in Arabic; makes the entry a link. */
  hrefAr: string | undefined;
  /** URL of the page in Chinese. */
  hrefZh: string | undefined;
  /** URL of the page in English. */
  hrefEn: string | undefined;
  /** URL of the page in French. */
  hrefFr: string | undefined;
  /** URL of the page in Russian. */
  hrefRu: string | undefined;
  /** URL of the page in Spanish. */
  hrefEs: string | undefined;

  /** The language shown as current: the base of the language that applies to the bar (`<html lang>`). */
  get current(): string {
    return baseLanguage(this.contentLang);
  }

  #href(lang: UiLanguage): string | undefined {
    const hrefs: Record<UiLanguage, string | undefined> = {
      ar: this.hrefAr,
      zh: this.hrefZh,
      en: this.hrefEn,
      fr: this.hrefFr,
      ru: this.hrefRu,
      es: this.hrefEs,
    };
    // Page-given URLs may be relative; only http(s) ones become links (the rule feeds follow too).
    return safePageUrl(hrefs[lang], WEB_SCHEMES);
  }

  override render(): TemplateResult {
    const ui = currentUiLocale();
    return html`<nav part="base" class="base" aria-label=${msg('Language')} lang=${ui.lang} dir=${this.contentDir}>
      <ul part="list" class="list" role="list">
        ${UN_LANGUAGES.map((lang) => html`<li>${this.#renderEntry(lang, LANGUAGE_NAMES[lang])}</li>`)}
      </ul>
    </nav>`;
  }

  #renderEntry(lang: UiLanguage, name: string): TemplateResult {
    const current = lang === this.current;
    const part = current ? 'language language-current' : 'language';
    const href = this.#href(lang);
    return href
      ? html`<a
          part=${part}
          href=${href}
          hreflang=${lang}
          lang=${lang}
          dir=${directionOf(lang)}
          aria-current=${ifDefined(current ? 'true' : undefined)}
          @click=${(event: MouseEvent) => this.#choose(lang, href, event)}
          >${name}</a
        >`
      : html`<button
          part=${part}
          type="button"
          lang=${lang}
          dir=${directionOf(lang)}
          aria-current=${ifDefined(current ? 'true' : undefined)}
          @click=${() => this.#choose(lang, undefined)}
        >
          ${name}
        </button>`;
  }

  async #choose(lang: UiLanguage, href: string | undefined, click?: MouseEvent): Promise<void> {
    if (lang === this.current && !href) return;
    const event = new CtLanguageChangeEvent({ lang, previous: this.current, href });
    if (!this.dispatchEvent(event)) {
      click?.preventDefault();
      return;
    }
    if (href) return; // The link goes to the page in that language.
    const root = document.documentElement;
    root.lang = lang;
    root.dir = directionOf(lang);
    // The UI strings follow only when the page opted in to ct-widgets' localization (the CDN build does;
    // npm users import `ct-widgets/localization.js`): importing that module here would configure
    // `@lit/localize`, which may be done once per page, so an app that configures it itself would fail and
    // an app that wanted English UI strings only would get five locale bundles. Such an app switches its
    // own `@lit/localize` on `ct-language-change`.
    await uiLanguageSwitch()?.setLocale(lang);
  }
}
