#!/usr/bin/env node
/**
 * ct-feed: check and convert conference feeds for ct-widgets.
 *
 *   ct-feed validate <file-or-url> [--format auto|ct|frab|ical]   every problem, with its JSON path; exit 1 if any
 *   ct-feed convert --from frab|ical <file-or-url>                frab/c3voc schedule JSON or iCalendar → an agenda feed
 *
 *   --timeout <seconds>   give up on a URL that has not answered in full by then (default 30)
 *   --max-bytes <bytes>   refuse a file or body larger than this (default 16 MiB, as the elements)
 *
 * Expected failures (no such file, a server that does not answer, too large, not JSON) end with one plain
 * sentence and exit code 2, never a stack trace.
 */
import { open, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { validateDocument } from '../dist/core/feed/validate.js';
import { convertFrab, isFrabSchedule } from '../dist/feeds/frab.js';
import { convertICalendar } from '../dist/feeds/ical.js';

const USAGE = `usage:
  ct-feed validate <file-or-url> [--format auto|ct|frab|ical] [--timeout <seconds>] [--max-bytes <bytes>]
  ct-feed convert --from frab|ical <file-or-url> [--timeout <seconds>] [--max-bytes <bytes>] > agenda.json`;

const DEFAULT_TIMEOUT_SECONDS = 30;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** A failure the user can act on: printed as is, without a stack. */
class Refusal extends Error {}

const isICalendarName = (source) => /\.ics([?#]|$)/i.test(source);
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MiB`;

/**
 * UTF-8 text of a file or body. TextDecoder drops a leading byte order mark (U+FEFF), which Windows
 * editors write and browsers accept; `fatal` refuses bytes that are not UTF-8 instead of guessing.
 */
function decode(bytes, source) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal(`${source}: not UTF-8 text`);
  }
}

async function readUrl(source, { timeoutSeconds, maxBytes }) {
  const tooLarge = () => new Refusal(`${source}: larger than the limit of ${mib(maxBytes)} (raise it with --max-bytes)`);
  const slow = () => new Refusal(`${source}: no complete answer within ${timeoutSeconds} s (raise the limit with --timeout)`);
  const signal = AbortSignal.timeout(timeoutSeconds * 1000);
  let response;
  try {
    response = await fetch(source, { signal, headers: { Accept: 'application/json, text/calendar' } });
  } catch (error) {
    if (signal.aborted) throw slow();
    const cause = error?.cause?.code ?? error?.cause?.message ?? error?.message;
    throw new Refusal(`${source}: could not be reached (${cause})`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new Refusal(`${source}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const chunks = [];
  let received = 0;
  try {
    for await (const chunk of response.body ?? []) {
      received += chunk.byteLength;
      if (received > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof Refusal) throw error;
    if (signal.aborted) throw slow();
    throw new Refusal(`${source}: the answer broke off (${error?.message ?? error})`);
  }
  return decode(Buffer.concat(chunks), source);
}

async function readLocalFile(source, { maxBytes }) {
  let file;
  try {
    file = await open(source, 'r');
  } catch (error) {
    const why = { ENOENT: 'no such file', EACCES: 'not allowed to read it', EISDIR: 'a folder, not a file' }[error.code];
    throw new Refusal(`${source}: ${why ?? `cannot be read (${error.code ?? error.message})`}`);
  }
  try {
    const { size } = await file.stat();
    if (size > maxBytes) throw new Refusal(`${source}: ${mib(size)}, larger than the limit of ${mib(maxBytes)} (raise it with --max-bytes)`);
    return decode(await file.readFile(), source);
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw new Refusal(`${source}: cannot be read (${error.code ?? error.message})`);
  } finally {
    await file.close();
  }
}

let limits = { timeoutSeconds: DEFAULT_TIMEOUT_SECONDS, maxBytes: DEFAULT_MAX_BYTES };

function loadText(source) {
  return /^https?:\/\//i.test(source) ? readUrl(source, limits) : readLocalFile(source, limits);
}

/** A positive number given to `--name`, or the default; anything else is a usage error. */
function positive(value, name, fallback) {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!value.trim() || !Number.isFinite(number) || number <= 0) throw new Refusal(`--${name} expects a number above 0, got "${value}"`);
  return number;
}

async function load(source) {
  const text = await loadText(source);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Refusal(`${source}: not JSON (${error.message})`);
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
  limits = {
    // At most 2^31−1 ms, the longest a Node timer waits.
    timeoutSeconds: Math.min(positive(option('timeout'), 'timeout', DEFAULT_TIMEOUT_SECONDS), 2_147_483),
    maxBytes: Math.floor(positive(option('max-bytes'), 'max-bytes', DEFAULT_MAX_BYTES)),
  };
  if (command === 'validate') {
    const format = option('format') ?? 'auto';
    const [source] = rest;
    if (!source) throw new Refusal(USAGE);
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
    if ((from !== 'frab' && from !== 'ical') || !source) throw new Refusal(USAGE);
    const { feed, skipped, notes = [] } = from === 'ical' ? await convertICalendar(await loadText(source)) : convertFrab(await load(source));
    for (const line of skipped) console.error(`left out ${line}`);
    for (const line of notes) console.error(`note: ${line}`);
    process.stdout.write(`${JSON.stringify(feed, null, 2)}\n`);
    return 0;
  }
  throw new Refusal(USAGE);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    // One sentence, never a stack: a converter's "not an iCalendar file" is as expected as a missing file.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
