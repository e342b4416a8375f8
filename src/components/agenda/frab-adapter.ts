import { FeedError } from '../../core/feed-error.js';
import { FrabFormatError, convertFrab } from '../../feeds/frab.js';

/** One conversion per parsed document, however many agendas show it. */
const converted = new WeakMap<object, unknown>();

/** frab schedule JSON → our agenda feed; what had to be left out is said once in the console. */
export function adaptFrab(json: unknown, url: string | undefined): unknown {
  if (typeof json === 'object' && json !== null && converted.has(json)) return converted.get(json);
  try {
    const { feed, skipped } = convertFrab(json);
    if (skipped.length) {
      console.info(`ct-widgets: ${url ?? 'frab schedule'}: left out ${skipped.length} event(s):\n${skipped.slice(0, 20).join('\n')}`);
    }
    if (typeof json === 'object' && json !== null) converted.set(json, feed);
    return feed;
  } catch (error) {
    if (error instanceof FrabFormatError) throw new FeedError('invalid', error.message, { url, path: error.path });
    throw error;
  }
}
