import type { AgendaSection } from './agenda.js';
import { FEED_VERSION } from './common.js';

/**
 * What the two converters of other formats (frab schedule JSON, iCalendar) share: the shape of their
 * result, the feed around the agenda they build, the links they keep, and the slicing of their work.
 */

/** A converter always lists the rooms its sessions name (none, when they name none). */
type ConvertedAgenda = AgendaSection & Required<Pick<AgendaSection, 'rooms'>>;

export interface AgendaConversion {
  /** A complete v1 feed of kind "agenda", to be validated like any other. */
  feed: { kind: 'agenda'; version: typeof FEED_VERSION; meta: { source: string }; agenda: ConvertedAgenda };
  /** One line per item left out, and why: `$.schedule.events[3].start: not a date-time with offset`. */
  skipped: string[];
  /** How the source was read where it was not exact (a zone replaced or placed by its offset), for the console. */
  notes: string[];
}

export function agendaConversion(source: string, agenda: ConvertedAgenda, skipped: string[], notes: string[]): AgendaConversion {
  return { feed: { kind: 'agenda', version: FEED_VERSION, meta: { source }, agenda }, skipped, notes };
}

/** A link a converter keeps: http(s) only (feeds allow mailto: too, but an event's URL is a page). */
export const httpUrl = (url: string | null | undefined): string | undefined => (url && /^https?:\/\/\S+$/i.test(url) ? url : undefined);

/**
 * Work in slices: whoever does a unit of work calls `due()`, and when the slice is used up `pause()`
 * gives the main thread back (input, rendering) before going on. 10 ms slices keep every task well under
 * the 200 ms a page may be blocked.
 */
export class Slicer {
  #sliceStart = now();
  constructor(private readonly sliceMs = 10) {}

  due(): boolean {
    return now() - this.#sliceStart > this.sliceMs;
  }

  async pause(): Promise<void> {
    if (!this.due()) return;
    await yieldToMain();
    this.#sliceStart = now();
  }
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
