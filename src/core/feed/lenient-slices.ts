import * as v from 'valibot';
import { cutToLimit, itemLists, parseLeniently, type LeftOut, type LenientResult } from './lenient.js';
import { makeWellFormed } from './well-formed.js';
import { afterNextFrame } from './next-frame.js';

type Issue = v.BaseIssue<unknown>;

/** Main-thread time per slice: far under the 200 ms a page may be blocked, and under a "long task". */
const SLICE_MS = 25;
/** Items read between two looks at the clock. */
const ITEMS_PER_LOOK = 50;

/**
 * The lists of `input` longer than `above` that can be read item by item: arrays whose only rule of their
 * own is a length limit, in a section without rules across the whole of it (none: read it at once).
 */
function longLists(schema: v.GenericSchema, input: unknown, above: number): string[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  if ((schema as { type: string }).type !== 'object' || (schema as { pipe?: unknown }).pipe) return [];
  const record = input as Record<string, unknown>;
  return [...itemLists(schema)]
    .filter(([key, list]) => !list.otherRules && Array.isArray(record[key]) && (record[key] as unknown[]).length > above)
    .map(([key]) => key);
}

/**
 * Items of a long list to read before the others, and what to do with them: a programme's earliest
 * sessions, shown while the thousands after them are still being read (issue 12: a 10,000-session
 * programme's first screen waited for every session to be validated).
 */
export interface FirstItems<T> {
  /** The list (`sessions`). */
  readonly list: string;
  /** Indices of its items to read first, in the order they are to be shown; cheap, on the raw items. */
  pick(items: readonly unknown[]): readonly number[];
  /** Gets the section with that list holding only those of the picked items that are valid, in that order. */
  show(preview: T): void;
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
  first?: FirstItems<T>,
): Promise<LenientResult<T>> {
  const keys = longLists(schema, input, above);
  if (keys.length === 0) {
    const parsed = parseLeniently(schema, input, prefix, describe);
    return parsed.success ? { ...parsed, output: makeWellFormed(parsed.output) } : parsed;
  }
  const record = input as Record<string, unknown>;
  const lists = itemLists(schema);
  // Everything but the long lists, at once: the section's own fields and its short lists.
  const rest = parseLeniently(schema, { ...record, ...Object.fromEntries(keys.map((key) => [key, []])) }, prefix, describe);
  if (!rest.success) return rest;
  const output = makeWellFormed(rest.output) as Record<string, unknown>;
  const leftOut: LeftOut = { count: rest.leftOut.count, details: [...rest.leftOut.details] };
  // The items asked for first are read, and shown, before the rest; read once, they are not read again.
  const readFirst = new Map<number, ReturnType<typeof v.safeParse>>();
  if (first && keys.includes(first.list)) {
    const items = record[first.list] as unknown[];
    const item = lists.get(first.list)!.item;
    const shown: unknown[] = [];
    for (const index of first.pick(items)) {
      if (readFirst.has(index) || !(index in items)) continue;
      const parsed = v.safeParse(item, items[index]);
      readFirst.set(index, parsed);
      if (parsed.success) shown.push(makeWellFormed(parsed.output));
    }
    first.show({ ...output, [first.list]: shown } as T);
    await afterNextFrame(); // painted before the rest is read
  }
  let sliceStart = performance.now();
  for (const key of keys) {
    const list = lists.get(key)!;
    const items = record[key] as unknown[];
    const kept: unknown[] = [];
    const known = key === first?.list ? readFirst : undefined;
    for (let index = 0; index < items.length; index += 1) {
      if (index % ITEMS_PER_LOOK === 0 && performance.now() - sliceStart > SLICE_MS) {
        await yieldToMain();
        sliceStart = performance.now();
      }
      const parsed = known?.get(index) ?? v.safeParse(list.item, items[index]);
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
    output[key] = cutToLimit(kept, list, key, prefix, leftOut);
  }
  return { success: true, output: output as T, leftOut };
}
