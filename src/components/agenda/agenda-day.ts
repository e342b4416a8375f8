import { html, nothing, noChange, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProperties } from '../../core/render/css-properties.js';
import { formatDay } from '../../core/time/zoned-time.js';
import { currentUiLocale } from '../../core/language/ui-language.js';
import type { AgendaModel, SessionView } from './agenda-model.js';
import { buildSessionCard, updateSessionCard, type CardState, type SessionContext } from './agenda-session.js';
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
            html`<div class="chunk" ${chunkCards(chunk, { model, lang, uiLang, zone, headingLevel, grid, favourites, markers, openIds, highlightedId })}></div>`,
          ),
      )}
    </div>
  </section>`;
}

interface ChunkContext extends Omit<DayContext, 'dayLevel' | 'sessionLevel'> {
  uiLang: string;
  zone: string;
  headingLevel: number;
}

/**
 * The cards of one chunk, as plain DOM (see buildSessionCard): built once, and afterwards only the cards
 * whose state changed are updated, in place. A change of language, zone, heading level, grid or programme
 * builds the chunk's cards again.
 */
class ChunkCards extends Directive {
  /** What every card of the chunk was built for, and each card's state, packed (see `pack`), in chunk order. */
  #built: readonly unknown[] = [];
  #states: readonly number[] = [];

  render(_chunk: readonly SessionView[], _ctx: ChunkContext): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [chunk, ctx]: [readonly SessionView[], ChunkContext]): typeof noChange {
    const container = part.element;
    const built = [chunk, ctx.model, ctx.lang, ctx.uiLang, ctx.zone, ctx.headingLevel, ctx.grid];
    const rebuild = built.some((value, i) => value !== this.#built[i]);
    // Not rebuilt: the chunk is the same list, so its cards are the container's children in its order.
    const existing = rebuild ? undefined : container.children;
    const states: number[] = [];
    const cards: HTMLElement[] = [];
    chunk.forEach((view, index) => {
      const sessionCtx: SessionContext = { model: ctx.model, lang: ctx.lang, timeZone: ctx.zone, headingLevel: ctx.headingLevel, placement: ctx.grid?.placement(view.id) ?? NO_PLACEMENT };
      const state: CardState = {
        open: ctx.openIds.has(view.id),
        favourite: ctx.favourites.has(view.id),
        marker: ctx.markers.get(view.id),
        highlighted: ctx.highlightedId === view.id,
      };
      states.push(pack(state));
      const card = existing?.[index] as HTMLElement | undefined;
      if (card) updateSessionCard(card, view, sessionCtx, state, unpack(this.#states[index]!));
      cards.push(card ?? buildSessionCard(view, sessionCtx, state));
    });
    // Cards built again keep what search set on the ones they replace (card-visibility.ts).
    if (rebuild) {
      const hidden = new Set([...container.children].filter((card) => (card as HTMLElement).hidden).map((card) => (card as HTMLElement).dataset['sessionId']));
      for (const card of cards) card.hidden = hidden.has(card.dataset['sessionId']);
      container.replaceChildren(...cards);
    }
    this.#built = built;
    this.#states = states;
    return noChange;
  }
}

/**
 * A card's state as one small integer: kept for every card on the page, a `CardState` object each (plus
 * a map per chunk) was ~0.7 MB of the agenda's heap at 10,000 sessions (issue 12, frab feed at 3× plain DOM).
 */
const pack = ({ open, favourite, marker, highlighted }: CardState): number =>
  (open ? 1 : 0) | (favourite ? 2 : 0) | (marker === 'now' ? 4 : marker === 'next' ? 8 : 0) | (highlighted ? 16 : 0);

const unpack = (packed: number): CardState => ({
  open: (packed & 1) !== 0,
  favourite: (packed & 2) !== 0,
  marker: packed & 4 ? 'now' : packed & 8 ? 'next' : undefined,
  highlighted: (packed & 16) !== 0,
});

const chunkCards = directive(ChunkCards);
