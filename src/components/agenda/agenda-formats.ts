import { isFrabSchedule } from '../../feeds/frab-detect.js';

/** `auto` reads a `src` ending in `.ics` as iCalendar, a frab/c3voc export by its `schedule.conference`. */
export type AgendaFormat = 'auto' | 'ct' | 'frab' | 'ical';

/** How the feed store reads the body: iCalendar is text, every other format JSON. */
export function agendaBodyType(src: string | undefined, format: AgendaFormat): 'json' | 'text' {
  const ics = src !== undefined && /\.ics(\?|#|$)/i.test(src);
  return format === 'ical' || (format === 'auto' && ics) ? 'text' : 'json';
}

/**
 * A foreign format read into our feed shape before validation. Each reader loads only when its format
 * comes, in its own chunk: the iCalendar parser (ical.js) for text, the frab reader for a schedule export.
 */
export function adaptAgendaFeed(json: unknown, url: string | undefined, format: AgendaFormat, showFirst?: (feed: unknown) => void): unknown {
  if (typeof json === 'string') return import('./ical-adapter.js').then(({ adaptICalendar }) => adaptICalendar(json, url));
  if (format === 'ct' || (format === 'auto' && !isFrabSchedule(json))) return json;
  return import('./frab-adapter.js').then(({ adaptFrabShowingFirst }) => adaptFrabShowingFirst(json, url, showFirst));
}
