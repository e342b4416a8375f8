import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '../i18n/localized-text.js';
import { renderParagraph, renderText } from '../render/text.js';

/**
 * The title and intro text that open a section-like element (figures, messages, speakers, timeline),
 * with the parts `title` and `description`; styled by `sectionHeaderStyles`.
 */
export function renderSectionHeader(
  title: LocalizedText | undefined,
  description: LocalizedText | undefined,
  lang: string,
  level: number,
): TemplateResult {
  return html`${title
    ? html`<div part="title" class="title" role="heading" aria-level=${level}>${renderText(title, lang)}</div>`
    : nothing}${description ? renderParagraph(description, lang, 'description', 'description') : nothing}`;
}
