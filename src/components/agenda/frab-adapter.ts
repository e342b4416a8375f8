import { AdaptedFeed } from '../../core/feed/adapted.js';
import { oncePerDocument } from '../../core/feed/once-per-document.js';
import { FeedError } from '../../core/feed/feed-error.js';
import { afterNextFrame } from '../../core/feed/next-frame.js';
import { FrabFormatError, convertFrabEarliest, convertFrabInSlices } from '../../feeds/frab.js';

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

/** Exports of more events than this show their earliest events while the rest is converted. */
const PREVIEW_ABOVE = 2000;
/** The earliest events converted first: a first screen of any view the earliest sessions begin. */
const PREVIEW_EVENTS = 300;

/**
 * `adaptFrab`, a large export's earliest events given to `showFirst` first (as our feed), and painted,
 * for a first screen while the whole export is converted. A document that is no schedule at all shows
 * nothing first: `adaptFrab` says what is wrong with it.
 */
export async function adaptFrabShowingFirst(json: unknown, url: string | undefined, showFirst?: (feed: unknown) => void): Promise<AdaptedFeed> {
  let first: unknown;
  try {
    first = showFirst && convertFrabEarliest(json, PREVIEW_EVENTS, PREVIEW_ABOVE)?.feed;
  } catch {
    first = undefined;
  }
  if (first) {
    showFirst!(first);
    await afterNextFrame();
  }
  return adaptFrab(json, url);
}
