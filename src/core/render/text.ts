import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { directionOf, textDirection, type Direction } from '../i18n/language-tag.js';
import { resolveLocalizedText, type LocalizedText } from '../i18n/localized-text.js';

/**
 * Feed text in the element's language, always as a text binding (never markup). Text that falls back to
 * another language is wrapped in a `<span lang>` so it is pronounced and shaped right (and `dir="auto"`
 * so English inside Arabic keeps its own direction). A plain string's language is unknown ("Ms. Ana
 * Moreno" in an Arabic feed): when its first letter's direction is not the element's, it is isolated in
 * a `<bdi>` of that direction; otherwise it stays a bare text node (no wrapper on one-language pages).
 */
export function renderText(value: LocalizedText, lang: string): TemplateResult | string {
  const resolved = resolveLocalizedText(value, lang);
  if (!resolved) return '';
  if (resolved.lang) return html`<span lang=${resolved.lang} dir="auto">${resolved.text}</span>`;
  return typeof value === 'string' ? isolatedText(resolved.text, lang) : resolved.text;
}

/**
 * Text of unknown language inside content in `lang`: a `<bdi>` of the text's own direction when its first
 * letter's differs from `lang`'s (a URL in an Arabic release, an Arabic name in an English agenda), else
 * the bare text node, so that text already in its context's direction gains no element.
 */
export function isolatedText(text: string, lang: string): TemplateResult | string {
  const dir = textDirection(text);
  return dir && dir !== directionOf(lang) ? html`<bdi dir=${dir}>${text}</bdi>` : text;
}

export interface BlockText {
  text: string;
  /** Set only when the text fell back to another language than the element's. */
  lang?: string;
  /** The fallback language's direction, or `auto` for a plain string (language unknown). */
  dir?: Direction | 'auto';
}

/**
 * Feed text that fills a whole block (a paragraph, a heading, a quotation). When it falls back to another
 * language, the block itself must carry that `lang` and `dir`, not an inline span: otherwise an English
 * paragraph on an Arabic page is right-aligned and its quotation marks sit at the wrong ends.
 */
export function resolveBlockText(value: LocalizedText | undefined, lang: string): BlockText | undefined {
  const resolved = resolveLocalizedText(value, lang);
  if (!resolved) return undefined;
  if (resolved.lang) return { text: resolved.text, lang: resolved.lang, dir: directionOf(resolved.lang) };
  return typeof value === 'string' ? { text: resolved.text, dir: 'auto' } : { text: resolved.text };
}

/** A paragraph of feed text, carrying its own `lang` and `dir` when it fell back to another language (`dir="auto"` for a plain string). */
export function renderParagraph(value: LocalizedText, lang: string, part: string, className: string): TemplateResult {
  const text = resolveBlockText(value, lang);
  return html`<p part=${part} class=${className} lang=${ifDefined(text?.lang)} dir=${ifDefined(text?.dir)}>${text?.text}</p>`;
}
