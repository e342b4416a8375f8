import type { EventSection } from '../../feeds/event.js';
import { dayKey } from '../../core/time/zoned-time.js';
import { endOfDayIn, startOfDayIn } from '../../core/time/zoned-date.js';

export const EVENT_STATUSES = ['upcoming', 'live', 'ended', 'postponed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface EventTiming {
  status: EventStatus;
  /** When the event starts (local midnight of its first day in its time zone). */
  start: number;
  /** The next instant at which `status` changes on its own, if it will. */
  nextChange: number | undefined;
}

/**
 * Where an event stands at `now`: live while it is one of its days in its own time zone, so a reader in
 * Tokyo sees "live" exactly while it is 19 or 20 June in New York. A status set in the feed wins.
 */
export function eventTiming(event: EventSection, now: number): EventTiming {
  const start = startOfDayIn(event.startDate, event.timeZone);
  const end = endOfDayIn(event.endDate, event.timeZone);
  if (event.status) return { status: event.status, start, nextChange: undefined };
  const today = dayKey(now, event.timeZone);
  if (today < event.startDate) return { status: 'upcoming', start, nextChange: start };
  if (today > event.endDate) return { status: 'ended', start, nextChange: undefined };
  return { status: 'live', start, nextChange: end };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Countdown {
  value: number;
  unit: 'day' | 'hour' | 'minute';
  /** ISO 8601 duration for `<time datetime>`: `P12DT3H`. */
  duration: string;
}

/**
 * Time left, in the one unit a reader needs ("in 12 days", "in 5 hours", "in 42 minutes"): rounded up,
 * so it never says "in 0 minutes" before the start.
 */
export function countdown(start: number, now: number): Countdown {
  const left = Math.max(0, start - now);
  const days = Math.floor(left / DAY);
  const hours = Math.floor((left % DAY) / HOUR);
  const minutes = Math.ceil((left % HOUR) / MINUTE);
  const duration = `P${days ? `${days}D` : ''}T${hours}H${minutes}M`;
  if (left >= DAY) return { value: Math.floor(left / DAY), unit: 'day', duration };
  if (left >= HOUR) return { value: Math.floor(left / HOUR), unit: 'hour', duration };
  return { value: Math.max(1, Math.ceil(left / MINUTE)), unit: 'minute', duration };
}

/** How often the countdown needs a new value: every minute in the last day, hourly before. */
export function countdownTick(start: number, now: number): number {
  return start - now > DAY ? HOUR : MINUTE;
}
