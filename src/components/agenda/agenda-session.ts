import { html, nothing, render, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderParagraph, renderText } from '../../core/render/text.js';
import { directionOf, textDirection } from '../../core/i18n/language-tag.js';
import { resolveLocalizedText, type LocalizedText } from '../../core/i18n/localized-text.js';
import { isSafeUrl } from '../../core/security/safe-url.js';
import { formatTime, formatTimeRange } from '../../core/time/zoned-time.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { uiMark, type UiMark } from '../../core/render/ui-text.js';
import { currentUiLocale } from '../../core/language/ui-language.js';
import { speakerRoleLabel } from '../../core/i18n/person-names.js';
import { formatLabel, languageName, linkLabel, sessionTypeLabel } from './agenda-labels.js';
import type { AgendaModel, SessionView } from './agenda-model.js';

export interface SessionContext {
  model: AgendaModel;
  lang: string;
  timeZone: string;
  headingLevel: number;
  /**
   * Grid placement, as CSS custom properties the grid layout reads (ignored by the list layout). Set
   * through CSSOM (`style.setProperty`), which a strict CSP allows, never a style attribute, which it blocks.
   */
  placement: Readonly<Record<string, string>>;
}

/** What a card shows that changes while it stays on the page: its details, star, live marker, highlight. */
export interface CardState {
  open: boolean;
  favourite: boolean;
  marker: 'now' | 'next' | undefined;
  highlighted: boolean;
}

/**
 * What a button in a card does, read by one click listener on the list (see `CtAgenda`). Per-card
 * closures would be new functions on every render, and Lit would re-attach thousands of listeners each
 * time a filter changes.
 */
export type SessionAction = 'toggle-details' | 'toggle-favourite' | 'calendar';

type Attributes = Readonly<Record<string, string | undefined>>;

/** An element with attributes (those `undefined` left out) and children; text always as text nodes. */
function el(tag: string, attributes: Attributes, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** The session each card was built for: search hides cards by it without reading their attributes (card-visibility.ts). */
export const cardViews = new WeakMap<Element, SessionView>();

/**
 * One session card, built as plain DOM. Every session stays in the DOM whatever its position (find in
 * page, print, screen readers and deep links all need it); long lists are rendered in slices (see
 * SessionSlices). Not a Lit template: a card template held ~23 parts (and their markers) per card, which
 * at 10,000 sessions were most of the agenda's memory and of its rendering time (issue 12). What changes
 * on a card later (details, star, marker, highlight) is set by `updateSessionCard`, on the same nodes, so
 * focus stays on the button a viewer pressed.
 */
export function buildSessionCard(view: SessionView, ctx: SessionContext, state: CardState): HTMLElement {
  const { session } = view;
  const { lang, timeZone } = ctx;
  const ui = uiMark(lang); // UI strings in cards: their own lang and dir when the content is in another
  const room = session.room ? ctx.model.rooms.get(session.room) : undefined;
  const track = session.track ? ctx.model.tracks.get(session.track) : undefined;
  const detailsId = `details-${view.id}`;
  const titleId = `title-${view.id}`;
  const meta = [session.type ? sessionTypeLabel(session.type) : undefined, session.format ? formatLabel(session.format) : undefined].filter(
    (item): item is string => Boolean(item),
  );
  const uiAttributes = { lang: ui.lang, dir: ui.dir };
  const article = el(
    'article',
    { 'aria-labelledby': titleId },
    el('p', { class: 'when' }, ...renderWhen(session.start, session.end, view.start, view.end, timeZone, lang)),
    el('div', { class: 'title', role: 'heading', 'aria-level': String(ctx.headingLevel), id: titleId, tabindex: '-1' }, textNodeOf(session.title, lang)),
  );
  if (meta.length || room || track) {
    const line = el('p', { class: 'meta' });
    for (const item of meta) line.append(el('span', uiAttributes, item), ' ');
    if (room) line.append(el('span', { part: 'room' }, textNodeOf(room, lang)), ' ');
    if (track) line.append(el('span', { part: 'track' }, textNodeOf(track, lang)));
    article.append(line);
  }
  const actions = el(
    'div',
    { class: 'actions', ...uiAttributes },
    el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': detailsId, 'data-action': 'toggle-details' }, msg('Details')),
  );
  if (session.type !== 'break') {
    actions.append(
      el('button', { type: 'button', part: 'favourite-button', 'aria-pressed': 'false', 'data-action': 'toggle-favourite' }, el('span', { 'aria-hidden': 'true' }, '☆'), ` ${msg('My agenda')}`),
    );
  }
  actions.append(
    el('button', { type: 'button', 'data-action': 'calendar' }, msg('Add to calendar')),
    el('a', { class: 'permalink', href: `#session-${view.id}` }, msg('Link to this session')),
  );
  const details = el('div', { id: detailsId, part: 'details', class: 'details' });
  details.hidden = true;
  article.append(actions, details);
  const card = el('div', { role: 'listitem', id: `session-${view.id}`, 'data-session-id': view.id }, article);
  for (const [name, value] of Object.entries(ctx.placement)) card.style.setProperty(name, value);
  cardViews.set(card, view);
  updateSessionCard(card, view, ctx, state, undefined);
  return card;
}

/** Brings a card built by `buildSessionCard` from state `before` (none: as built) to `state`. */
export function updateSessionCard(card: HTMLElement, view: SessionView, ctx: SessionContext, state: CardState, before: CardState | undefined): void {
  const { session } = view;
  const { marker, highlighted, open, favourite } = state;
  if (!before || before.marker !== marker || before.highlighted !== highlighted) {
    card.setAttribute('part', `session${marker ? ` session-${marker}` : ''}${highlighted ? ' session-highlighted' : ''}`);
    card.className = `session type-${session.type ?? 'other'}${highlighted ? ' highlighted' : ''}${marker ? ` ${marker}` : ''}`;
  }
  if (before ? before.marker !== marker : marker) {
    const when = card.querySelector('.when')!;
    when.querySelector('.marker')?.previousSibling?.remove(); // the space before it
    when.querySelector('.marker')?.remove();
    if (marker) {
      const ui = uiMark(ctx.lang);
      const label = marker === 'now' ? msg('Now') : msg('Next');
      when.append(' ', el('span', { part: `${marker}-marker`, class: `marker ${marker}`, lang: ui.lang, dir: ui.dir }, label));
    }
  }
  if (before ? before.open !== open : open) {
    const button = card.querySelector('[data-action="toggle-details"]')!;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? msg('Hide details') : msg('Details');
    const details = card.querySelector<HTMLElement>('.details')!;
    details.hidden = !open;
    // Details are rendered only while open: few cards are, and they carry most of a session's text.
    render(open ? renderDetails(view, ctx.lang, uiMark(ctx.lang)) : nothing, details);
  }
  if (before ? before.favourite !== favourite : favourite) {
    const button = card.querySelector('[data-action="toggle-favourite"]');
    button?.setAttribute('aria-pressed', String(favourite));
    if (button?.firstElementChild) button.firstElementChild.textContent = favourite ? '★' : '☆';
  }
}

/**
 * Start and end; a point in time (an iCalendar event with a start only, converted to a one-second
 * session) shows its start alone, not "10 a.m.–10 a.m.". A whole day stays "midnight–midnight".
 */
function renderWhen(start: string, end: string, startInstant: number, endInstant: number, timeZone: string, lang: string): (Node | string)[] {
  if (Date.parse(end) - Date.parse(start) < 60_000) return [el('time', { datetime: start }, formatTime(startInstant, timeZone, lang))];
  const range = formatTimeRange(startInstant, endInstant, timeZone, lang);
  return [el('time', { datetime: start }, range.from), range.separator, el('time', { datetime: end }, range.to)];
}

/**
 * `renderText` (core/render/text.ts) as DOM, for cards built without a template: the same `<span lang
 * dir="auto">`, `<bdi dir>` or bare text node, the text always as a text node. Here, not beside it, so
 * that the other elements' files do not carry it.
 */
function textNodeOf(value: LocalizedText, lang: string): Node {
  const resolved = resolveLocalizedText(value, lang);
  if (!resolved) return document.createTextNode('');
  let wrapper: HTMLElement | undefined;
  if (resolved.lang) {
    wrapper = document.createElement('span');
    wrapper.lang = resolved.lang;
    wrapper.dir = 'auto';
  } else if (typeof value === 'string') {
    const dir = textDirection(resolved.text);
    if (dir && dir !== directionOf(lang)) {
      wrapper = document.createElement('bdi');
      wrapper.dir = dir;
    }
  }
  if (!wrapper) return document.createTextNode(resolved.text);
  wrapper.textContent = resolved.text;
  return wrapper;
}

function renderDetails(view: SessionView, lang: string, ui: UiMark): TemplateResult {
  const { session } = view;
  const uiLang = currentUiLocale().lang;
  const uiText = (text: string) => (ui.lang ? html`<span lang=${ui.lang} dir=${ifDefined(ui.dir)}>${text}</span>` : text);
  return html`
    ${session.description ? renderParagraph(session.description, lang, 'description', 'description') : nothing}
    ${session.speakers?.length
      ? html`<p class="label" lang=${ifDefined(ui.lang)} dir=${ifDefined(ui.dir)}>${msg('Speakers')}</p>
          <ul class="people">
            ${session.speakers.map(
              (speaker) => html`<li>
                <bdi class="name">${renderText(speaker.name, lang)}</bdi>${speaker.role
                  ? html`, ${uiText(speakerRoleLabel(speaker.role, resolveLocalizedText(speaker.name, lang)?.text ?? ''))}`
                  : nothing}${speaker.title
                  ? html`, ${renderText(speaker.title, lang)}`
                  : nothing}${speaker.organization ? html`, ${renderText(speaker.organization, lang)}` : nothing}
              </li>`,
            )}
          </ul>`
      : nothing}
    ${view.organizerNames.length
      ? html`<p class="label" lang=${ifDefined(ui.lang)} dir=${ifDefined(ui.dir)}>${msg('Organizers')}</p>
          <ul class="people">${(session.organizers ?? []).map((name) => html`<li>${renderText(name, lang)}</li>`)}</ul>`
      : nothing}
    ${session.languages?.length
      ? html`<p lang=${ifDefined(ui.lang)} dir=${ifDefined(ui.dir)}><span class="label">${msg('Interpretation')}</span>: ${session.languages.map((tag) => languageName(tag, uiLang)).join(', ')}</p>`
      : nothing}
    ${session.links?.length
      ? html`<ul class="links">
          ${session.links
            .filter((link) => isSafeUrl(link.url))
            .map(
              (link) => html`<li>
                <a href=${link.url} rel="noopener noreferrer">${link.label ? renderText(link.label, lang) : uiText(linkLabel(link.kind))}</a>
              </li>`,
            )}
        </ul>`
      : nothing}
  `;
}
