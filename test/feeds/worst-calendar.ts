/**
 * The worst calendar we could make within the 5 MB feed limit, for the main-thread tests: many zones, many
 * repeat rules that never match again (each of which ical.js alone would search for ever), a component of
 * thousands of lines, a megabyte-long line, and thousands of plain events.
 */
export function worstCalendar(): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ct-widgets test//worst//EN', 'X-WR-TIMEZONE:Europe/Vienna'];
  for (let z = 0; z < 300; z += 1) {
    lines.push('BEGIN:VTIMEZONE', `TZID:Zone ${z}`, 'BEGIN:STANDARD', 'DTSTART:16011028T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
      'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010325T020000',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT', 'END:VTIMEZONE');
  }
  // A zone whose "rules" would take ical.js billions of steps to expand: refused as a zone.
  lines.push('BEGIN:VTIMEZONE', 'TZID:Hostile', 'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'RRULE:FREQ=SECONDLY',
    'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', 'END:STANDARD', 'END:VTIMEZONE');
  const rules = ['FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=31', 'FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31', 'FREQ=HOURLY;BYMONTH=6;BYMONTHDAY=31'];
  for (let i = 0; i < 400; i += 1) {
    lines.push('BEGIN:VEVENT', `UID:never-${i}@example.org`, `SUMMARY:Never again ${i}`, `DTSTART;TZID=Zone ${i % 300}:20200609T090000`,
      'DURATION:PT30M', `RRULE:${rules[i % rules.length]}`, 'END:VEVENT');
  }
  // Series that do occur, from long ago: each walks years of dates to reach the present.
  for (let i = 0; i < 200; i += 1) {
    lines.push('BEGIN:VEVENT', `UID:daily-${i}@example.org`, `SUMMARY:Daily ${i}`, 'DTSTART;TZID=Hostile:19900101T090000', 'DURATION:PT30M',
      'RRULE:FREQ=DAILY', 'END:VEVENT');
  }
  lines.push('BEGIN:VEVENT', 'UID:many-lines@example.org', 'SUMMARY:Many lines', 'DTSTART:20240101T090000Z');
  for (let i = 0; i < 4900; i += 1) lines.push(`X-PADDING-${i}:${'x'.repeat(20)}`);
  lines.push('END:VEVENT');
  lines.push('BEGIN:VEVENT', 'UID:long-line@example.org', 'SUMMARY:Long line', 'DTSTART:20240101T100000Z', `DESCRIPTION:${'y'.repeat(1_000_000)}`, 'END:VEVENT');
  let size = lines.reduce((sum, line) => sum + line.length + 2, 0);
  for (let i = 0; size < 4_900_000 && i < 30_000; i += 1) {
    const event = ['BEGIN:VEVENT', `UID:plain-${i}@example.org`, `SUMMARY:Plain ${i}`, `LOCATION:Room ${i % 40}`,
        `DTSTART;TZID=Zone ${i % 300}:2024${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}T${String(8 + (i % 10)).padStart(2, '0')}0000`,
      'DURATION:PT45M', 'END:VEVENT'];
    lines.push(...event);
    size += event.reduce((sum, line) => sum + line.length + 2, 0);
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}
