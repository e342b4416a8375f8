import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDateRange } from '../../core/i18n/date-range.js';
import type { Direction } from '../../core/i18n/language-tag.js';
import { formatDay } from '../../core/time/zoned-time.js';
import type { ToolbarContext } from './agenda-toolbar.js';
import { byWeek, type AgendaWeek } from './agenda-weeks.js';

/** The language and direction of dates written in the content's language, when the UI's differ. */
export interface ContentMark {
  lang: string | undefined;
  dir: Direction | undefined;
}

/** The id of the tab that labels the session list, or undefined when no day tabs are shown. */
export function selectedTabId(days: readonly string[], day: string | undefined, week: string | undefined): string | undefined {
  if (byWeek(days) && !week) return undefined;
  return `tab-${day ?? 'all'}`;
}

/**
 * How the viewer picks a day. Up to DAY_TAB_LIMIT days: a tab per day, after "All days", as always.
 * Longer programmes: first a week — a menu of the weeks that have sessions, with previous and next week
 * buttons — then a day of that week as a tab, after "Whole week". The menu's first choice, "All weeks",
 * shows the whole programme and no day tabs. At most eight tabs, whatever the length of the programme.
 */
export function renderDayNavigation(ctx: ToolbarContext, content: ContentMark): TemplateResult {
  const { model, filters } = ctx;
  if (!byWeek(model.days)) return renderDayTabs(model.days, msg('All days'), ctx, content);
  const weeks = model.weeks;
  const index = weeks.findIndex((week) => week.start === filters.week);
  const week = weeks[index];
  // From "All weeks", the next week is the first one.
  const previous = index > 0 ? weeks[index - 1] : undefined;
  const next = weeks[index + 1];
  const go = (target: AgendaWeek | undefined) => target && ctx.onFilter({ week: target.start, day: undefined });
  return html`<div class="weeks" part="weeks" role="group" aria-label=${msg('Weeks')}>
      ${stepButton('previous', msg('Previous week'), previous, go)}
      <label class="week-menu">
        <span>${msg('Week')}</span>
        <select @change=${(event: Event) => ctx.onFilter({ week: (event.target as HTMLSelectElement).value || undefined, day: undefined })}>
          <option value="" ?selected=${!week}>${msg('All weeks')}</option>
          ${weeks.map(
            (option) =>
              html`<option value=${option.start} ?selected=${option === week} lang=${ifDefined(content.lang)} dir=${ifDefined(content.dir)}>
                ${formatDateRange(option.start, option.end, ctx.lang)}
              </option>`,
          )}
        </select>
      </label>
      ${stepButton('next', msg('Next week'), next, go)}
    </div>
    ${week ? renderDayTabs(week.days, msg('Whole week'), ctx, content) : nothing}`;
}

/**
 * Previous and next stay focusable at the ends (`aria-disabled`, not `disabled`): a keyboard user stepping
 * through the weeks keeps focus on the button instead of losing it to the page when the last week comes.
 * The arrow points the way the weeks run, so it is mirrored right to left (agenda.styles.ts).
 */
function stepButton(
  step: 'previous' | 'next',
  label: string,
  target: AgendaWeek | undefined,
  go: (target: AgendaWeek | undefined) => void,
): TemplateResult {
  const arrow = html`<span class="arrow" aria-hidden="true">${step === 'previous' ? '←' : '→'}</span>`;
  return html`<button type="button" class="step" part="week-${step}" aria-disabled=${target ? 'false' : 'true'} @click=${() => go(target)}>
    ${step === 'previous' ? arrow : nothing}${label}${step === 'next' ? arrow : nothing}
  </button>`;
}

/** The day tabs (the tab pattern: arrow keys move between them, see moveDayTab). */
function renderDayTabs(days: readonly string[], allLabel: string, ctx: ToolbarContext, content: ContentMark): TemplateResult {
  const { filters, lang } = ctx;
  const selectedDay = filters.day && days.includes(filters.day) ? filters.day : '';
  return html`<div role="tablist" aria-label=${msg('Days')} class="days" part="days" @keydown=${ctx.onDayKey}>
    ${['', ...days].map(
      (day) => html`<button
        type="button"
        role="tab"
        id="tab-${day || 'all'}"
        aria-selected=${day === selectedDay ? 'true' : 'false'}
        aria-controls="sessions"
        tabindex=${day === selectedDay ? '0' : '-1'}
        data-day=${day}
        @click=${() => ctx.onFilter({ day: day || undefined })}
      >
        ${day ? html`<span lang=${ifDefined(content.lang)} dir=${ifDefined(content.dir)}>${formatDay(day, lang, 'short')}</span>` : allLabel}
      </button>`,
    )}
  </div>`;
}

/**
 * The tab pattern's keys on the day tabs: arrow keys move to the next or previous tab (reversed right to
 * left), Home and End to the ends; the tab is chosen, and focused once `updated()` says it is rendered.
 */
export function moveDayTab(event: KeyboardEvent, root: ParentNode, dir: Direction, updated: () => Promise<unknown>): void {
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const current = tabs.indexOf(event.target as HTMLButtonElement);
  if (current < 0) return;
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const next =
    event.key === forward ? (current + 1) % tabs.length
    : event.key === back ? (current - 1 + tabs.length) % tabs.length
    : event.key === 'Home' ? 0
    : event.key === 'End' ? tabs.length - 1
    : -1;
  if (next < 0) return;
  event.preventDefault();
  tabs[next]!.click();
  void updated().then(() => root.querySelector<HTMLButtonElement>(`[role="tab"][aria-selected="true"]`)?.focus());
}
