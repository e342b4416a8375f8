import { FeedError } from '../../core/feed-error.js';
import { ICalendarFormatError, convertICalendar } from '../../feeds/ical.js';

/**
 * iCalendar text → our agenda feed, for `<ct-agenda>`; loaded (with ical.js) only when an agenda reads an
 * .ics feed. The conversion gives the main thread back between slices of work. What had to be left out
 * (faults) and how the file was read where it was not exact (notes) are said once in the console.
 */
export async function adaptICalendar(text: string, url: string | undefined): Promise<unknown> {
  try {
    const { feed, skipped, notes } = await convertICalendar(text);
    const source = url ?? 'iCalendar feed';
    if (skipped.length) console.warn(`ct-widgets: ${source}: ${skipped.length} item(s) left out:\n${skipped.slice(0, 50).join('\n')}`);
    if (notes.length) console.info(`ct-widgets: ${source}:\n${notes.slice(0, 50).join('\n')}`);
    return feed;
  } catch (error) {
    if (error instanceof ICalendarFormatError) throw new FeedError('invalid', error.message, { url, path: error.path, cause: error });
    throw error;
  }
}
