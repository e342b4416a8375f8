import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProperties } from '../../core/render/css-properties.js';
import { formatDay } from '../../core/time/zoned-time.js';
import { currentUiLocale } from '../../core/language/ui-language.js';
import type { AgendaModel, SessionView } from './agenda-model.js';
import { renderSession } from './agenda-session.js';
import type { Favourites } from './favourites.js';
import type { GridPlacements } from './grid-layout.js';
import type { Marker } from './live-markers.js';

export interface DayContext {
  model: AgendaModel;
  lang: string;
  zone: string;
  /** Heading levels of the day and of its sessions (the element's headingLevelBelow(1) and (2)). */
  dayLevel: number;
  sessionLevel: number;
  grid: GridPlacements | undefined;
  favourites: Favourites;
  markers: ReadonlyMap<string, Marker>;
  openIds: ReadonlySet<string>;
  highlightedId: string | undefined;
}

const NO_PLACEMENT: Readonly<Record<string, string>> = {};

/** One day of the list or the grid: its heading, the grid's room headers, its sessions in chunks. */
export function renderDay(day: string, chunks: readonly (readonly SessionView[])[], ctx: DayContext): TemplateResult {
  const { model, lang, zone, dayLevel, sessionLevel: headingLevel, grid, favourites, markers, openIds, highlightedId } = ctx;
  const uiLang = currentUiLocale().lang; // the cards' buttons speak the UI language
  const cardState = (view: SessionView) =>
    `${openIds.has(view.id) ? 'o' : ''}${favourites.has(view.id) ? 'f' : ''}${markers.get(view.id) ?? ''}${highlightedId === view.id ? 'h' : ''};`;
  return html`<section part="day" class="day" aria-labelledby="day-${day}" ${grid?.dayStyle() ?? cssProperties(NO_PLACEMENT)}>
    <div class="day-title" role="heading" aria-level=${dayLevel} id="day-${day}">${formatDay(day, lang)}</div>
    ${grid ? grid.renderRoomHeaders(day, lang) : nothing}
    <div class="day-sessions" role="list">
      ${repeat(
        chunks,
        (_chunk, index) => index,
        // A chunk is rendered again only when one of its cards, or what every card shows, changed.
        (chunk) =>
          guard([chunk, model, lang, uiLang, zone, headingLevel, grid, chunk.map(cardState).join('')], () =>
            html`<div class="chunk">${repeat(
              chunk,
              (view) => view.id,
              (view) =>
                renderSession(view, {
                  model,
                  lang,
                  timeZone: zone,
                  headingLevel,
                  open: openIds.has(view.id),
                  favourite: favourites.has(view.id),
                  marker: markers.get(view.id),
                  highlighted: highlightedId === view.id,
                  placement: grid?.placement(view.id) ?? NO_PLACEMENT,
                }),
            )}</div>`,
          ),
      )}
    </div>
  </section>`;
}
