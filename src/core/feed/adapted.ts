/**
 * What an adapter from another format (frab schedule JSON, iCalendar) hands the feed controller when it
 * had to leave events out: the converted feed, and one line per event left out and why. The controller
 * counts those lines in the same "not shown" note as the items validation leaves out, and logs them once.
 * An adapter that leaves nothing out may return the feed itself.
 */
export class AdaptedFeed {
  constructor(
    readonly feed: unknown,
    /** `$.schedule.events[3].start: not a date-time with offset` — one line per event left out. */
    readonly skipped: readonly string[] = [],
  ) {}
}

/** Text documents remembered at once: a page shows a few feeds; each text is held by the feed store anyway. */
const TEXTS_REMEMBERED = 8;

/**
 * `convert` run once per document, however many elements show it: every element on one URL gets the same
 * body from the feed store, so two agendas on one .ics or frab feed share one conversion (and one console
 * note). A parsed document is remembered by identity while it lives; a text (a string cannot key a
 * WeakMap) by value, the last few only.
 */
export function oncePerDocument<T>(convert: (document: unknown, url: string | undefined) => Promise<T>) {
  const byObject = new WeakMap<object, Promise<T>>();
  const byText = new Map<string, Promise<T>>();
  return (document: unknown, url: string | undefined): Promise<T> => {
    if (typeof document === 'object' && document !== null) {
      let result = byObject.get(document);
      if (!result) byObject.set(document, (result = convert(document, url)));
      return result;
    }
    if (typeof document !== 'string') return convert(document, url);
    let result = byText.get(document);
    if (result) {
      byText.delete(document); // most recently used last
    } else {
      result = convert(document, url);
      if (byText.size >= TEXTS_REMEMBERED) byText.delete(byText.keys().next().value!);
    }
    byText.set(document, result);
    return result;
  };
}
