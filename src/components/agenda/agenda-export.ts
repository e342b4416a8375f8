import type { CalendarEvent } from '../../core/render/ics.js';
import { resolveLocalizedText } from '../../core/i18n/localized-text.js';
import type { AgendaSection } from '../../feeds/agenda.js';
import type { AgendaModel, SessionView } from './agenda-model.js';

/**
 * Downloads `sessions` as an iCalendar file: each event links back to its card on this page
 * (`#session-…`, the agenda's deep link) and carries its room's name in the content language.
 */
export async function downloadSessions(
  sessions: readonly SessionView[],
  fileName: string,
  { data, model, lang }: { data: AgendaSection; model: AgendaModel; lang: string },
): Promise<void> {
  if (sessions.length === 0) return;
  const page = `${location.origin}${location.pathname}${location.search}`;
  const events: CalendarEvent[] = sessions.map((view) => ({
    uid: `${view.id}@${location.host || 'ct-widgets'}`,
    title: resolveLocalizedText(view.session.title, lang)?.text ?? view.id,
    start: view.start,
    end: view.end,
    location: view.session.room ? resolveLocalizedText(model.rooms.get(view.session.room), lang)?.text : undefined,
    description: resolveLocalizedText(view.session.description, lang)?.text,
    url: `${page}#session-${view.id}`,
  }));
  const title = resolveLocalizedText(data.title, lang)?.text;
  // The iCalendar writer loads on first use: most readers never export (shared with ct-event-header).
  const { buildIcs, downloadText } = await import('../../core/render/ics.js');
  downloadText(fileName, buildIcs(events, { name: title }));
}
