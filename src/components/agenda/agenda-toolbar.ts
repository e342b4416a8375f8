import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { uiMark } from '../../core/render/ui-text.js';
import { directionOf, type Direction } from '../../core/i18n/language-tag.js';
import { currentUiLocale } from '../../core/language/ui-language.js';
import { resolveLocalizedText, type LocalizedText } from '../../core/i18n/localized-text.js';
import { timeZoneName } from '../../core/time/zoned-time.js';
import type { SessionType } from '../../feeds/agenda.js';
import { hasNarrowingFilters, type AgendaFilters } from './agenda-filters.js';
import { renderDayNavigation } from './agenda-days.js';
import { sessionTypeLabel } from './agenda-labels.js';
import type { AgendaModel } from './agenda-model.js';

export interface ToolbarContext {
  model: AgendaModel;
  /** The effective filters (agenda-state.ts): every value names something in the programme. */
  filters: AgendaFilters;
  lang: string;
  eventTimeZone: string;
  viewerTimeZone: string;
  favouriteCount: number;
  live: boolean;
  onFilter: (change: Partial<AgendaFilters>) => void;
  onClear: () => void;
  onDayKey: (event: KeyboardEvent) => void;
  onJumpToNow: () => void;
  onDownloadDay: () => void;
  onDownloadMine: () => void;
}

/**
 * Day tabs (or weeks, then days: agenda-days.ts), filters, search and display choices. Every control is a
 * native element (button, select, input) so keyboard and assistive technology work without extra
 * scripting; the day tabs add the arrow-key movement the tab pattern promises.
 */
export function renderToolbar(ctx: ToolbarContext): TemplateResult {
  const { model, filters, lang } = ctx;
  const selectedDay = filters.day;
  // The toolbar is UI: in the UI language and direction; the feed's names and dates in it keep theirs.
  const ui = uiMark(lang);
  const uiLang = currentUiLocale().lang;
  const content = ui.lang ? { lang, dir: directionOf(lang) } : { lang: undefined, dir: undefined };
  return html`<div part="toolbar" class="toolbar" lang=${ifDefined(ui.lang)} dir=${ifDefined(ui.dir)}>
    ${renderDayNavigation(ctx, content)}
    <div class="filters" part="filters">
      <label class="search">
        <span>${msg('Search')}</span>
        <input
          type="search"
          .value=${filters.q ?? ''}
          placeholder=${msg('Titles, descriptions, speakers')}
          @input=${(event: Event) => ctx.onFilter({ q: (event.target as HTMLInputElement).value || undefined })}
        />
      </label>
      ${renderSelect(msg('Type'), 'type', filters.type, model.types.map((t) => [t, sessionTypeLabel(t as SessionType)]), ctx)}
      ${renderSelect(msg('Track'), 'track', filters.track, named(model.tracks, lang), ctx, content)}
      ${renderSelect(msg('Room'), 'room', filters.room, named(model.rooms, lang), ctx, content)}
      ${renderSelect(msg('Organizer'), 'organizer', filters.organizer, model.organizers.map((o) => [o, o]), ctx, content)}
    </div>
    <div class="choices">
      <button type="button" part="mine-toggle" aria-pressed=${filters.mine ? 'true' : 'false'} @click=${() => ctx.onFilter({ mine: !filters.mine })}>
        <span aria-hidden="true">★</span> ${msg(str`My agenda (${ctx.favouriteCount})`)}
      </button>
      <div role="group" aria-label=${msg('Times shown in')} class="segmented">
        <button type="button" aria-pressed=${filters.viewerTime ? 'false' : 'true'} @click=${() => ctx.onFilter({ viewerTime: false })}>
          ${msg(str`Event time (${timeZoneName(ctx.eventTimeZone, uiLang)})`)}
        </button>
        <button type="button" aria-pressed=${filters.viewerTime ? 'true' : 'false'} @click=${() => ctx.onFilter({ viewerTime: true })}>
          ${msg(str`My time (${timeZoneName(ctx.viewerTimeZone, uiLang)})`)}
        </button>
      </div>
      <div role="group" aria-label=${msg('View')} class="segmented">
        <button type="button" aria-pressed=${filters.layout === 'grid' ? 'false' : 'true'} @click=${() => ctx.onFilter({ layout: 'list' })}>
          ${msg('List')}
        </button>
        <button type="button" aria-pressed=${filters.layout === 'grid' ? 'true' : 'false'} @click=${() => ctx.onFilter({ layout: 'grid' })}>
          ${msg('Grid')}
        </button>
      </div>
      ${hasNarrowingFilters(filters) ? html`<button type="button" part="clear-filters" @click=${ctx.onClear}>${msg('Clear filters')}</button>` : nothing}
      ${ctx.live ? html`<button type="button" part="jump-to-now" @click=${ctx.onJumpToNow}>${msg('Jump to now')}</button>` : nothing}
      ${selectedDay ? html`<button type="button" @click=${ctx.onDownloadDay}>${msg('Download this day (.ics)')}</button>` : nothing}
      ${ctx.favouriteCount ? html`<button type="button" @click=${ctx.onDownloadMine}>${msg('Download my agenda (.ics)')}</button>` : nothing}
    </div>
  </div>`;
}

type FilterKey = 'type' | 'track' | 'room' | 'organizer';

function renderSelect(
  label: string,
  key: FilterKey,
  value: string | undefined,
  options: readonly (readonly [string, string])[],
  ctx: ToolbarContext,
  /** The language of the option names, when they are feed text in another language than the UI's. */
  content: { lang: string | undefined; dir: Direction | undefined } = { lang: undefined, dir: undefined },
): TemplateResult | typeof nothing {
  if (options.length < 2) return nothing; // a filter with one choice filters nothing
  return html`<label>
    <span>${label}</span>
    <select @change=${(event: Event) => ctx.onFilter({ [key]: (event.target as HTMLSelectElement).value || undefined })}>
      <option value="" ?selected=${!value}>${msg('All')}</option>
      ${options.map(
        ([id, name]) =>
          html`<option value=${id} ?selected=${id === value} lang=${ifDefined(content.lang)} dir=${ifDefined(content.dir)}>${name}</option>`,
      )}
    </select>
  </label>`;
}

function named(map: ReadonlyMap<string, LocalizedText>, lang: string): [string, string][] {
  return [...map].map(([id, name]) => [id, resolveLocalizedText(name, lang)?.text ?? id]);
}
