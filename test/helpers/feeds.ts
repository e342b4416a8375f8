/** Builds URLs for the test server's feed routes (test/server/feed-routes.mjs): real HTTP, any answer. */

let counter = 0;

export function uniqueId(prefix = 'feed'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/** In slices: spreading a whole feed's bytes into one call overflows the stack (the seed feed is ~200 KB). */
const binary = (bytes: Uint8Array) => {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
};

const base64url = (text: string) =>
  btoa(binary(new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export interface FeedAnswer {
  body?: unknown;
  /** Sent as is, instead of JSON-encoding `body`. */
  rawBody?: string;
  /** A sample feed of the repository (`feeds/…json`) sent instead of `body`: one too large for a URL. */
  file?: string;
  status?: number;
  delayMs?: number;
  failTimes?: number;
  /** After this many good answers the server answers 500. */
  okTimes?: number;
  id?: string;
}

export function feedUrl(answer: FeedAnswer = {}): string {
  const params = new URLSearchParams({ id: answer.id ?? uniqueId() });
  const text = answer.rawBody ?? JSON.stringify(answer.body ?? {});
  if (answer.file) params.set('file', answer.file);
  else params.set('body', base64url(text));
  if (answer.status) params.set('status', String(answer.status));
  if (answer.delayMs) params.set('delayMs', String(answer.delayMs));
  if (answer.failTimes) params.set('failTimes', String(answer.failTimes));
  if (answer.okTimes !== undefined) params.set('okTimes', String(answer.okTimes));
  return `/api/feed?${params}`;
}

export async function serverLog(id: string): Promise<{ requests: number; aborted: number }> {
  const response = await fetch(`/api/log?id=${encodeURIComponent(id)}`);
  return response.json();
}

export const SEED_FEED_URL = '/feeds/ct-week-2023/conference.json';

export async function seedFeed(): Promise<Record<string, unknown>> {
  return (await fetch(SEED_FEED_URL)).json();
}

export function statsFeed(figures: unknown[] = [{ value: 1, label: 'one' }], extra: Record<string, unknown> = {}) {
  return { kind: 'stats', version: 1, stats: { figures, ...extra } };
}

/** Resolves when `predicate` holds, checking after every animation frame; fails after `timeoutMs`. */
export async function until(predicate: () => boolean, what = 'condition', timeoutMs = 8000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
