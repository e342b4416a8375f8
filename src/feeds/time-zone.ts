const known = new Map<string, boolean>();

/**
 * Whether `Intl` knows the zone; feeds name zones as text and a typo must not throw at render time. Here,
 * with no import, so the feed schemas need nothing from the rendering code (`core/time/zoned-time.ts` re-exports it).
 */
export function isKnownTimeZone(timeZone: string): boolean {
  let answer = known.get(timeZone);
  if (answer === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      answer = true;
    } catch {
      answer = false;
    }
    if (known.size > 500) known.clear();
    known.set(timeZone, answer);
  }
  return answer;
}
