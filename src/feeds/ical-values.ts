import ICAL from 'ical.js';
import type { Block } from './ical-text.js';
import type { Local } from './ical-zones.js';

/**
 * Reading values out of ical.js components without letting a faulty one throw: a property whose value
 * cannot be parsed reads as absent, so the event it belongs to is left out with a note, never the calendar.
 */

/** A DTSTART/DTEND/RECURRENCE-ID as written: wall-clock fields, and how to read them. */
export interface When {
  local: Local;
  isDate: boolean;
  utc: boolean;
  tzid?: string;
}

export const isRepeating = (component: ICAL.Component) => Boolean(component.getFirstProperty('rrule') || component.getFirstProperty('rdate'));

/** `"(UTC+07:00) Bangkok\, Hanoi"`, ` 1`, `"Europe/Paris"` → the name itself. */
export function cleanTzid(tzid: string): string {
  return tzid.trim().replace(/^"(.*)"$/, '$1').replace(/\\,/g, ',').trim();
}

export function safeValue(property: ICAL.Property): unknown {
  try {
    return property.getFirstValue();
  } catch {
    return undefined;
  }
}

export function safeValues(property: ICAL.Property): unknown[] {
  try {
    return property.getValues();
  } catch {
    return [];
  }
}

/** A property as text, whatever value type it declares (`LOCATION;VALUE=URI:…`). */
export function stringValue(component: ICAL.Component, name: string): string {
  const property = component.getFirstProperty(name);
  if (!property) return '';
  const value = safeValue(property);
  if (value === undefined || value === null) return '';
  // Other value types are ical.js objects (a URI, a duration, a time) that write themselves as text.
  return typeof value === 'string' ? value : (value as { toString(): string }).toString();
}

export const fieldsOf = (time: ICAL.Time): Local => ({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second });

export function readWhen(component: ICAL.Component, name: string): When | undefined {
  const property = component.getFirstProperty(name);
  if (!property) return undefined;
  const time = safeValue(property);
  if (!(time instanceof ICAL.Time)) return undefined;
  const local = fieldsOf(time);
  if (![local.year, local.month, local.day, local.hour, local.minute, local.second].every(Number.isFinite)) return undefined;
  if (local.month < 1 || local.month > 12 || local.day < 1 || local.day > 31 || local.year < 1 || local.year > 9999) return undefined;
  const written = (property.toJSON() as unknown[])[3];
  const raw = typeof written === 'string' ? written : '';
  const tzid = cleanTzid(String(property.getParameter('tzid') ?? ''));
  return { local, isDate: time.isDate, utc: !time.isDate && /Z$/i.test(raw), ...(tzid ? { tzid } : {}) };
}

export function addDays(local: Local, days: number): Local {
  const date = new Date(Date.UTC(local.year, local.month - 1, local.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: local.hour, minute: local.minute, second: local.second };
}

export const dayOf = (local: Local) => `${local.year}-${local.month}-${local.day}`;
export const occurrenceKey = (at: number) => new Date(at).toISOString().replace(/[-:]|\.000/g, '');

export function recurrenceKey(component: ICAL.Component): string {
  const when = readWhen(component, 'recurrence-id');
  return when ? `${when.local.year}${String(when.local.month).padStart(2, '0')}${String(when.local.day).padStart(2, '0')}` : 'changed';
}

/**
 * A block of lines → a component. A line that does not parse is dropped (with a note), and the event
 * with it if it was DTSTART; a block that still does not parse is left out, saying why.
 */
export function parseBlock(block: Block, where: string): { component?: ICAL.Component; skipped?: string; note?: string } {
  try {
    // Most blocks parse whole: one pass. Only a faulty one is read line by line.
    return { component: new ICAL.Component(ICAL.parse(block.lines.join('\r\n')) as unknown[]) };
  } catch {
    // read line by line below
  }
  const good: string[] = [];
  const bad: string[] = [];
  for (const line of block.lines) {
    if (/^(BEGIN|END):/i.test(line)) {
      good.push(line);
      continue;
    }
    try {
      ICAL.parse.property(line);
      good.push(line);
    } catch {
      bad.push(line.split(/[;:]/, 1)[0]!.toUpperCase());
    }
  }
  if (bad.includes('DTSTART')) return { skipped: `${where}: DTSTART cannot be read` };
  try {
    const component = new ICAL.Component(ICAL.parse(good.join('\r\n')) as unknown[]);
    return { component, ...(bad.length ? { note: `${where}: line(s) ${bad.join(', ')} could not be read and were ignored` } : {}) };
  } catch (error) {
    return { skipped: `${where}: ${(error as Error).message}` };
  }
}
