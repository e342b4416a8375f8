import { AdaptedFeed } from '../../core/feed/adapted.js';
import { FeedError } from '../../core/feed-error.js';
import { FrabFormatError, convertFrab } from '../../feeds/frab.js';

/** One conversion per parsed document, however many agendas show it. */
const converted = new WeakMap<object, AdaptedFeed>();

/** frab schedule JSON → our agenda feed, with the events it had to leave out (counted in the element's note). */
export function adaptFrab(json: unknown, url: string | undefined): AdaptedFeed {
  const cached = typeof json === 'object' && json !== null ? converted.get(json) : undefined;
  if (cached) return cached;
  try {
    const { feed, skipped, notes } = convertFrab(json);
    // Once per document: the conversion is cached below, however many agendas show it.
    if (notes.length) console.warn(`ct-widgets: ${url ?? 'frab schedule'}:\n${notes.join('\n')}`);
    const adapted = new AdaptedFeed(feed, skipped);
    if (typeof json === 'object' && json !== null) converted.set(json, adapted);
    return adapted;
  } catch (error) {
    if (error instanceof FrabFormatError) throw new FeedError('invalid', error.message, { url, path: error.path });
    throw error;
  }
}
