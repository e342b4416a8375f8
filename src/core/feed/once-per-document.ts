/**
 * Conversions of other formats (frab schedule JSON, iCalendar) run once per document. A module of its own,
 * apart from `adapted.ts`: the feed controller every page loads needs `AdaptedFeed` only, and only the
 * adapters (loaded on demand) need this, so a page without a converted feed never downloads it.
 */

/** Text documents remembered at once: a page shows a few feeds; each text is held by the feed store anyway. */
const TEXTS_REMEMBERED = 8;

/** A conversion under way, or one done: then held weakly (see `oncePerDocument`). */
type Remembered<T> = Promise<T> | WeakRef<T & object>;

/**
 * `convert` run once per document, however many elements show it: every element on one URL gets the same
 * body from the feed store, so two agendas on one .ics or frab feed share one conversion (and one console
 * note). A parsed document is remembered by identity while it lives; a text (a string cannot key a
 * WeakMap) by value, the last few only.
 *
 * A finished conversion is held weakly: elements keep the validated feed, not the converted one, so the
 * converted copy of a 10,000-session frab export (20,000 objects more than our own feed's path) no longer
 * lives as long as the parsed export does (an element's `data`) — issue 12 measured the frab path at 3.2×
 * plain DOM's heap. An element that shows the same document again while the copy lives reuses it; after
 * a garbage collection it converts again.
 */
export function oncePerDocument<T>(convert: (document: unknown, url: string | undefined) => Promise<T>) {
  const byObject = new WeakMap<object, Remembered<T>>();
  const byText = new Map<string, Remembered<T>>();
  const recall = (entry: Remembered<T> | undefined): Promise<T> | undefined => {
    if (entry === undefined || entry instanceof Promise) return entry;
    const value = entry.deref();
    return value === undefined ? undefined : Promise.resolve(value);
  };
  /** Converts, remembering the conversion under way, then (while `current` still says it is the latest) its result weakly. */
  const start = (document: unknown, url: string | undefined, remember: (entry: Remembered<T>) => void, current: () => Remembered<T> | undefined) => {
    const result = convert(document, url);
    remember(result);
    result.then(
      (value) => {
        if (current() === result && typeof value === 'object' && value !== null) remember(new WeakRef(value));
      },
      () => {}, // a failure stays remembered as it is: the same document fails the same way
    );
    return result;
  };
  return (document: unknown, url: string | undefined): Promise<T> => {
    if (typeof document === 'object' && document !== null) {
      return (
        recall(byObject.get(document)) ??
        start(document, url, (entry) => byObject.set(document, entry), () => byObject.get(document))
      );
    }
    if (typeof document !== 'string') return convert(document, url);
    const known = recall(byText.get(document));
    if (known) {
      const entry = byText.get(document)!;
      byText.delete(document); // most recently used last
      byText.set(document, entry);
      return known;
    }
    byText.delete(document); // a result collected: converted again below, as the most recent
    if (byText.size >= TEXTS_REMEMBERED) byText.delete(byText.keys().next().value!);
    return start(document, url, (entry) => byText.set(document, entry), () => byText.get(document));
  };
}
