import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderParagraph, renderText } from '../../core/render/text.js';
import { isSafeUrl } from '../../core/security/safe-url.js';
import { cssProperties } from '../../core/render/css-properties.js';
import { formatTime, formatTimeRange } from '../../core/time/zoned-time.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { uiMark, type UiMark } from '../../core/render/ui-text.js';
import { currentUiLocale } from '../../core/language/ui-language.js';
import { speakerRoleLabel } from '../../core/i18n/person-names.js';
import { resolveLocalizedText } from '../../core/i18n/localized-text.js';
import { formatLabel, languageName, linkLabel, sessionTypeLabel } from './agenda-labels.js';
import type { AgendaModel, SessionView } from './agenda-model.js';

export interface SessionContext {
  model: AgendaModel;
  lang: string;
  timeZone: string;
  headingLevel: number;
  open: boolean;
  favourite: boolean;
  marker: 'now' | 'next' | undefined;
  highlighted: boolean;
  /**
   * Grid placement, as CSS custom properties the grid layout reads (ignored by the list layout). Set
   * through CSSOM (`cssProperties`), which a strict CSP allows, never a style attribute, which it blocks.
   */
  placement: Readonly<Record<string, string>>;
}

/**
 * What a button in a card does, read by one click listener on the list (see `CtAgenda`). Per-card
 * closures would be new functions on every render, and Lit would re-attach thousands of listeners each
 * time a filter changes.
 */
export type SessionAction = 'toggle-details' | 'toggle-favourite' | 'calendar';

/**
 * One session card. Every session stays in the DOM whatever its position (find in page, print, screen
 * readers and deep links all need it); long lists are rendered in slices (see SessionSlices).
 */
export function renderSession(view: SessionView, ctx: SessionContext): TemplateResult {
  const { session } = view;
  const { lang, timeZone } = ctx;
  const ui = uiMark(lang); // UI strings in cards: their own lang and dir when the content is in another
  const room = session.room ? ctx.model.rooms.get(session.room) : undefined;
  const track = session.track ? ctx.model.tracks.get(session.track) : undefined;
  const detailsId = `details-${view.id}`;
  const titleId = `title-${view.id}`;
  const meta = [
    session.type ? sessionTypeLabel(session.type) : undefined,
    session.format ? formatLabel(session.format) : undefined,
  ].filter(Boolean);
  // Written without whitespace between tags: each line break would be one more text node per card, and
  // with 10,000 cards those nodes were a third of the DOM that a filter has to remove.
  return html`<div
    role="listitem"
    part="session${ctx.marker ? ` session-${ctx.marker}` : ''}${ctx.highlighted ? ' session-highlighted' : ''}"
    class="session type-${session.type ?? 'other'} ${ctx.highlighted ? 'highlighted' : ''} ${ctx.marker ?? ''}"
    id="session-${view.id}"
    data-session-id=${view.id}
    ${cssProperties(ctx.placement)}
    ><article aria-labelledby=${titleId}
      ><p class="when"
        >${renderWhen(session.start, session.end, view.start, view.end, timeZone, lang)}${ctx.marker === 'now'
          ? html` <span part="now-marker" class="marker now" lang=${ifDefined(ui.lang)} dir=${ifDefined(ui.dir)}>${msg('Now')}</span>`
          : ctx.marker === 'next'
            ? html` <span part="next-marker" class="marker next" lang=${ifDefined(ui.lang)} dir=${ifDefined(ui.dir)}>${msg('Next')}</span>`
            : nothing}</p
      ><div class="title" role="heading" aria-level=${ctx.headingLevel} id=${titleId} tabindex="-1">${renderText(session.title, lang)}</div
      >${meta.length || room || track
        ? html`<p class="meta"
            >${meta.map((item) => html`<span lang=${ifDefined(ui.lang)} dir=${ifDefined(ui.dir)}>${item}</span> `)}${room ? html`<span part="room">${renderText(room, lang)}</span> ` : nothing}${track
              ? html`<span part="track">${renderText(track, lang)}</span>`
              : nothing}</p
          >`
        : nothing}<div class="actions" lang=${ifDefined(ui.lang)} dir=${ifDefined(ui.dir)}
        ><button type="button" aria-expanded=${ctx.open ? 'true' : 'false'} aria-controls=${detailsId} data-action="toggle-details"
          >${ctx.open ? msg('Hide details') : msg('Details')}</button
        >${session.type === 'break'
          ? nothing
          : html`<button type="button" part="favourite-button" aria-pressed=${ctx.favourite ? 'true' : 'false'} data-action="toggle-favourite"
              ><span aria-hidden="true">${ctx.favourite ? '★' : '☆'}</span> ${msg('My agenda')}</button
            >`}<button type="button" data-action="calendar">${msg('Add to calendar')}</button
        ><a class="permalink" href="#session-${view.id}">${msg('Link to this session')}</a></div
      ><div id=${detailsId} part="details" class="details" ?hidden=${!ctx.open}>${ctx.open ? renderDetails(view, lang, ui) : nothing}</div></article
  ></div>`;
}

/**
 * Start and end; a point in time (an iCalendar event with a start only, converted to a one-second
 * session) shows its start alone, not "10 a.m.–10 a.m.". A whole day stays "midnight–midnight".
 */
function renderWhen(start: string, end: string, startInstant: number, endInstant: number, timeZone: string, lang: string): TemplateResult {
  if (Date.parse(end) - Date.parse(start) < 60_000) return html`<time datetime=${start}>${formatTime(startInstant, timeZone, lang)}</time>`;
  const range = formatTimeRange(startInstant, endInstant, timeZone, lang);
  return html`<time datetime=${start}>${range.from}</time>${range.separator}<time datetime=${end}>${range.to}</time>`;
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
