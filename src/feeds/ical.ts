import ICAL from 'ical.js';
import type { AgendaSession } from './agenda.js';
import { type AgendaConversion, Slicer, agendaConversion, httpUrl } from './conversion.js';
import { feedIdMap, uniqueFeedId } from './ids.js';
import { readCalendar, type CalendarText, type Block } from './ical-text.js';
import { type Local, type Resolved, type Zone, UTC_ZONE, matchingIana, vtimezoneZone, zoneByName } from './ical-zones.js';
import { STEPS_PER_SERIES, StepBudget, eachOccurrence } from './ical-work.js';
import {
  type When,
  addDays,
  cleanTzid,
  dayOf,
  fieldsOf,
  isRepeating,
  occurrenceKey,
  parseBlock,
  readWhen,
  recurrenceKey,
  safeValue,
  safeValues,
  stringValue,
} from './ical-values.js';

/** Text that is not an iCalendar file at all (single events with faults are left out, not fatal). */
export class ICalendarFormatError extends Error {
  readonly path = '$';
}

export interface ICalendarOptions {
  /** The present, for the window repeating events are shown in (tests pass a fixed one). */
  now?: number;
}

/** `feed`, with `skipped` (faults in the file: an event, occurrence or repeat rule left out, and why) and `notes`. */
export type ICalendarResult = AgendaConversion;

/** A session a repeating event makes, at most, and the span its occurrences are shown over. */
const MAX_OCCURRENCES = 500;
const DAY = 86_400_000;
const SPAN = 366 * DAY;
/** How far back a running series starts: last month's sessions stay visible, older ones are history. */
const LOOK_BACK = 30 * DAY;
const MAX_SESSIONS = 20_000;

/**
 * iCalendar (RFC 5545) → our agenda feed, for `<ct-agenda format="ical">` and `ct-feed convert`.
 *
 * - Every time is the instant its producer meant, whatever the reader's zone: a TZID is read by the
 *   file's own VTIMEZONE (held by this calendar only, never registered globally), else as an IANA name,
 *   a Windows zone id, or an Exchange display name ("(UTC+10:00) Canberra, Melbourne, Sydney"); floating
 *   times and dates in the calendar's own zone (X-WR-TIMEZONE, X-LIC-LOCATION, its only VTIMEZONE, the
 *   zone most of its events use), else UTC.
 * - A faulty item is left out, never the calendar: a line that does not parse is dropped (its event too
 *   if it was DTSTART), a faulty event is listed in `skipped`.
 * - A DATE-TIME start alone is an instant (RFC 5545 §3.6.1): a point session, whose end is one second
 *   after its start, as our schema wants an end after the start. A DATE start alone lasts the day.
 * - A repeating event is shown over a window: from a month before now (or its first date, if later) for
 *   a year, at most 500 sessions; a series that ended before that window is shown over its first year.
 *   The search for dates is bounded in steps tried (ical-work.ts), and all work is done in slices that
 *   give the main thread back every 10 ms of work or so.
 *
 * Not exported from the feeds index: the agenda loads it, with ical.js, only when it reads an .ics feed.
 */
export async function convertICalendar(text: string, options: ICalendarOptions = {}): Promise<ICalendarResult> {
  const slicer = new Slicer();
  let calendar: CalendarText;
  try {
    calendar = await readCalendar(text, slicer);
  } catch (error) {
    throw new ICalendarFormatError(`$: Not an iCalendar file: ${(error as Error).message}`, { cause: error });
  }
  const reader = new CalendarReader(calendar, options.now ?? Date.now(), slicer);
  return reader.read();
}

interface Parsed {
  index: number;
  component: ICAL.Component;
  where: string;
}

class CalendarReader {
  readonly skipped: string[] = [];
  readonly #notes = new Set<string>();
  readonly #zones = new Map<string, Zone>();
  readonly #resolved = new Map<string, Zone>();
  readonly #budget = new StepBudget();
  readonly #sessions: AgendaSession[] = [];
  /** Room name → id: distinct names keep distinct ids in any script (ids.ts, shared with frab). */
  readonly #roomId = feedIdMap('room');
  readonly #rooms = new Map<string, string>();
  readonly #sessionIds = new Set<string>();
  #calendarZone: Zone = UTC_ZONE;

  constructor(
    private readonly calendar: CalendarText,
    private readonly now: number,
    private readonly slicer: Slicer,
  ) {}

  async read(): Promise<ICalendarResult> {
    const { blocks, properties } = this.calendar;
    for (const problem of this.calendar.problems) this.skipped.push(problem);
    let licLocation = '';
    for (const block of blocks.filter((b) => b.name === 'VTIMEZONE')) {
      const component = this.#parse(block);
      if (!component) continue;
      const tzid = cleanTzid(stringValue(component, 'tzid'));
      licLocation ||= stringValue(component, 'x-lic-location');
      if (!tzid) {
        this.#note('a VTIMEZONE without TZID was ignored: no time can refer to it');
        continue;
      }
      const zone = vtimezoneZone(component, tzid);
      if (zone) this.#zones.set(tzid, zone);
      else this.#note(`VTIMEZONE "${tzid}" does not define a usable zone: times in it are read by its name`);
      await this.slicer.pause();
    }

    const events: Parsed[] = [];
    let index = 0;
    for (const block of blocks) {
      if (block.name !== 'VEVENT') continue;
      index += 1;
      const component = this.#parse(block, `VEVENT ${index}`);
      if (component) events.push({ index, component, where: `VEVENT ${index} (${stringValue(component, 'summary') || 'untitled'})` });
      await this.slicer.pause();
    }

    const others = blocks.filter((b) => b.name !== 'VEVENT' && b.name !== 'VTIMEZONE').map((b) => b.name);
    if (others.length) this.#note(`${[...new Set(others)].join(', ')}: not events, not shown (${others.length})`);
    this.#calendarZone = this.#chooseCalendarZone(properties.get('X-WR-TIMEZONE') ?? '', licLocation, events);

    const overrides = new Map<string, Parsed[]>();
    const masters = new Map<string, Parsed>();
    for (const event of events) {
      const uid = stringValue(event.component, 'uid');
      if (event.component.getFirstProperty('recurrence-id')) {
        if (!overrides.has(uid)) overrides.set(uid, []);
        overrides.get(uid)!.push(event);
      } else if (uid && isRepeating(event.component) && !masters.has(uid)) {
        masters.set(uid, event);
      }
    }
    for (const event of events) {
      if (this.#sessions.length >= MAX_SESSIONS) {
        this.skipped.push(`${event.where}: more than ${MAX_SESSIONS} sessions in the calendar; the rest are left out`);
        continue;
      }
      const uid = stringValue(event.component, 'uid');
      const isOverride = Boolean(event.component.getFirstProperty('recurrence-id'));
      try {
        if (isOverride && masters.has(uid)) continue; // shown with its series
        if (!isOverride && isRepeating(event.component) && masters.get(uid) !== event && uid) {
          this.skipped.push(`${event.where}: a second repeating event with UID ${uid}`);
          continue;
        }
        if (isRepeating(event.component) && !isOverride) await this.#series(event, overrides.get(uid) ?? []);
        else this.#single(event, isOverride ? `-${recurrenceKey(event.component)}` : '');
      } catch (error) {
        this.skipped.push(`${event.where}: ${(error as Error).message}`);
      }
      await this.slicer.pause();
    }

    const title = properties.get('X-WR-CALNAME');
    const starts = this.#sessions.slice(0, 50).map((session) => Date.parse(session.start));
    const agenda = {
      ...(title ? { title } : {}),
      timeZone: matchingIana(this.#calendarZone, starts) ?? 'UTC',
      rooms: [...this.#rooms].map(([name, id]) => ({ id, name })),
      sessions: this.#sessions,
    };
    return agendaConversion('Converted from iCalendar', agenda, this.skipped, [...this.#notes]);
  }

  #note(text: string) {
    this.#notes.add(text);
  }

  /** A block → component, or left out; lines that cannot be read are noted. */
  #parse(block: Block, where = block.name): ICAL.Component | undefined {
    const { component, skipped, note } = parseBlock(block, where);
    if (skipped) this.skipped.push(skipped);
    if (note) this.#note(note);
    return component;
  }

  /** A zone by TZID: the file's own VTIMEZONE, else the name, else the calendar's zone (said once). */
  #zone(tzid: string | undefined): Zone {
    if (!tzid) return this.#calendarZone;
    const known = this.#resolved.get(tzid);
    if (known) return known;
    let resolved = this.#byName(tzid);
    if (!resolved) {
      resolved = { zone: this.#calendarZone, note: `time zone "${tzid}" is not known: its times are read in the calendar's zone (${this.#calendarZone.name})` };
    }
    if (resolved.note) this.#note(resolved.note);
    this.#resolved.set(tzid, resolved.zone);
    return resolved.zone;
  }

  /** A zone by name: the file's own VTIMEZONE of that TZID, else the name read as zones are named. */
  #byName(tzid: string): Resolved | undefined {
    const own = this.#zones.get(tzid);
    return own ? { zone: own } : zoneByName(tzid);
  }

  #chooseCalendarZone(wrTimeZone: string, licLocation: string, events: Parsed[]): Zone {
    for (const name of [wrTimeZone, licLocation]) {
      const resolved = this.#byName(cleanTzid(name));
      if (resolved) return resolved.zone;
    }
    if (this.#zones.size === 1) return [...this.#zones.values()][0]!;
    // The zone most of the events' starts name, among those that can be read.
    const counts = new Map<string, number>();
    for (const { component } of events) {
      const tzid = cleanTzid(String(component.getFirstProperty('dtstart')?.getParameter('tzid') ?? ''));
      if (tzid) counts.set(tzid, (counts.get(tzid) ?? 0) + 1);
    }
    for (const [tzid] of [...counts].sort((a, b) => b[1] - a[1])) {
      const zone = this.#byName(tzid)?.zone;
      if (zone) return zone;
    }
    return UTC_ZONE;
  }

  /** Start and end instants of an event, or why it cannot be shown. */
  #span(component: ICAL.Component): { start: number; end: number; when: When; zone: Zone; days?: number } {
    const when = readWhen(component, 'dtstart');
    if (!when) throw new Error('no DTSTART, or one that cannot be read');
    const zone = this.#zone(when.tzid);
    const startZone = when.utc ? UTC_ZONE : zone;
    const start = when.isDate ? zone.instant(when.local) : startZone.instant(when.local);
    const endWhen = component.getFirstProperty('dtend') ? readWhen(component, 'dtend') : undefined;
    if (component.getFirstProperty('dtend') && !endWhen) throw new Error('DTEND cannot be read');
    let end: number;
    let days: number | undefined;
    if (endWhen) {
      if (when.isDate) {
        days = Math.round((Date.UTC(endWhen.local.year, endWhen.local.month - 1, endWhen.local.day) - Date.UTC(when.local.year, when.local.month - 1, when.local.day)) / DAY);
        end = zone.instant(addDays(when.local, days));
      } else {
        end = (endWhen.utc ? UTC_ZONE : this.#zone(endWhen.tzid ?? when.tzid)).instant(endWhen.local);
      }
    } else if (component.getFirstProperty('duration')) {
      const duration = component.getFirstPropertyValue('duration');
      if (!(duration instanceof ICAL.Duration)) throw new Error('DURATION cannot be read');
      if (duration.isNegative && duration.toSeconds() !== 0) throw new Error('DURATION is negative: it ends before it starts');
      const wholeDays = duration.weeks * 7 + duration.days;
      const rest = ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
      // Days are calendar days (a day may have 23 or 25 hours), hours are exact (RFC 5545 §3.3.6).
      const base = when.isDate || when.utc ? (when.isDate ? zone : UTC_ZONE) : zone;
      end = base.instant(addDays(when.local, wholeDays)) + rest;
      if (when.isDate && rest === 0) days = wholeDays;
    } else if (when.isDate) {
      days = 1;
      end = zone.instant(addDays(when.local, 1));
    } else {
      end = start; // an instant
    }
    if (!Number.isFinite(start) || !Number.isFinite(end)) throw new Error('a date that cannot be placed in time');
    if (end < start) throw new Error('ends before it starts');
    return { start, end, when, zone, days };
  }

  #single(event: Parsed, idSuffix: string) {
    const { start, end } = this.#span(event.component);
    this.#add(event.component, start, end, `${stringValue(event.component, 'uid') || `event-${event.index}`}${idSuffix}`, event.where);
  }

  async #series(event: Parsed, overrides: Parsed[]) {
    const { component, where } = event;
    const { start, end, when, zone, days } = this.#span(component);
    const duration = end - start;
    const seriesZone = when.utc ? UTC_ZONE : zone;
    const toInstant = (local: Local) => seriesZone.instant(local);
    const from = Math.max(start, this.now - LOOK_BACK);
    const until = from + SPAN;
    const head: number[] = [];
    const window: number[] = [];
    let cut = false;
    const floatingStart = ICAL.Time.fromData({ ...when.local, isDate: when.isDate });
    for (const property of component.getAllProperties('rrule')) {
      const rule = safeValue(property) as ICAL.Recur | undefined;
      if (!(rule instanceof ICAL.Recur)) {
        this.skipped.push(`${where}: an RRULE cannot be read`);
        continue;
      }
      if (rule.until && rule.until.zone === ICAL.Timezone.utcTimezone && !when.utc) {
        // UNTIL in UTC, the series in local time: compare like with like.
        const local = seriesZone.local(rule.until.toUnixTime() * 1000);
        rule.until = ICAL.Time.fromData({ ...local, isDate: false });
      }
      const ended = await eachOccurrence(rule, floatingStart, this.#budget, this.slicer, (time) => {
        const at = toInstant({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second });
        if (at < from) {
          if (head.length < MAX_OCCURRENCES && at < start + SPAN) head.push(at);
          return true;
        }
        if (at >= until || window.length >= MAX_OCCURRENCES) {
          cut = true;
          return false;
        }
        window.push(at);
        return true;
      });
      if (ended === 'series-steps') this.skipped.push(`${where}: its repeat rule found no further date in ${STEPS_PER_SERIES} tries; the rest are left out`);
      if (ended === 'calendar-steps') this.skipped.push(`${where}: the calendar's repeat rules took too many tries; the rest are left out`);
    }
    const chosen = new Set(window.length ? window : head);
    for (const property of component.getAllProperties('rdate')) {
      for (const value of safeValues(property)) {
        const time = value instanceof ICAL.Period ? value.start : value;
        if (!(time instanceof ICAL.Time)) continue;
        const local = fieldsOf(time);
        const tzid = cleanTzid(String(property.getParameter('tzid') ?? '')) || when.tzid;
        if (chosen.size < MAX_OCCURRENCES) chosen.add(time.zone === ICAL.Timezone.utcTimezone ? UTC_ZONE.instant(local) : this.#zone(tzid).instant(local));
      }
    }
    const excluded = new Set<number | string>();
    for (const property of component.getAllProperties('exdate')) {
      const tzid = cleanTzid(String(property.getParameter('tzid') ?? '')) || when.tzid;
      for (const value of safeValues(property)) {
        if (!(value instanceof ICAL.Time)) continue;
        // A DATE excludes that day; a DATE-TIME the occurrence at that instant (RFC 5545 §3.8.5.1).
        if (value.isDate) excluded.add(dayOf(fieldsOf(value)));
        else excluded.add(value.zone === ICAL.Timezone.utcTimezone ? UTC_ZONE.instant(fieldsOf(value)) : this.#zone(tzid).instant(fieldsOf(value)));
      }
    }
    const moved = new Map<number, Parsed>();
    for (const override of overrides) {
      const id = readWhen(override.component, 'recurrence-id');
      if (!id) continue;
      moved.set(id.utc ? UTC_ZONE.instant(id.local) : this.#zone(id.tzid ?? when.tzid).instant(id.local), override);
    }
    const base = stringValue(component, 'uid') || `event-${event.index}`;
    for (const at of [...chosen].sort((a, b) => a - b)) {
      if (excluded.has(at) || excluded.has(dayOf(seriesZone.local(at)))) continue;
      const key = occurrenceKey(at);
      const override = moved.get(at);
      if (override) {
        moved.delete(at);
        try {
          const span = this.#span(override.component);
          this.#add(override.component, span.start, span.end, `${base}-${key}`, `${where} on ${key}`);
        } catch (error) {
          this.skipped.push(`${override.where}: ${(error as Error).message}`);
        }
        continue;
      }
      const occurrenceEnd = days !== undefined ? seriesZone.instant(addDays(seriesZone.local(at), days)) : at + duration;
      this.#add(component, at, occurrenceEnd, `${base}-${key}`, `${where} on ${key}`);
    }
    if (cut) this.#note(`${where}: repeats beyond what is shown (a year from ${new Date(from).toISOString().slice(0, 10)}, at most ${MAX_OCCURRENCES} sessions)`);
  }

  #add(component: ICAL.Component, start: number, end: number, baseId: string, where: string) {
    if (stringValue(component, 'status').toUpperCase() === 'CANCELLED') return void this.#note(`${where}: cancelled`);
    if (this.#sessions.length >= MAX_SESSIONS) return void this.skipped.push(`${where}: more than ${MAX_SESSIONS} sessions`);
    const id = uniqueFeedId(baseId, this.#sessionIds, 'event');
    const summary = stringValue(component, 'summary');
    const location = stringValue(component, 'location').trim();
    const description = stringValue(component, 'description');
    const url = httpUrl(stringValue(component, 'url'));
    const room = location ? this.#roomId(location) : undefined;
    if (location && room) this.#rooms.set(location, room);
    this.#sessions.push({
      id,
      title: summary || stringValue(component, 'uid') || id,
      start: new Date(start).toISOString(),
      // An instant is a point session: our schema wants an end after the start.
      end: new Date(end > start ? end : start + 1000).toISOString(),
      type: 'other',
      ...(room ? { room } : {}),
      ...(description.trim() ? { description } : {}),
      ...(url ? { links: [{ kind: 'other' as const, url }] } : {}),
    });
  }
}
