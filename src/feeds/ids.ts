/**
 * Ids for things that converters name from free text (frab and iCalendar rooms, tracks, events): our
 * ids are 1–100 characters of `[A-Za-z0-9_.-]` (they end up in URLs and DOM ids), but room names come
 * in any script. Replacing every other character by "-" turned "قاعة ١" and "会议室" into the same id
 * "-", merging rooms. Here ASCII-safe characters stay readable and a name that loses any non-ASCII
 * character gets a short hash of the whole name, so different names give different ids, deterministically
 * (the same name gives the same id in every conversion, so links and saved filters keep working).
 * Clashes that remain ("A&B" and "A+B") are settled by counters. No imports: `src/feeds/` stands alone.
 */

const MAX = 100;
const UNSAFE_RUN = /[^A-Za-z0-9_.-]+/g;

/** FNV-1a over the UTF-16 code units, base 36: short, stable, and dependency free. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * The id a name maps to, without regard to other ids: `"Saal 1"` → `"Saal-1"`, `"会议室 A"` → `"A-1x9k2c"`,
 * `"قاعة"` → `"0q4v7b"`. Always 1–100 characters of `[A-Za-z0-9_.-]`; `fallback` (itself safe) for
 * an empty name.
 */
export function feedIdFrom(raw: string, fallback = 'x'): string {
  const slug = raw.replace(UNSAFE_RUN, '-').replace(/^-+|-+$/g, '');
  // Only non-ASCII loss calls for the hash: spaces and ASCII punctuation keep today's readable ids.
  const lostLetters = /[^\x00-\x7f]/.test(raw);
  if (!lostLetters) return slug.slice(0, MAX) || fallback;
  const hash = shortHash(raw);
  return slug ? `${slug.slice(0, MAX - hash.length - 1)}-${hash}` : hash;
}

/**
 * `feedIdFrom(raw)`, made unique among `used` by a counter (`-2`, `-3`, …, the base shortened so the
 * result never exceeds 100 characters), and added to `used`.
 */
export function uniqueFeedId(raw: string, used: Set<string>, fallback = 'x'): string {
  const base = feedIdFrom(raw, fallback);
  let id = base;
  // Where the counting stopped for this base, so 10,000 events with one id cost 10,000 steps, not 50 million.
  let counters = nextCounter.get(used);
  if (!counters) nextCounter.set(used, (counters = new Map<string, number>()));
  let n = counters.get(base) ?? 2;
  while (used.has(id)) {
    const suffix = `-${n}`;
    id = `${base.slice(0, MAX - suffix.length)}${suffix}`;
    n += 1;
  }
  counters.set(base, n);
  used.add(id);
  return id;
}

const nextCounter = new WeakMap<Set<string>, Map<string, number>>();

/**
 * A memo for names referred to again and again (a room named by each of its sessions): the same name
 * always gives the same id, different names always give different ids.
 */
export function feedIdMap(fallback = 'x'): (name: string) => string {
  const used = new Set<string>();
  const ids = new Map<string, string>();
  return (name) => {
    let id = ids.get(name);
    if (id === undefined) {
      id = uniqueFeedId(name, used, fallback);
      ids.set(name, id);
    }
    return id;
  };
}
