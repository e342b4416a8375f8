import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { baseLanguage, directionOf } from '../i18n/language-tag.js';
import { uiMark } from './ui-text.js';
import { resolveLocalizedText, type LocalizedText } from '../i18n/localized-text.js';
import { resolveBlockText, type BlockText } from './text.js';

/**
 * Words quoted verbatim stay in the language they were said in: a French reader of an English speech
 * reads the English words, marked as the original (`lang`, and the part `quote-original`), and beside
 * them a translation. Without an `original` language each reader sees the text in their own language.
 */
export interface QuotedWords {
  /** The words as shown: the original, or the reader's own text. */
  words: BlockText;
  /** True when `words` is the verbatim original in another language than the reader's. */
  isOriginal: boolean;
  /** The translation into the reader's language, when `words` is the original and one is given. */
  translation?: string;
}

/** Picks the words of a quotation (or an inline quoted run) for a reader of `lang`. */
export function quotedWords(text: LocalizedText, original: string | undefined, lang: string): QuotedWords | undefined {
  const originalKey =
    original !== undefined && typeof text !== 'string'
      ? Object.keys(text).find((key) => baseLanguage(key) === baseLanguage(original))
      : undefined;
  if (originalKey === undefined || typeof text === 'string' || baseLanguage(originalKey) === baseLanguage(lang)) {
    const words = resolveBlockText(text, lang);
    return words && { words, isOriginal: false };
  }
  const translations = Object.fromEntries(Object.entries(text).filter(([key]) => key !== originalKey));
  const translated = resolveLocalizedText(translations, lang);
  return {
    words: { text: text[originalKey] ?? '', lang: originalKey, dir: directionOf(originalKey) },
    isOriginal: true,
    // A translation into yet another language helps nobody: only the reader's own is shown.
    translation: translated && !translated.lang ? translated.text : undefined,
  };
}

/**
 * The quoted words as a `<blockquote>` and, for an original in another language, the translation after
 * it, introduced by "Translation:" in the UI language so a screen reader announces what follows.
 */
export function renderQuotedWords(quoted: QuotedWords, contentLang: string, cite: string | undefined, part = 'quote-text', marks = true): TemplateResult {
  const { words } = quoted;
  const ui = uiMark(contentLang);
  return html`<blockquote
      part=${quoted.isOriginal ? `${part} quote-original` : part}
      cite=${ifDefined(cite)}
      lang=${ifDefined(words.lang)}
      dir=${ifDefined(words.dir)}
      ><p>${words.text}</p></blockquote
    >${quoted.translation
      ? html`<p part="quote-translation" class="quote-translation">
          <span class="translation-label" lang=${ifDefined(ui.lang)} dir=${ifDefined(ui.dir)}>${msg('Translation:')}</span>
          ${marks ? html`<q>${quoted.translation}</q>` : quoted.translation}
        </p>`
      : nothing}`;
}

/**
 * An inline quoted run, in quotation marks of its own language (`<q>`): the original, marked, then the
 * reader's translation in brackets.
 */
export function renderInlineQuotedWords(quoted: QuotedWords, contentLang: string, wrap: (content: TemplateResult | string) => TemplateResult | string): TemplateResult | string {
  const { words } = quoted;
  if (!quoted.isOriginal) return wrap(html`<q lang=${ifDefined(words.lang)} dir=${ifDefined(words.lang ? 'auto' : undefined)}>${words.text}</q>`);
  const ui = uiMark(contentLang);
  return html`${wrap(html`<q part="quote-original" lang=${ifDefined(words.lang)} dir="auto">${words.text}</q>`)}${quoted.translation
    ? html` <span part="quote-translation" class="inline-translation"
          >[<span class="translation-label" lang=${ifDefined(ui.lang)} dir=${ifDefined(ui.dir)}>${msg('Translation:')}</span> <q>${quoted.translation}</q>]</span
        >`
    : nothing}`;
}
