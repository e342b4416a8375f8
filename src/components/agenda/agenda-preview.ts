import { html, nothing, type TemplateResult } from 'lit';
import { renderText } from '../../core/render/text.js';
import type { AgendaSection } from '../../feeds/agenda.js';
import { applyFilters, type AgendaFilters } from './agenda-filters.js';
import { renderDay } from './agenda-day.js';
import { renderToolbar } from './agenda-toolbar.js';
import { buildAgendaModel } from './agenda-model.js';
import { effectiveFilters } from './agenda-state.js';
import type { Favourites } from './favourites.js';
import type { Marker } from './live-markers.js';
import { FIRST_SLICE, SessionSlices } from './session-slices.js';

/**
 * The first screen of a programme of thousands of sessions, shown while the rest is still being read
 * (issue 12: at 10,000 sessions the first screen waited for every session to be validated). The feed
 * reader validates the earliest sessions first (`earliestSessions`); the list in start order begins with
 * them, so whatever the filters, the first cards of the view among them are the view's first cards.
 */

/** Sessions read first: a first screen of any view whose first cards are among them (day 1, a search…). */
const FIRST_READ = 300;
const NO_MARKERS: ReadonlyMap<string, Marker> = new Map();
const NONE_OPEN: ReadonlySet<string> = new Set();
const ignore = () => undefined;

/**
 * For `FeedSource.readFirst`: the sessions that sort first by start, then end, then place in the feed
 * (the list's order), from raw, unvalidated items, used to choose what to validate first and nothing else.
 */
export function earliestSessions(items: readonly unknown[]): number[] {
  const field = (item: unknown, key: 'start' | 'end') => {
    const value = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? Date.parse(value) : NaN;
  };
  const starts = Float64Array.from(items, (item) => field(item, 'start'));
  // The FIRST_READ-th start by a native numeric sort (NaN last), then only what starts by then in order:
  // sorting 10,000 index objects by a comparator cost a first screen ~10 ms.
  const nth = Float64Array.from(starts).sort()[Math.min(FIRST_READ, items.length) - 1] ?? NaN;
  const last = Number.isNaN(nth) ? Infinity : nth; // fewer valid starts than that: every one of them
  const firstOnes: { index: number; start: number; end: number }[] = [];
  starts.forEach((start, index) => {
    if (start <= last) firstOnes.push({ index, start, end: field(items[index], 'end') });
  });
  firstOnes.sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  return firstOnes.slice(0, FIRST_READ).map((key) => key.index);
}

export interface PreviewContext {
  asked: AgendaFilters;
  lang: string;
  zones: { eventZone: string; viewerZone: string; zone: string };
  layout: 'list' | 'grid';
  favourites: Favourites;
  /** Heading levels of the title, the days and the sessions. */
  levels: readonly [number, number, number];
}

/**
 * The title, the toolbar's space and the view's first cards, from the sessions read first; `undefined`
 * (the placeholder stays) when they cannot be the view's first screen: a filter naming what they do not
 * hold, a week of a long programme, or fewer matches than a screen. The space is the toolbar itself,
 * built from them and hidden (what the whole programme adds to it, more day tabs or menu entries,
 * rarely changes its height). Inert: the buttons act once the whole programme is read, and `aria-busy`
 * tells assistive technology to wait for it.
 */
export function renderAgendaPreview(data: AgendaSection, { asked, lang, zones, layout, favourites, levels }: PreviewContext): TemplateResult | undefined {
  if (asked.week !== undefined) return undefined;
  const { zone } = zones;
  const model = buildAgendaModel(data, lang, zone);
  const { filters, ignored } = effectiveFilters(asked, model);
  if (ignored.length > 0) return undefined;
  const matches = applyFilters(model.sessions, filters, (id) => favourites.has(id));
  if (matches.length < FIRST_SLICE.list) return undefined;
  const [titleLevel, dayLevel, sessionLevel] = levels;
  return html`
    ${data.title ? html`<div class="agenda-title" role="heading" aria-level=${titleLevel}>${renderText(data.title, lang)}</div>` : nothing}
    <div class="toolbar-space" .inert=${true}>
      ${renderToolbar({ model, filters: { ...filters, layout }, lang, eventTimeZone: zones.eventZone, viewerTimeZone: zones.viewerZone, favouriteCount: favourites.size, live: false, onFilter: ignore, onClear: ignore, onDayKey: ignore, onJumpToNow: ignore, onDownloadDay: ignore, onDownloadMine: ignore })}
      <p class="summary">&nbsp;</p>
    </div>
    <div class="sessions list" .inert=${true}>${new SessionSlices(matches).visible().map(({ day, chunks }) => renderDay(day, chunks, { model, lang, zone, dayLevel, sessionLevel, grid: undefined, favourites, markers: NO_MARKERS, openIds: NONE_OPEN, highlightedId: undefined }))}</div>
  `;
}
