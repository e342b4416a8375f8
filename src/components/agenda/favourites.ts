/**
 * The personal agenda: session ids kept in localStorage per event, no account. Storage can be missing or
 * full (private modes, quotas); the agenda then still works for the visit, it just does not remember.
 */
export class Favourites {
  #ids: Set<string>;

  constructor(private readonly storageKey: string) {
    this.#ids = new Set(readIds(storageKey));
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  get size(): number {
    return this.#ids.size;
  }

  get ids(): ReadonlySet<string> {
    return this.#ids;
  }

  toggle(id: string): boolean {
    const marked = !this.#ids.has(id);
    if (marked) this.#ids.add(id);
    else this.#ids.delete(id);
    try {
      localStorage.setItem(this.storageKey, JSON.stringify([...this.#ids]));
    } catch {
      // Not persisted; kept in memory for this visit.
    }
    return marked;
  }
}

function readIds(key: string): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** The storage key of a personal agenda: `storage-key` if given, else one per feed URL (or inline feed). */
export function favouritesKey(storageKey: string | undefined, src: string | undefined): string {
  return `ct-agenda:favourites:${storageKey ?? (src ? absoluteOrAsGiven(src) : 'inline')}`;
}

/** A `src` that is no URL (the feed store reports it) is used as written. */
function absoluteOrAsGiven(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}
