import { html, type TemplateResult } from 'lit';
import { resolveLocalizedText, type LocalizedText } from './localized-text.js';

/**
 * Feed text in the element's language, always as a text binding (never markup). Text that falls back to
 * another language is wrapped in a `<span lang>` so it is pronounced and shaped right (and `dir="auto"`
 * so English inside Arabic keeps its own direction).
 */
export function renderText(value: LocalizedText, lang: string): TemplateResult | string {
  const resolved = resolveLocalizedText(value, lang);
  if (!resolved) return '';
  return resolved.lang ? html`<span lang=${resolved.lang} dir="auto">${resolved.text}</span>` : resolved.text;
}
