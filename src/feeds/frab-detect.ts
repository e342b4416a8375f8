/**
 * A frab document is recognised by its `schedule.conference` object. Apart from the reader (frab.ts), so
 * that an agenda can tell a frab schedule from our feed without loading the reader and its schemas.
 */
export function isFrabSchedule(json: unknown): boolean {
  const schedule = (json as { schedule?: { conference?: unknown } } | null)?.schedule;
  return typeof schedule === 'object' && schedule !== null && typeof schedule.conference === 'object';
}

