import { html, nothing, type TemplateResult } from 'lit';
import { baseLanguage } from '../../core/i18n/language-tag.js';
import { resolveLocalizedText, type LocalizedText } from '../../core/i18n/localized-text.js';
import { isolatedText } from '../../core/render/text.js';
import { quotedWords, renderInlineQuotedWords } from '../../core/render/quotation.js';
import { isSafeUrl } from '../../core/security/safe-url.js';
import type { InlineRun, InlineText } from '../../feeds/press.js';

/** What text rendering needs to know: the language shown, the release's own language, allowed hosts. */
export interface TextContext {
  /** The element's content language (the `lang` of the article). */
  lang: string;
  /** The language plain strings of the release are written in. */
  releaseLang: string;
  /** Hosts hashtags and handles may link to. */
  socialHosts: ReadonlySet<string>;
}

const sameLanguage = (a: string, b: string) => baseLanguage(a) === baseLanguage(b);

/**
 * Feed text as a text binding. Text in another language than the article's (a fallback from a language
 * map, or a plain string of an English release shown on a French page) is marked with its `lang`.
 */
export function text(value: LocalizedText | undefined, ctx: TextContext): TemplateResult | string {
  const resolved = resolveLocalizedText(value, ctx.lang);
  if (!resolved) return '';
  const lang = resolved.lang ?? (typeof value === 'string' ? ctx.releaseLang : undefined);
  if (lang && !sameLanguage(lang, ctx.lang)) return html`<span lang=${lang} dir="auto">${resolved.text}</span>`;
  // A run that starts in the other direction (a URL written out in an Arabic release) is isolated, so it
  // neither reorders nor is reordered by its neighbours.
  return isolatedText(resolved.text, lang ?? ctx.lang);
}

/** The text only, in the best language: for JSON-LD, `title` attributes and share messages. */
export function plainText(value: InlineText | undefined, lang: string): string {
  if (value === undefined) return '';
  if (!Array.isArray(value)) return resolveLocalizedText(value, lang)?.text ?? '';
  return value
    .map((run) => {
      if (typeof run === 'string') return run;
      if ('text' in run) return resolveLocalizedText(run.text, lang)?.text ?? '';
      if ('hashtag' in run) return run.hashtag;
      if ('account' in run) return run.account;
      return run.email;
    })
    .join('');
}

function socialLink(label: string, url: string | undefined, ctx: TextContext, part: string): TemplateResult {
  const allowed = url !== undefined && isSafeUrl(url) && ctx.socialHosts.has(new URL(url).hostname);
  // <bdi>: a Latin "#CTWeek" inside Arabic text keeps its own direction and does not reorder its neighbours.
  return allowed
    ? html`<a part=${part} href=${url} rel="noopener noreferrer"><bdi>${label}</bdi></a>`
    : html`<bdi part=${part}>${label}</bdi>`;
}

function renderRun(run: InlineRun, ctx: TextContext): TemplateResult | string {
  if (typeof run === 'string') return text(run, ctx);
  if ('hashtag' in run) return socialLink(run.hashtag, run.url, ctx, 'hashtag');
  if ('account' in run) return socialLink(run.account, run.url, ctx, 'account');
  if ('email' in run) {
    const href = `mailto:${run.email}`;
    return isSafeUrl(href) ? html`<a part="email" href=${href}><bdi>${run.email}</bdi></a>` : html`<bdi>${run.email}</bdi>`;
  }
  const wrap = (inner: TemplateResult | string): TemplateResult | string => {
    let content = inner;
    if (run.emphasis) content = html`<em>${content}</em>`;
    if (run.strong) content = html`<strong>${content}</strong>`;
    if (run.href && isSafeUrl(run.href)) content = html`<a href=${run.href} rel="noopener noreferrer">${content}</a>`;
    return content;
  };
  if (run.original) {
    // Words quoted verbatim: the original, marked, and the reader's translation after it.
    const quoted = quotedWords(run.text, run.original, ctx.lang);
    return quoted ? renderInlineQuotedWords(quoted, ctx.lang, wrap) : '';
  }
  return wrap(
    run.lang ? html`<span lang=${run.lang} dir="auto">${resolveLocalizedText(run.text, ctx.lang)?.text ?? ''}</span>` : text(run.text, ctx),
  );
}

/** Running text: a localized string, or runs with emphasis, links, hashtags, handles and addresses. */
export function inline(value: InlineText, ctx: TextContext): TemplateResult | string | typeof nothing {
  if (!Array.isArray(value)) return text(value, ctx);
  return html`${value.map((run) => renderRun(run, ctx))}`;
}
