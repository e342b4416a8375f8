import { AdaptedFeed } from '../../core/feed/adapted.js';
import { oncePerDocument } from '../../core/feed/once-per-document.js';
import { FeedError } from '../../core/feed/feed-error.js';
import { FrabFormatError, convertFrabInSlices } from '../../feeds/frab.js';

/**
 * frab schedule JSON → our agenda feed, with the events it had to leave out (counted in the element's
 * note). Converted in slices that give the main thread back: a 10,000-event export is one long task
 * otherwise.
 */
export const adaptFrab = oncePerDocument((json, url) =>
  convertFrabInSlices(json).then(
    ({ feed, skipped, notes }) => {
      if (notes.length) console.warn(`ct-widgets: ${url ?? 'frab schedule'}:\n${notes.join('\n')}`);
      return new AdaptedFeed(feed, skipped);
    },
    (error: unknown) => {
      if (error instanceof FrabFormatError) throw new FeedError('invalid', error.message, { url, path: error.path });
      throw error;
    },
  ),
);
