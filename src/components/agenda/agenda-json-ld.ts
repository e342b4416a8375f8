import { resolveLocalizedText } from '../../core/localized-text.js';
import type { AgendaSection } from '../../feeds/agenda.js';

const MARKER = 'data-ct-agenda-json-ld';

/**
 * schema.org `Event` with a `subEvent` per session, written into a `<script type="application/ld+json">`
 * in the element's light DOM where search engines read it. Built with JSON.stringify and `<` escaped,
 * so no feed string can close the script element.
 */
export function renderAgendaJsonLd(host: HTMLElement, data: AgendaSection): void {
  const lang = host.closest('[lang]')?.getAttribute('lang') ?? 'en';
  const text = (value: Parameters<typeof resolveLocalizedText>[0]) => resolveLocalizedText(value, lang)?.text;
  const rooms = new Map((data.rooms ?? []).map((room) => [room.id, text(room.name)]));
  const sessions = data.sessions;
  const document = {
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
      performer: session.speakers?.map((speaker) => ({ '@type': 'Person', name: speaker.name })),
    })),
  };
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${MARKER}]`);
  if (!script) {
    script = host.ownerDocument.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARKER, '');
    host.append(script);
  }
  const json = JSON.stringify(document).replace(/</g, '\\u003c');
  if (script.textContent !== json) script.textContent = json;
}
