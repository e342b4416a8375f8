import * as v from 'valibot';

type Issue = v.BaseIssue<unknown>;
type AnySchema = v.GenericSchema & { type: string; wrapped?: AnySchema; item?: AnySchema; pipe?: readonly { type: string; requirement?: unknown }[] };

/** What a lenient read left out: how many items, and every fault (`$.agenda.sessions[3].start: …`). */
export interface LeftOut {
  count: number;
  details: string[];
}

export type LenientResult<T> = { success: true; output: T; leftOut: LeftOut } | { success: false; issues: readonly Issue[] };

/** A list of items in a section: each item is read (and left out) on its own. */
export interface ListInfo {
  /** The schema of one item. */
  item: AnySchema;
  /** The list's own `maxLength`, if it has one. */
  max: number | undefined;
  /** The list has rules of its own besides that limit (it can then only be checked whole). */
  otherRules: boolean;
}

const listsBySchema = new WeakMap<object, Map<string, ListInfo>>();

/** The item lists of a section: its entries that are arrays (optional or not), read once per schema. */
export function itemLists(schema: v.GenericSchema): Map<string, ListInfo> {
  let lists = listsBySchema.get(schema);
  if (lists) return lists;
  lists = new Map();
  const entries = (schema as { entries?: Record<string, AnySchema> }).entries ?? {};
  for (const [key, entry] of Object.entries(entries)) {
    let inner = entry;
    while (inner.type === 'optional' || inner.type === 'nullish' || inner.type === 'nullable') inner = inner.wrapped!;
    if (inner.type !== 'array' || !inner.item) continue;
    const actions = (inner.pipe ?? []).slice(1); // the first item of a pipe is the array schema itself
    const max = actions.find((action) => action.type === 'max_length')?.requirement;
    lists.set(key, {
      item: inner.item,
      max: typeof max === 'number' ? max : undefined,
      otherRules: actions.some((action) => action.type !== 'max_length'),
    });
  }
  listsBySchema.set(schema, lists);
  return lists;
}

/** `kept` cut to the list's limit; what is cut is counted in `leftOut` with one line. */
export function cutToLimit<T>(kept: T[], { max }: ListInfo, key: string, prefix: string, leftOut: LeftOut): T[] {
  if (max === undefined || kept.length <= max) return kept;
  leftOut.details.push(`${prefix}.${key}: more than ${max} items; the rest are left out`);
  leftOut.count += kept.length - max;
  return kept.slice(0, max);
}

/**
 * Parses a feed section, leaving out the items of its lists (sessions, rooms, figures, releases…) that
 * fail their own rules, or a rule across items that points into them. Anything else — the section not
 * an object, a list not an array, a fault in the section's own fields — fails as a whole, as before.
 *
 * Cheap by design: a valid section is parsed once, exactly as before. For a faulty one, valibot has
 * already built the output of every item (it does not stop at the first issue), so the faulty items are
 * filtered out of that output instead of parsing again. Only rules valibot skips once any item failed
 * (the list's length limit, rules over the whole section) need a second look: the length limit is
 * checked here on what is left; a section with whole-section rules is parsed again on what is left.
 */
export function parseLeniently<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  prefix: string,
  describe: (issue: Issue, prefix: string) => string,
): LenientResult<T> {
  const lists = itemLists(schema);
  const hasSectionRules = Boolean((schema as AnySchema).pipe);
  const leftOut: LeftOut = { count: 0, details: [] };
  // After a first round, list positions are those of what was kept: each maps back to the feed's own.
  const origins = new Map<string, number[]>();
  const original = (issue: Issue): Issue => {
    const [list, item, ...rest] = issue.path ?? [];
    const from = typeof list?.key === 'string' ? origins.get(list.key) : undefined;
    if (!from || typeof item?.key !== 'number') return issue;
    return { ...issue, path: [list!, { ...item, key: from[item.key] ?? item.key }, ...rest] as Issue['path'] };
  };
  let value = input;
  // Round two only re-checks whole-section rules; a rule that keeps finding new faults stops at round three.
  for (let round = 0; round < 3; round += 1) {
    const parsed = v.safeParse(schema, value);
    if (parsed.success) return { success: true, output: parsed.output, leftOut };

    const drops = new Map<string, Set<number>>();
    for (const issue of parsed.issues) {
      const [list, item] = issue.path ?? [];
      const key = list?.key;
      if (typeof key === 'string' && lists.has(key) && typeof item?.key === 'number') {
        let indices = drops.get(key);
        if (!indices) drops.set(key, (indices = new Set()));
        indices.add(item.key);
      } else if (!(issue.type === 'max_length' && issue.path?.length === 1 && typeof key === 'string' && lists.has(key))) {
        // Not the format at all: this fault first, as it is the one the error state names.
        return { success: false, issues: [issue, ...parsed.issues.filter((other) => other !== issue)] };
      }
    }
    for (const issue of parsed.issues) if (issue.type !== 'max_length') leftOut.details.push(describe(original(issue), prefix));

    const output = { ...(parsed.output as Record<string, unknown>) };
    for (const [key, list] of lists) {
      const items = output[key];
      if (!Array.isArray(items)) continue;
      const indices = drops.get(key);
      const kept = indices ? items.filter((_, index) => !indices.has(index)) : items;
      if (indices && hasSectionRules) {
        const from = origins.get(key);
        origins.set(key, items.flatMap((_, index) => (indices.has(index) ? [] : [from?.[index] ?? index])));
      }
      leftOut.count += items.length - kept.length;
      output[key] = cutToLimit(kept, list, key, prefix, leftOut);
    }
    if (!hasSectionRules) return { success: true, output: output as T, leftOut };
    value = output;
  }
  return { success: false, issues: v.safeParse(schema, value).issues ?? [] };
}
