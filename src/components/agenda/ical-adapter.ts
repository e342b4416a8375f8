import { AdaptedFeed } from '../../core/feed/adapted.js';
import { oncePerDocument } from '../../core/feed/once-per-document.js';
import { FeedError } from '../../core/feed/feed-error.js';
import { ICalendarFormatError, convertICalendar } from '../../feeds/ical.js';

/**
 * iCalendar text → our agenda feed, for `<ct-agenda>`; loaded (with ical.js) only when an agenda reads an
 * .ics feed. The conversion gives the main thread back between slices of work. What had to be left out
 * goes to the element's "not shown" note and, once, to the console; how the file was read where it was
 * not exact (notes) is said once in the console. One conversion per text, however many agendas show it.
 */
export const adaptICalendar = oncePerDocument(async (text, url) => {
  try {
    const { feed, skipped, notes } = await convertICalendar(String(text));
    if (notes.length) console.info(`ct-widgets: ${url ?? 'iCalendar feed'}:\n${notes.slice(0, 50).join('\n')}`);
    return new AdaptedFeed(feed, skipped);
  } catch (error) {
    if (error instanceof ICalendarFormatError) throw new FeedError('invalid', error.message, { url, path: error.path, cause: error });
    throw error;
  }
});
