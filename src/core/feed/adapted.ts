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
