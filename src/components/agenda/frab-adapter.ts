import { AdaptedFeed } from '../../core/feed/adapted.js';
import { FeedError } from '../../core/feed-error.js';
import { FrabFormatError, convertFrabInSlices } from '../../feeds/frab.js';

/** One conversion per parsed document, however many agendas show it. */
const converted = new WeakMap<object, Promise<AdaptedFeed>>();

/**
 * frab schedule JSON → our agenda feed, with the events it had to leave out (counted in the element's
 * note). Converted in slices that give the main thread back: a 10,000-event export is one long task
 * otherwise.
 */
export function adaptFrab(json: unknown, url: string | undefined): Promise<AdaptedFeed> {
  const cached = typeof json === 'object' && json !== null ? converted.get(json) : undefined;
  if (cached) return cached;
  const adapted = convertFrabInSlices(json).then(
    ({ feed, skipped, notes }) => {
      // Once per document: the conversion is cached, however many agendas show it.
      if (notes.length) console.warn(`ct-widgets: ${url ?? 'frab schedule'}:\n${notes.join('\n')}`);
      return new AdaptedFeed(feed, skipped);
    },
    (error: unknown) => {
      if (error instanceof FrabFormatError) throw new FeedError('invalid', error.message, { url, path: error.path });
      throw error;
    },
  );
  if (typeof json === 'object' && json !== null) converted.set(json, adapted);
  return adapted;
}
