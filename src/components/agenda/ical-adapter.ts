import { FeedError } from '../../core/feed-error.js';
import { ICalendarFormatError, convertICalendar } from '../../feeds/ical.js';

/**
 * iCalendar text → our agenda feed, for `<ct-agenda>`; loaded (with ical.js) only when an agenda reads an
 * .ics feed. What had to be left out is said once in the console.
 */
export function adaptICalendar(text: string, url: string | undefined): unknown {
  try {
    const { feed, skipped } = convertICalendar(text);
    if (skipped.length) console.info(`ct-widgets: ${url ?? 'iCalendar feed'}:\n${skipped.slice(0, 20).join('\n')}`);
    return feed;
  } catch (error) {
    if (error instanceof ICalendarFormatError) throw new FeedError('invalid', error.message, { url, path: error.path, cause: error });
    throw error;
  }
}
