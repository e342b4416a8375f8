import * as v from 'valibot';
import { parseLeniently, type LeftOut, type LenientResult } from './lenient.js';
import { makeWellFormed } from './well-formed.js';

type Issue = v.BaseIssue<unknown>;
type AnySchema = v.GenericSchema & {
  type: string;
  wrapped?: AnySchema;
  item?: AnySchema;
  entries?: Record<string, AnySchema>;
  pipe?: readonly { type: string; requirement?: unknown }[];
};

/** Main-thread time per slice: far under the 200 ms a page may be blocked, and under a "long task". */
const SLICE_MS = 25;
/** Items read between two looks at the clock. */
const ITEMS_PER_LOOK = 50;

/** The section's lists that can be read item by item: arrays whose only rule of their own is a length limit. */
function sliceableLists(schema: AnySchema): Map<string, { item: AnySchema; max: number | undefined }> {
  const lists = new Map<string, { item: AnySchema; max: number | undefined }>();
  if (schema.type !== 'object' || schema.pipe) return lists; // rules across the whole section need it whole
  for (const [key, entry] of Object.entries(schema.entries ?? {})) {
    let inner = entry;
    while (inner.type === 'optional' || inner.type === 'nullish' || inner.type === 'nullable') inner = inner.wrapped!;
    if (inner.type !== 'array' || !inner.item) continue;
    const actions = (inner.pipe ?? []).slice(1); // the first item of a pipe is the array schema itself
    if (actions.some((action) => action.type !== 'max_length')) continue;
    const max = actions.find((action) => action.type === 'max_length')?.requirement;
    lists.set(key, { item: inner.item, max: typeof max === 'number' ? max : undefined });
  }
  return lists;
}

/** The lists of `input` longer than `above` that can be read in slices (none: read it at once). */
function longLists(schema: v.GenericSchema, input: unknown, above: number): string[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  const record = input as Record<string, unknown>;
  return [...sliceableLists(schema as AnySchema).keys()].filter((key) => Array.isArray(record[key]) && (record[key] as unknown[]).length > above);
}

function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `parseLeniently` followed by `makeWellFormed`, for a section with a list of thousands of items (a
 * programme of 20,000 sessions took ~250 ms in one task): the section without its long lists is read at
 * once, then the long lists item by item, giving the main thread back every ~25 ms. The outcome is the one
 * `parseLeniently` gives: a faulty item is left out with its path, a list over its length limit is cut
 * with one line, a fault outside the lists fails the section. Sections with rules across the whole
 * section (none is long today) are read at once.
 */
export async function parseLenientlyInSlices<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  prefix: string,
  describe: (issue: Issue, prefix: string) => string,
  /** Lists longer than this are read in slices. */
  above: number,
): Promise<LenientResult<T>> {
  const keys = longLists(schema, input, above);
  if (keys.length === 0) {
    const parsed = parseLeniently(schema, input, prefix, describe);
    return parsed.success ? { ...parsed, output: makeWellFormed(parsed.output) } : parsed;
  }
  const record = input as Record<string, unknown>;
  const lists = sliceableLists(schema);
  // Everything but the long lists, at once: the section's own fields and its short lists.
  const rest = parseLeniently(schema, { ...record, ...Object.fromEntries(keys.map((key) => [key, []])) }, prefix, describe);
  if (!rest.success) return rest;
  const output = makeWellFormed(rest.output) as Record<string, unknown>;
  const leftOut: LeftOut = { count: rest.leftOut.count, details: [...rest.leftOut.details] };
  let sliceStart = performance.now();
  for (const key of keys) {
    const { item: itemSchema, max } = lists.get(key)!;
    const items = record[key] as unknown[];
    let kept: unknown[] = [];
    for (let index = 0; index < items.length; index += 1) {
      if (index % ITEMS_PER_LOOK === 0 && performance.now() - sliceStart > SLICE_MS) {
        await yieldToMain();
        sliceStart = performance.now();
      }
      const parsed = v.safeParse(itemSchema, items[index]);
      if (parsed.success) {
        kept.push(makeWellFormed(parsed.output));
        continue;
      }
      leftOut.count += 1;
      for (const issue of parsed.issues) {
        // The item's path inside the section, as a parse of the whole section names it.
        const path = [
          { type: 'object', origin: 'value', input: record, key, value: items },
          { type: 'array', origin: 'value', input: items, key: index, value: items[index] },
          ...(issue.path ?? []),
        ] as unknown as Issue['path'];
        leftOut.details.push(describe({ ...issue, path }, prefix));
      }
    }
    if (max !== undefined && kept.length > max) {
      leftOut.details.push(`${prefix}.${key}: more than ${max} items; the rest are left out`);
      leftOut.count += kept.length - max;
      kept = kept.slice(0, max);
    }
    output[key] = kept;
  }
  return { success: true, output: output as T, leftOut };
}
