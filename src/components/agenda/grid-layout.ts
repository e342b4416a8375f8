import { html, type TemplateResult } from 'lit';
import { cssProperties } from '../../core/render/css-properties.js';
import { renderText } from '../../core/render/text.js';
import type { AgendaSection } from '../../feeds/agenda.js';
import type { SessionView } from './agenda-model.js';

/**
 * Where each session sits in the room grid: one column per room (in the feed's order), one row per
 * distinct start or end time of the day, so parallel sessions line up and long ones span rows. A session
 * without a room (a lunch break, say) spans every column unless a session in a room overlaps it; then it
 * keeps to the first column rather than cover that session. The values are CSS custom properties that only
 * the grid layout reads, so a narrow container simply shows the same DOM as a list.
 */
export function gridPlacements(sessions: readonly SessionView[], data: AgendaSection) {
  const rooms = (data.rooms ?? []).map((room) => room.id);
  for (const view of sessions) {
    if (view.session.room && !rooms.includes(view.session.room)) rooms.push(view.session.room);
  }
  const names = new Map((data.rooms ?? []).map((room) => [room.id, room.name]));
  const boundariesByDay = new Map<string, number[]>();
  for (const view of sessions) {
    const list = boundariesByDay.get(view.day) ?? [];
    list.push(view.start, view.end);
    boundariesByDay.set(view.day, list);
  }
  const rowIndex = new Map<string, Map<number, number>>();
  for (const [day, times] of boundariesByDay) {
    const sorted = [...new Set(times)].sort((a, b) => a - b);
    rowIndex.set(day, new Map(sorted.map((time, index) => [time, index + 1])));
  }
  const placements = new Map<string, Record<string, string>>();
  for (const view of sessions) {
    const rows = rowIndex.get(view.day)!;
    const column = view.session.room
      ? String(rooms.indexOf(view.session.room) + 1)
      : sessions.some((other) => other.session.room && other.day === view.day && other.start < view.end && view.start < other.end)
        ? '1'
        : '1 / -1';
    placements.set(view.id, {
      '--_ct-grid-column': column,
      '--_ct-grid-row': `${rows.get(view.start)} / ${rows.get(view.end)}`,
    });
  }
  return {
    placement: (id: string) => placements.get(id) ?? {},
    dayStyle: () => cssProperties({ '--_ct-grid-rooms': String(Math.max(1, rooms.length)) }),
    /** Column heads for sighted users; each card also names its room, so they are hidden from AT. */
    renderRoomHeaders: (_day: string, lang: string): TemplateResult =>
      html`<div class="room-headers" aria-hidden="true">
        ${rooms.map((id) => html`<div>${names.has(id) ? renderText(names.get(id)!, lang) : id}</div>`)}
      </div>`,
  };
}

export type GridPlacements = ReturnType<typeof gridPlacements>;
