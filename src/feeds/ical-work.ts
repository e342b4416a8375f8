import type ICAL from 'ical.js';
import type { Slicer } from './conversion.js';

/** Steps tried (candidate times ical.js checks against a rule), per series and for the whole calendar. */
export const STEPS_PER_SERIES = 20_000;
const STEPS_PER_CALENDAR = 100_000;

export class StepBudget {
  used = 0;
  get exhausted(): boolean {
    return this.used >= STEPS_PER_CALENDAR;
  }
}

/** Thrown from inside ical.js's search loop, between two rejected candidates, to pause or stop it. */
const PAUSE = new Error('paused between two candidates');

type SeriesEnd = 'done' | 'series-steps' | 'calendar-steps';

/**
 * The occurrences of one RRULE, as floating wall-clock times, bounded in steps tried and not only in
 * results: ical.js's `next()` loops inside itself until a candidate passes the rule's BYxxx filters, so a
 * rule that matches nothing (`FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=31`) never returns on its own. Each
 * candidate it checks is counted; between two rejected candidates the search is interrupted, which is
 * safe (a rejected candidate is skipped on resume either way), to yield to the page or to stop.
 * `visit` returns false to end the series early (its window is full).
 */
export async function eachOccurrence(
  rule: ICAL.Recur,
  start: ICAL.Time,
  budget: StepBudget,
  slicer: Slicer,
  visit: (time: ICAL.Time) => boolean,
): Promise<SeriesEnd> {
  const iterator = rule.iterator(start);
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its own iterator as `this`
  const check = iterator.check_contracting_rules;
  let tried = 0;
  const over = (): SeriesEnd | undefined => (tried >= STEPS_PER_SERIES ? 'series-steps' : budget.exhausted ? 'calendar-steps' : undefined);
  iterator.check_contracting_rules = function checkCounted(this: ICAL.RecurIterator) {
    const ok = check.call(this);
    tried += 1;
    budget.used += 1;
    if (!ok && (tried & 15) === 0 && (over() || slicer.due())) throw PAUSE;
    return ok;
  };
  for (;;) {
    let next: ICAL.Time | null;
    try {
      next = iterator.next();
    } catch (error) {
      if (error !== PAUSE) throw error;
      const end = over();
      if (end) return end;
      await slicer.pause();
      continue;
    }
    if (!next) return 'done';
    if (!visit(next.clone())) return 'done';
    const end = over();
    if (end) return end;
    await slicer.pause();
  }
}
