/**
 * iCalendar (RFC 5545) output through ical.js, which handles escaping, line folding and the property
 * grammar that hand-written .ics files get wrong. Loaded on demand: only a click on "add to calendar"
 * pays for it. Times are written in UTC, which every calendar converts to its own zone, so daylight-saving
 * changes cannot shift an event.
 */
export interface CalendarEvent {
  uid: string;
  title: string;
  start: number;
  end: number;
  location?: string;
  description?: string;
  url?: string;
}

/** Who wrote the file, the same for every calendar file ct-widgets offers. */
export const ICS_PRODID = '-//United Nations//ct-widgets//EN';

export async function buildIcs(events: readonly CalendarEvent[], calendarName?: string): Promise<string> {
  const { default: ICAL } = await import('ical.js');
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', ICS_PRODID);
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  if (calendarName) calendar.updatePropertyWithValue('x-wr-calname', calendarName);
  const stamp = ICAL.Time.fromJSDate(new Date(), true);
  for (const item of events) {
    const component = new ICAL.Component('vevent');
    const event = new ICAL.Event(component);
    event.uid = item.uid;
    event.summary = item.title;
    event.startDate = ICAL.Time.fromJSDate(new Date(item.start), true);
    event.endDate = ICAL.Time.fromJSDate(new Date(item.end), true);
    if (item.location) event.location = item.location;
    if (item.description) event.description = item.description;
    component.addPropertyWithValue('dtstamp', stamp);
    if (item.url) component.addPropertyWithValue('url', item.url);
    calendar.addSubcomponent(component);
  }
  // ical.js ends lines with CRLF but not the last one; RFC 5545 wants every content line ended.
  return `${calendar.toString()}\r\n`;
}

/** Offers text as a file download, without a server round trip. */
export function downloadText(fileName: string, text: string, type = 'text/calendar'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; give them time before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
