import ICAL from 'ical.js';
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { isKnownTimeZone } from './time-zone.js';
import { ruleOffsets } from './ical-zone-rules.js';

/** Wall-clock fields of an iCalendar DATE or DATE-TIME, as written (month 1–12). */
export interface Local {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * A time zone as one calendar means it: wall-clock fields → instant, and back. Zones are built per
 * calendar and never registered anywhere (ical.js's TimezoneService is global: a calendar that defines
 * America/New_York as +14:00 there would move every other calendar's New York times).
 */
export interface Zone {
  /** Epoch milliseconds of these wall-clock fields in this zone. */
  instant(local: Local): number;
  /** Wall-clock fields at an instant (to read a UTC `UNTIL` in the series' own time). */
  local(instant: number): Local;
  /** An IANA name known to this browser to show times in, when there is one. */
  readonly iana?: string;
  /** How the calendar named it, for messages. */
  readonly name: string;
}

const utcFields = (local: Local) => Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);

function localAt(instant: number, offsetMs: number): Local {
  const date = new Date(instant + offsetMs);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** A zone at a fixed offset from UTC (UTC itself, or an Exchange display name we could not place). */
function fixedZone(offsetMinutes: number, name: string): Zone {
  const offset = offsetMinutes * 60_000;
  // Etc/GMT+5 is UTC−05:00 (POSIX signs); only whole hours have such a name.
  const hours = -offsetMinutes / 60;
  const iana = offsetMinutes === 0 ? 'UTC' : Number.isInteger(hours) && Math.abs(hours) <= 12 ? `Etc/GMT${hours > 0 ? '+' : '-'}${Math.abs(hours)}` : undefined;
  return { name, iana, instant: (local) => utcFields(local) - offset, local: (instant) => localAt(instant, offset) };
}

export const UTC_ZONE = fixedZone(0, 'UTC');

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of an IANA zone at an instant, in ms, from `Intl` (the browser's own tz database). */
function ianaOffset(timeZone: string, instant: number): number {
  let format = formatters.get(timeZone);
  if (!format) {
    // A fixed tag to read numbers and zone names, never shown
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  const whole = Math.floor(instant / 1000) * 1000;
  const wall = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - whole;
}

/**
 * An IANA zone. A wall-clock time that does not exist (the hour skipped in spring) takes the offset
 * before the change, and one that occurs twice (autumn) its first occurrence (RFC 5545 §3.3.5).
 */
function ianaZone(timeZone: string, name = timeZone): Zone {
  return zoneFromOffsets((instant) => ianaOffset(timeZone, instant), name, canonical(timeZone));
}

/** A zone from its `instant → offset` function; wall times resolved as RFC 5545 §3.3.5 says. */
function zoneFromOffsets(offsetAt: (instant: number) => number, name: string, iana?: string): Zone {
  return {
    name,
    ...(iana ? { iana } : {}),
    instant(local) {
      const wall = utcFields(local);
      const before = offsetAt(wall);
      const guess = wall - before;
      const after = offsetAt(guess);
      if (after === before) return guess;
      const other = wall - after;
      return offsetAt(other) === after ? other : guess;
    },
    local: (instant) => localAt(instant, offsetAt(instant)),
  };
}

/** `US/Pacific` → `America/Los_Angeles`: the name Intl itself uses (and names well). */
function canonical(timeZone: string): string {
  try {
    // A fixed tag to read numbers and zone names, never shown
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return timeZone;
  }
}

/**
 * A calendar's own VTIMEZONE, as an ical.js Timezone that only this calendar holds. Refused (undefined)
 * when its rules are not what a zone can be: a zone changes offset at most a few times a year, so an
 * observance that repeats other than yearly, or thousands of RDATEs, is hostile work, not a zone.
 */
export function vtimezoneZone(component: ICAL.Component, tzid: string): Zone | undefined {
  // The name it goes by, to show times under (checked against its own rules by matchingIana).
  const named = zoneByName(tzid);
  const observances = [...component.getAllSubcomponents('standard'), ...component.getAllSubcomponents('daylight')];
  if (observances.length === 0 || observances.length > 50) return undefined;
  for (const observance of observances) {
    if (!observance.getFirstProperty('dtstart') || !observance.getFirstProperty('tzoffsetto')) return undefined;
    const rules = observance.getAllProperties('rrule');
    if (rules.length > 1 || observance.getAllProperties('rdate').reduce((n, p) => n + p.getValues().length, 0) > 400) return undefined;
    const rule = rules[0]?.getFirstValue() as ICAL.Recur | undefined;
    if (rule && rule.freq !== 'YEARLY') return undefined;
  }
  const iana = named && !named.note ? named.zone.iana : undefined;
  const offsets = ruleOffsets(component);
  if (offsets) return zoneFromOffsets(offsets, tzid, iana);
  for (const observance of observances) startRulesIn1970(observance);
  const timezone = new ICAL.Timezone({ component, tzid });
  const zone: Zone = {
    name: tzid,
    ...(iana ? { iana } : {}),
    instant: (local) => new ICAL.Time({ ...local, isDate: false }, timezone).toUnixTime() * 1000,
    local(instant) {
      const time = ICAL.Time.fromJSDate(new Date(Math.floor(instant / 1000) * 1000), true).convertToZone(timezone);
      return { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
    },
  };
  try {
    // Building the first offsets once tells a broken definition (ical.js throws) from a usable one.
    zone.instant({ year: 2000, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
  } catch {
    return undefined;
  }
  return zone;
}

/**
 * Exchange and Outlook start zone rules in 1601; ical.js expands them year by year from there, hundreds
 * of milliseconds per zone. A yearly rule's onsets from 1970 on are the same if it starts in 1970, so
 * its DTSTART moves there (times before 1970 in such zones are read with 1970's rules).
 */
function startRulesIn1970(observance: ICAL.Component) {
  const start = observance.getFirstProperty('dtstart');
  const rule = observance.getFirstPropertyValue('rrule') as ICAL.Recur | null;
  const time = start?.getFirstValue();
  if (!start || !rule || rule.count || !(time instanceof ICAL.Time) || time.year >= 1970) return;
  if (rule.until && rule.until.year < 1971) return;
  const moved = time.clone();
  moved.year = 1970;
  start.setValue(moved);
}

/** `"(UTC+10:00) Canberra, Melbourne, Sydney"` (Exchange, Outlook Web Access) → offset and places. */
const DISPLAY_NAME = /^\((?:UTC|GMT)\s*(?:([+-])(\d{1,2}):?(\d{2}))?\)\s*(.*)$/i;

let cityIndex: Map<string, string> | undefined;

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[_\s]+/g, ' ')
    .trim()
    .toLowerCase();

/** The city of every IANA zone this browser knows: `Australia/Melbourne` → "melbourne". */
function cities(): Map<string, string> {
  if (!cityIndex) {
    cityIndex = new Map();
    // A fixed tag to read numbers and zone names, never shown
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    for (const zone of zones) {
      const city = zone.split('/').pop();
      if (city && zone.includes('/')) cityIndex.set(fold(city), zone);
    }
  }
  return cityIndex;
}

/** The zone's base (winter) offset this year, in minutes: what a display name states. */
function standardOffsetMinutes(timeZone: string): number {
  const year = new Date().getUTCFullYear();
  return Math.min(ianaOffset(timeZone, Date.UTC(year, 0, 1)), ianaOffset(timeZone, Date.UTC(year, 6, 1))) / 60_000;
}

/** Windows zone id ("W. Europe Standard Time") → IANA, by CLDR's table for the zone's main territory. */
function windowsZone(name: string): string | undefined {
  // The table alone: findIana() also expands every IANA alias, a second table ten times the bytes.
  return WINDOWS_TO_IANA_MAP.find((entry) => entry.windowsName === name && entry.territory === '001')?.iana.find(isKnownTimeZone);
}

export interface Resolved {
  zone: Zone;
  /** Said once in the console: how a name was read when it was not a zone we know exactly. */
  note?: string;
}

/**
 * A zone by its name alone: an IANA name (also behind a `/mozilla.org/…/` style prefix), a Windows zone
 * id, or an Exchange display name placed by its cities (an IANA city whose standard offset is the one
 * the name states), by its Windows id ("Eastern Time (US & Canada)" → "Eastern Standard Time"), or
 * failing both at the fixed offset the name states.
 */
export function zoneByName(name: string): Resolved | undefined {
  if (!name) return undefined;
  if (/^(utc|gmt|z|etc\/utc|etc\/gmt)$/i.test(name)) return { zone: UTC_ZONE };
  if (isKnownTimeZone(name)) return { zone: ianaZone(name) };
  const tail = /([A-Za-z_]+\/[A-Za-z0-9_+-]+(?:\/[A-Za-z0-9_+-]+)?)$/.exec(name)?.[1];
  if (tail && isKnownTimeZone(tail)) return { zone: ianaZone(tail, name) };
  const windows = windowsZone(name);
  if (windows) return { zone: ianaZone(windows, name) };
  const display = DISPLAY_NAME.exec(name);
  if (!display) return undefined;
  const [, sign, hours, minutes, places = ''] = display;
  const offset = (sign === '-' ? -1 : 1) * (Number(hours ?? 0) * 60 + Number(minutes ?? 0));
  const fits = (zone: string | undefined) => zone !== undefined && standardOffsetMinutes(zone) === offset;
  const byWindowsId = windowsZone(places.replace(/\s*\(.*\)\s*$/, '').replace(/ Time$/, ' Standard Time'));
  if (fits(byWindowsId)) return { zone: ianaZone(byWindowsId!, name) };
  for (const place of places.split(/,|&|\/|\band\b|\(|\)/)) {
    const zone = cities().get(fold(place));
    if (fits(zone)) return { zone: ianaZone(zone!, name) };
  }
  return {
    zone: fixedZone(offset, name),
    note: `time zone "${name}" matches no known zone: read at its fixed offset, without summer time`,
  };
}

/**
 * An IANA zone that agrees with a calendar's own zone at these instants (and at the turns of its first
 * year), to show a custom VTIMEZONE ("Customized Time Zone") under a name people know.
 */
export function matchingIana(zone: Zone, instants: number[]): string | undefined {
  const first = instants[0];
  if (first === undefined) return zone.iana;
  const year = new Date(first).getUTCFullYear();
  const samples = [...instants.slice(0, 20), Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)];
  const offsetOf = (instant: number) => {
    const local = zone.local(instant);
    return utcFields(local) - Math.floor(instant / 1000) * 1000;
  };
  const wanted = samples.map(offsetOf);
  const agrees = (candidate: string) => samples.every((at, i) => ianaOffset(candidate, at) === wanted[i]);
  // A calendar may define "America/New_York" as it likes: its name is shown only if its rules agree.
  if (zone.iana && agrees(zone.iana)) return zone.iana;
  const candidates = [...new Set(WINDOWS_TO_IANA_MAP.filter((entry) => entry.territory === '001').map((entry) => entry.iana[0]))];
  return candidates.find((candidate) => candidate !== undefined && isKnownTimeZone(candidate) && agrees(candidate));
}
