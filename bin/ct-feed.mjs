#!/usr/bin/env node
/**
 * ct-feed: check and convert conference feeds for ct-widgets.
 *
 *   ct-feed validate <file-or-url> [--format auto|ct|frab|ical]   every problem, with its JSON path; exit 1 if any
 *   ct-feed convert --from frab|ical <file-or-url>                frab/c3voc schedule JSON or iCalendar → an agenda feed
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { validateDocument } from '../dist/core/validate.js';
import { convertFrab, isFrabSchedule } from '../dist/feeds/frab.js';
import { convertICalendar } from '../dist/feeds/ical.js';

const USAGE = `usage:
  ct-feed validate <file-or-url> [--format auto|ct|frab|ical]
  ct-feed convert --from frab|ical <file-or-url> > agenda.json`;

const isICalendarName = (source) => /\.ics([?#]|$)/i.test(source);

function loadText(source) {
  return /^https?:\/\//i.test(source)
    ? fetch(source, { headers: { Accept: 'application/json, text/calendar' } }).then((response) => {
        if (!response.ok) throw new Error(`${source}: the server answered ${response.status}`);
        return response.text();
      })
    : readFile(source, 'utf8');
}

async function load(source) {
  const text = await loadText(source);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not JSON: ${error.message}`);
  }
}

/** ajv's instancePath `/schedule/conference/days/0` → `$.schedule.conference.days[0]`. */
function jsonPath(pointer) {
  return `$${pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`))
    .join('')}`;
}

async function frabProblems(json) {
  const version = Array.isArray(json?.schedule?.events) ? 2 : 1;
  const schemaUrl = new URL(`../schemas/vendor/c3voc/schedule.v${version}.schema.json`, import.meta.url);
  const schema = JSON.parse(await readFile(fileURLToPath(schemaUrl), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  addFormats.default(ajv);
  ajv.addFormat('color', /^(#[0-9a-f]{3,8}|[a-z]+)$/i); // used by the c3voc schemas, not by ajv-formats
  const validate = ajv.compile(schema);
  if (validate(json)) return { version, problems: [] };
  const problems = validate.errors.map((error) => {
    const extra = error.keyword === 'additionalProperties' ? `: "${error.params.additionalProperty}" is not allowed` : '';
    return `${jsonPath(error.instancePath)}: ${error.message}${extra}`;
  });
  return { version, problems: [...new Set(problems)] };
}

async function main(args) {
  const [command, ...rest] = args;
  const option = (name) => {
    const index = rest.indexOf(`--${name}`);
    return index >= 0 ? rest.splice(index, 2)[1] : undefined;
  };
  if (command === 'validate') {
    const format = option('format') ?? 'auto';
    const [source] = rest;
    if (!source) throw new Error(USAGE);
    if (format === 'ical' || (format === 'auto' && isICalendarName(source))) {
      // An iCalendar file is valid if it parses; events that cannot be shown are listed, not counted as faults.
      const { feed, skipped, notes } = await convertICalendar(await loadText(source));
      for (const line of skipped) console.log(`left out ${line}`);
      for (const line of notes) console.log(`note: ${line}`);
      const problems = validateDocument(feed);
      for (const problem of problems) console.log(problem);
      console.log(`${source}: ${problems.length ? `${problems.length} problem(s) after conversion` : `valid iCalendar, ${feed.agenda.sessions.length} session(s)`}`);
      return problems.length ? 1 : 0;
    }
    const json = await load(source);
    if (format === 'frab' || (format === 'auto' && isFrabSchedule(json))) {
      const { version, problems } = await frabProblems(json);
      for (const problem of problems) console.log(problem);
      console.log(problems.length ? `${source}: ${problems.length} problem(s) against the c3voc schedule schema v${version}` : `${source}: valid frab/c3voc schedule (v${version})`);
      return problems.length ? 1 : 0;
    }
    const problems = validateDocument(json);
    for (const problem of problems) console.log(problem);
    console.log(problems.length ? `${source}: ${problems.length} problem(s)` : `${source}: valid "${json.kind}" feed, version ${json.version}`);
    return problems.length ? 1 : 0;
  }
  if (command === 'convert') {
    const from = option('from');
    const [source] = rest;
    if ((from !== 'frab' && from !== 'ical') || !source) throw new Error(USAGE);
    const { feed, skipped, notes = [] } = from === 'ical' ? await convertICalendar(await loadText(source)) : convertFrab(await load(source));
    for (const line of skipped) console.error(`left out ${line}`);
    for (const line of notes) console.error(`note: ${line}`);
    process.stdout.write(`${JSON.stringify(feed, null, 2)}\n`);
    return 0;
  }
  throw new Error(USAGE);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error.message);
    process.exit(2);
  },
);
