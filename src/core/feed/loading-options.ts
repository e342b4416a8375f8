/**
 * The loading limits an element asks for (`timeout`, `max-bytes`, `refresh`), made safe. Attributes are
 * page input: `timeout=""`, `max-bytes="lots"` or `refresh="0.001"` must not break the element or hammer
 * the server. One rule for each, used by the elements (which warn) and by the feed store (which clamps
 * silently, as a last guard for apps calling it directly).
 *
 * - `timeout` (seconds): above 0; more than 600 is cut to 600 (a browser timer cannot wait longer
 *   than 2^31−1 ms, and `timeout="1e9"` used to fire at once). Empty, not a number or ≤ 0: the default.
 * - `max-bytes`: a whole number above 0; more than 256 MiB is cut to 256 MiB. Otherwise the default.
 * - `refresh` (seconds): 0 never refreshes; below the floor (10 s unless the store says otherwise) is
 *   raised to the floor, so one element cannot send hundreds of requests a minute; more than a day is
 *   cut to a day. Empty, not a number or negative: never.
 */

export const LOADING_DEFAULTS = {
  timeoutSeconds: 10,
  // 16 MiB: a frab/pretalx export of a 10,000-session programme is ~8 MB and must load without an option;
  // the limit is there against runaway bodies, not against large conferences.
  maxBytes: 16 * 1024 * 1024,
  refreshSeconds: 0,
} as const;

export const LOADING_LIMITS = {
  maxTimeoutSeconds: 600,
  maxBytes: 256 * 1024 * 1024,
  minRefreshSeconds: 10,
  maxRefreshSeconds: 24 * 60 * 60,
} as const;

export interface LoadingValues {
  timeoutSeconds: number;
  maxBytes: number;
  refreshSeconds: number;
}

export type LoadingName = keyof LoadingValues;

/** Why a value was replaced, for the one warning an element prints. */
export interface LoadingCorrection {
  name: LoadingName;
  given: number;
  used: number;
  rule: string;
}

const usable = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function correctTimeout(given: number): [number, string] | undefined {
  if (!usable(given) || given <= 0) return [LOADING_DEFAULTS.timeoutSeconds, 'expected a number of seconds above 0'];
  if (given > LOADING_LIMITS.maxTimeoutSeconds) return [LOADING_LIMITS.maxTimeoutSeconds, `at most ${LOADING_LIMITS.maxTimeoutSeconds} seconds`];
  return undefined;
}

function correctMaxBytes(given: number): [number, string] | undefined {
  if (!usable(given) || given < 1) return [LOADING_DEFAULTS.maxBytes, 'expected a number of bytes above 0'];
  if (given > LOADING_LIMITS.maxBytes) return [LOADING_LIMITS.maxBytes, `at most ${LOADING_LIMITS.maxBytes} bytes`];
  if (!Number.isInteger(given)) return [Math.floor(given), 'expected a whole number of bytes'];
  return undefined;
}

function correctRefresh(given: number, floor: number): [number, string] | undefined {
  if (!usable(given) || given < 0) return [LOADING_DEFAULTS.refreshSeconds, 'expected 0 (never) or a number of seconds'];
  if (given > 0 && given < floor) return [floor, `at least ${floor} seconds between refreshes`];
  if (given > LOADING_LIMITS.maxRefreshSeconds) return [LOADING_LIMITS.maxRefreshSeconds, `at most ${LOADING_LIMITS.maxRefreshSeconds} seconds`];
  return undefined;
}

/** Safe values for `given`, and what had to be replaced (empty when everything was usable). */
export function resolveLoadingValues(
  given: Partial<LoadingValues>,
  minRefreshSeconds: number = LOADING_LIMITS.minRefreshSeconds,
): { values: LoadingValues; corrections: LoadingCorrection[] } {
  const values: LoadingValues = { ...LOADING_DEFAULTS };
  const corrections: LoadingCorrection[] = [];
  const rules: Record<LoadingName, (value: number) => [number, string] | undefined> = {
    timeoutSeconds: correctTimeout,
    maxBytes: correctMaxBytes,
    refreshSeconds: (value) => correctRefresh(value, minRefreshSeconds),
  };
  for (const name of Object.keys(rules) as LoadingName[]) {
    const value = given[name];
    if (value === undefined) continue;
    const correction = rules[name](value);
    values[name] = correction ? correction[0] : value;
    if (correction) corrections.push({ name, given: value, used: correction[0], rule: correction[1] });
  }
  return { values, corrections };
}

/**
 * The attribute converter for these numbers: `Number("")` is 0, which would read `timeout=""` as "time
 * out at once" and `refresh=""` as a valid "never"; an empty or blank attribute is NaN here, so it is
 * reported. A removed attribute gives the default back.
 */
export function loadingNumberAttribute(fallback: number) {
  return {
    fromAttribute: (value: string | null): number => (value === null ? fallback : value.trim() === '' ? NaN : Number(value)),
    toAttribute: (value: number): string => String(value),
  };
}
