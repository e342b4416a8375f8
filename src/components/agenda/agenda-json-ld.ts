import { syncJsonLd } from '../../core/render/json-ld.js';
import { resolveLocalizedText } from '../../core/i18n/localized-text.js';
import type { AgendaSection } from '../../feeds/agenda.js';

/**
 * schema.org `Event` with a `subEvent` per session, for search engines; written by the shared JSON-LD
 * helper (escaping, Trusted Types) into the element's light DOM.
 */
export function renderAgendaJsonLd(host: HTMLElement, data: AgendaSection, lang: string): void {
  const text = (value: Parameters<typeof resolveLocalizedText>[0]) => resolveLocalizedText(value, lang)?.text;
  const rooms = new Map((data.rooms ?? []).map((room) => [room.id, text(room.name)]));
  const sessions = data.sessions;
  syncJsonLd(host, {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text(data.title) ?? 'Programme',
    inLanguage: lang,
    startDate: sessions[0]?.start,
    endDate: sessions.reduce<string | undefined>((last, s) => (!last || Date.parse(s.end) > Date.parse(last) ? s.end : last), undefined),
    eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
    subEvent: sessions.map((session) => ({
      '@type': 'Event',
      '@id': `#session-${session.id}`,
      name: text(session.title),
      description: text(session.description),
      startDate: session.start,
      endDate: session.end,
      location: session.room ? { '@type': 'Place', name: rooms.get(session.room) ?? session.room } : undefined,
      performer: session.speakers?.map((speaker) => ({ '@type': 'Person', name: text(speaker.name) })),
    })),
  });
}
