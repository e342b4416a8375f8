/**
 * A heading level an author typed into an attribute, kept to 1–6 (`aria-level` allows nothing else): out of
 * range is brought into it (0 → 1, 9 → 6); what is not a number (`heading-level="h2"`) gets the fallback.
 */
export function clampHeadingLevel(level: number, fallback = 2): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : fallback;
}
