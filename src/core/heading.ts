/** A heading level an author typed into an attribute, kept to 1–6 (`aria-level` allows nothing else). */
export function clampHeadingLevel(level: number, fallback = 2): number {
  return Math.min(6, Math.max(1, Math.round(level) || fallback));
}
