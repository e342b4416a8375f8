/**
 * Feed text with lone surrogates (UTF-16 cut in the middle of an emoji, "…\uD83D") is no valid Unicode:
 * `encodeURIComponent` throws on it (a share link took the whole element down), and what a screen reader
 * or a TextEncoder makes of it varies. Validated feed sections pass through here once, so every string an
 * element gets is well formed, each lone surrogate replaced by U+FFFD as `String.prototype.toWellFormed`
 * does (ES2024; the expression below does the same where it is missing).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

type StringWithWellFormed = string & { isWellFormed?(): boolean; toWellFormed?(): string };

export function wellFormedString(value: string): string {
  const text = value as StringWithWellFormed;
  if (text.isWellFormed) return text.isWellFormed() ? value : text.toWellFormed!();
  return value.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * `value` with every string in it (keys too) well formed. Copies only the objects and arrays on the way
 * to a string that changed: a feed without lone surrogates comes back as the same object, and nothing a
 * caller passed (its own `.data`) is ever changed.
 */
export function makeWellFormed<T>(value: T): T {
  if (typeof value === 'string') return wellFormedString(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      const fixed = makeWellFormed(item);
      if (fixed !== item) (copy ??= [...value])[index] = fixed;
    }
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    // No allocation on the way through a well-formed feed (10,000 sessions are walked on every load).
    let copy: Record<string, unknown> | undefined;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      const fixed = makeWellFormed(item);
      const fixedKey = wellFormedString(key);
      if (fixed === item && fixedKey === key) continue;
      copy ??= { ...record };
      if (fixedKey !== key) delete copy[key];
      copy[fixedKey] = fixed;
    }
    return (copy ?? value) as T;
  }
  return value;
}
