import ICAL from 'ical.js';

/**
 * Offsets of a VTIMEZONE computed directly, for the rules zones really have: each observance starts at
 * its DTSTART and then, yearly, on the nth (or last) weekday of one month ("BYMONTH=3;BYDAY=-1SU"), or
 * on the first weekday on or after a day ("BYMONTHDAY=8,…,14;BYDAY=SU"), possibly UNTIL a date; plus
 * RDATEs. ical.js expands such rules year by year from their DTSTART (often 1601), ~70 ms a zone;
 * this is a few microseconds per lookup. Anything else returns undefined and ical.js does the work.
 */
interface Observance {
  /** Local wall time of DTSTART as if UTC, ms. */
  start: number;
  fromOffset: number;
  toOffset: number;
  rule?: { month: number; nth: number; weekday: number; fromDay?: number; until?: number; time: number };
  /** RDATEs, local wall time as if UTC. */
  dates: number[];
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const offsetMs = (value: unknown) => (value instanceof ICAL.UtcOffset ? value.toSeconds() * 1000 : NaN);
const wallOf = (time: ICAL.Time) => Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);

function readObservance(component: ICAL.Component): Observance | undefined {
  const start = component.getFirstPropertyValue('dtstart');
  const fromOffset = offsetMs(component.getFirstPropertyValue('tzoffsetfrom'));
  const toOffset = offsetMs(component.getFirstPropertyValue('tzoffsetto'));
  if (!(start instanceof ICAL.Time) || !Number.isFinite(fromOffset) || !Number.isFinite(toOffset)) return undefined;
  const dates: number[] = [];
  for (const property of component.getAllProperties('rdate')) {
    for (const value of property.getValues()) {
      if (!(value instanceof ICAL.Time)) return undefined;
      dates.push(wallOf(value));
    }
  }
  const rules = component.getAllProperties('rrule');
  if (rules.length === 0) return { start: wallOf(start), fromOffset, toOffset, dates };
  const rule = rules[0]!.getFirstValue() as ICAL.Recur;
  const parts = rule.parts;
  const extra = Object.keys(parts).filter((key) => !['BYMONTH', 'BYDAY', 'BYMONTHDAY'].includes(key) && (parts as Record<string, unknown[]>)[key]?.length);
  if (rules.length > 1 || rule.freq !== 'YEARLY' || (rule.interval ?? 1) !== 1 || rule.count || extra.length) return undefined;
  if (parts.BYMONTH?.length !== 1 || parts.BYDAY?.length !== 1) return undefined;
  const byDay = /^([+-]?\d)?(SU|MO|TU|WE|TH|FR|SA)$/.exec(String(parts.BYDAY[0]));
  if (!byDay) return undefined;
  const monthDays = parts.BYMONTHDAY ?? [];
  const nth = byDay[1] ? Number(byDay[1]) : 0;
  // Without an ordinal, the weekday must come with a run of 7 month days (the old US/EU style).
  if (nth === 0 && !(monthDays.length === 7 && monthDays.every((day, i) => day === monthDays[0]! + i && day > 0))) return undefined;
  if (nth !== 0 && monthDays.length) return undefined;
  const until = rule.until ? wallOf(rule.until) + (rule.until.zone === ICAL.Timezone.utcTimezone ? fromOffset : 0) : undefined;
  return {
    start: wallOf(start),
    fromOffset,
    toOffset,
    dates,
    rule: {
      month: parts.BYMONTH[0]!,
      nth,
      weekday: WEEKDAYS.indexOf(byDay[2]!),
      ...(nth === 0 ? { fromDay: monthDays[0]! } : {}),
      ...(until !== undefined ? { until } : {}),
      time: ((start.hour * 60 + start.minute) * 60 + start.second) * 1000,
    },
  };
}

/** The rule's onset in a year (local wall time as if UTC), if it has one there. */
function onsetIn(observance: Observance, year: number): number | undefined {
  const rule = observance.rule!;
  let day: number;
  if (rule.nth === 0) {
    const first = new Date(Date.UTC(year, rule.month - 1, rule.fromDay)).getUTCDay();
    day = rule.fromDay! + ((rule.weekday - first + 7) % 7);
  } else if (rule.nth > 0) {
    const first = new Date(Date.UTC(year, rule.month - 1, 1)).getUTCDay();
    day = 1 + ((rule.weekday - first + 7) % 7) + (rule.nth - 1) * 7;
  } else {
    const lastDate = new Date(Date.UTC(year, rule.month, 0));
    day = lastDate.getUTCDate() - ((lastDate.getUTCDay() - rule.weekday + 7) % 7) + (rule.nth + 1) * 7;
  }
  const at = Date.UTC(year, rule.month - 1, day) + rule.time;
  if (new Date(at).getUTCMonth() !== rule.month - 1 || at < observance.start) return undefined;
  if (rule.until !== undefined && at > rule.until) return undefined;
  return at;
}

/** The latest onset of an observance at or before a UTC instant, as a UTC instant. */
function latestOnset(observance: Observance, instant: number): number | undefined {
  let best: number | undefined;
  const consider = (wall: number | undefined) => {
    if (wall === undefined) return;
    const at = wall - observance.fromOffset;
    if (at <= instant && (best === undefined || at > best)) best = at;
  };
  consider(observance.start);
  for (const wall of observance.dates) consider(wall);
  if (observance.rule) {
    const year = new Date(instant).getUTCFullYear();
    const lastYear = observance.rule.until !== undefined ? Math.min(year, new Date(observance.rule.until).getUTCFullYear()) : year;
    for (let y = lastYear; y >= lastYear - 1; y -= 1) consider(onsetIn(observance, y));
  }
  return best;
}

/** `instant → offset (ms)` for a VTIMEZONE of ordinary rules, or undefined for ical.js to handle it. */
export function ruleOffsets(component: ICAL.Component): ((instant: number) => number) | undefined {
  const observances: Observance[] = [];
  for (const child of [...component.getAllSubcomponents('standard'), ...component.getAllSubcomponents('daylight')]) {
    const observance = readObservance(child);
    if (!observance) return undefined;
    observances.push(observance);
  }
  if (observances.length === 0) return undefined;
  const earliest = observances.reduce((a, b) => (b.start < a.start ? b : a));
  return (instant) => {
    let offset = earliest.fromOffset;
    let latest = -Infinity;
    for (const observance of observances) {
      const at = latestOnset(observance, instant);
      if (at !== undefined && at > latest) {
        latest = at;
        offset = observance.toOffset;
      }
    }
    return offset;
  };
}

