import type { Slicer } from './conversion.js';

/** One component inside VCALENDAR (VEVENT, VTIMEZONE, VTODO, …), as its unfolded lines. */
export interface Block {
  name: string;
  lines: string[];
}

export interface CalendarText {
  blocks: Block[];
  /** The calendar's own properties (X-WR-CALNAME, X-WR-TIMEZONE), by upper-case name, value unescaped. */
  properties: Map<string, string>;
  /** Components that could not be read at all (never closed, far too long). */
  problems: string[];
}

/** A component of more lines than this is not an event but an attempt to make one parse slowly. */
const MAX_BLOCK_LINES = 5000;

/**
 * The calendar's structure, read line by line by us rather than by ical.js in one call: each component is
 * then parsed on its own, so one that does not parse loses only itself, and a large file is read in
 * slices (ical.js parses a whole file in one uninterrupted task).
 */
export async function readCalendar(text: string, slicer: Slicer): Promise<CalendarText> {
  const lines = unfoldedLines(text);
  let first = lines.next();
  while (!first.done && first.value.trim() === '') first = lines.next();
  if (first.done || !/^BEGIN:VCALENDAR$/i.test(first.value.trim())) throw new Error('it does not begin with BEGIN:VCALENDAR');

  const blocks: Block[] = [];
  const properties = new Map<string, string>();
  const problems: string[] = [];
  const counts = new Map<string, number>();
  let current: Block | undefined;
  let depth = 0;
  let tooLong = false;
  let i = 0;
  for (const raw of lines) {
    i += 1;
    if ((i & 1023) === 0) await slicer.pause();
    const line = raw.trimStart();
    if (line.trim() === '') continue; // blank lines are not allowed, and carry nothing
    const begin = /^BEGIN:([A-Za-z0-9-]+)\s*$/i.exec(line)?.[1]?.toUpperCase();
    const end = /^END:([A-Za-z0-9-]+)\s*$/i.exec(line)?.[1]?.toUpperCase();
    if (!current) {
      if (end === 'VCALENDAR') break;
      if (begin) {
        counts.set(begin, (counts.get(begin) ?? 0) + 1);
        current = { name: begin, lines: [line] };
        depth = 1;
        tooLong = false;
      } else {
        const property = /^([A-Za-z0-9-]+)(?:;[^:]*)?:(.*)$/.exec(line);
        if (property) properties.set(property[1]!.toUpperCase(), unescapeText(property[2]!));
      }
      continue;
    }
    if (begin) depth += 1;
    if (end) depth -= 1;
    if (current.lines.length < MAX_BLOCK_LINES) current.lines.push(repair(line));
    else tooLong = true;
    if (depth === 0) {
      if (tooLong) problems.push(`${current.name} ${counts.get(current.name)}: more than ${MAX_BLOCK_LINES} lines; left out`);
      else blocks.push(current);
      current = undefined;
    }
  }
  if (current) problems.push(`${current.name} ${counts.get(current.name)}: the file ends before END:${current.name}; left out`);
  return { blocks, properties, problems };
}

/**
 * The file's content lines, unfolded (RFC 5545 §3.1: a line break followed by one space or tab continues
 * the line), one at a time: a 5 MB file is never copied or split in one go.
 */
function* unfoldedLines(text: string): Generator<string> {
  // Old Mac files end lines with CR alone.
  const source = text.includes('\n') ? text : text.replace(/\r/g, '\n');
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  let pending: string[] = [];
  while (pos < source.length) {
    let end = source.indexOf('\n', pos);
    if (end < 0) end = source.length;
    let line = source.slice(pos, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    pos = end + 1;
    if ((line.startsWith(' ') || line.startsWith('\t')) && pending.length) pending.push(line.slice(1));
    else {
      if (pending.length) yield pending.join('');
      pending = [line];
    }
  }
  if (pending.length) yield pending.join('');
}

const TIME_PROPERTY = /^(DTSTART|DTEND|DUE|RECURRENCE-ID|EXDATE|RDATE)([;:])/i;

/**
 * Two faults real producers write, mended before parsing:
 * - Exchange glues the value into a quoted TZID: `DTSTART;TZID="W. Europe Standard Time:20200609T090000"`;
 * - a date written without `VALUE=DATE`: `DTSTART:20021028` (Apple iCal 1.0).
 */
function repair(line: string): string {
  if (!TIME_PROPERTY.test(line)) return line;
  const glued = /^([^:"]*);TZID="([^"]*?):(\d{8}(?:T\d{6}Z?)?)"\s*$/i.exec(line);
  if (glued) return `${glued[1]};TZID="${glued[2]}":${glued[3]}`;
  const bareDate = /^([^:"]*(?:"[^"]*"[^:"]*)*):(\d{8}(?:,\d{8})*)\s*$/.exec(line);
  if (bareDate && !/;VALUE=/i.test(bareDate[1]!)) return `${bareDate[1]};VALUE=DATE:${bareDate[2]}`;
  return line;
}

/** TEXT escapes (RFC 5545 §3.3.11). */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
