import { FeedError } from './feed-error.js';
import { LOADING_DEFAULTS, LOADING_LIMITS, resolveLoadingValues } from './loading-options.js';
import { WEB_SCHEMES, safePageUrl } from '../security/safe-url.js';

export interface FeedRequestOptions {
  /** Milliseconds before one attempt is given up (the whole request, body included). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
  /** Further attempts after a network error or a 5xx answer. 4xx answers are never retried. */
  retries?: number;
  /**
   * Seconds between background revalidations while anyone is subscribed; 0 or absent: never. Raised to
   * the store's `minRefreshSeconds` (10 s by default) if lower.
   */
  refreshSeconds?: number;
  /** `json` (default) parses the body; `text` hands it over as a string (iCalendar feeds). */
  as?: 'json' | 'text';
}

type ResolvedRequestOptions = Required<Omit<FeedRequestOptions, 'refreshSeconds' | 'as'>>;

export interface FeedStoreConfig {
  /** The fetch to use, e.g. one that adds credentials. Defaults to the page's `fetch`. */
  fetch?: typeof fetch;
  /** First retry delay in ms; each further retry waits twice as long. */
  retryDelayMs?: number;
  /** Cached data younger than this is served to a new subscriber without asking the server again. */
  freshForMs?: number;
  /** The shortest refresh interval allowed, in seconds (10 by default): a floor that protects servers. */
  minRefreshSeconds?: number;
}

export const FEED_DEFAULTS = {
  timeoutMs: LOADING_DEFAULTS.timeoutSeconds * 1000,
  maxBytes: LOADING_DEFAULTS.maxBytes,
  retries: 2,
} as const;

/** What a subscriber sees. `json` is the last good body even when `error` says the latest attempt failed. */
export interface FeedSnapshot {
  readonly url: string;
  readonly json: unknown;
  readonly hasData: boolean;
  readonly error: FeedError | undefined;
  /** A request is under way (first load or revalidation). */
  readonly loading: boolean;
}

export type FeedListener = (snapshot: FeedSnapshot) => void;

interface Subscription {
  listener: FeedListener;
  options: FeedRequestOptions;
}

interface FeedEntry {
  readonly url: string;
  readonly as: 'json' | 'text';
  /** The limits of every request of this entry: all its subscribers asked for exactly these. */
  readonly limits: ResolvedRequestOptions;
  readonly subscriptions: Set<Subscription>;
  data?: { json: unknown; receivedAt: number };
  error?: FeedError;
  request?: AbortController;
  refreshTimer?: ReturnType<typeof setInterval>;
  refreshSeconds?: number;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
    });
  });

/**
 * Fetches each feed URL once for the whole page, whatever the number of elements showing it.
 *
 * An entry lives per absolute URL and set of limits (timeout, size, retries): subscribers asking for the
 * same limits share one request, and one element's `timeout` or `max-bytes` can never cut short, or
 * refuse, another element's feed. (Pages rarely set limits, so nearly all elements share the default set.)
 * Sharing one request with the most generous limits and applying each subscriber's own to the result was
 * the alternative; it would need a timer and a size check per subscriber for little saving.
 *
 * The first subscriber of an entry starts the request; later ones join it. When the
 * last subscriber leaves, the request in flight is aborted and revalidation stops, but the last good data
 * stays cached so an element put back into the page shows it at once. A failed request never discards data
 * that was good before: subscribers keep it and get the error beside it.
 */
export class FeedStore {
  readonly #entries = new Map<string, FeedEntry>();
  readonly #fetch: typeof fetch;
  readonly #retryDelayMs: number;
  readonly #freshForMs: number;
  /** The shortest refresh interval this store allows, in seconds. */
  readonly minRefreshSeconds: number;

  constructor(config: FeedStoreConfig = {}) {
    this.#fetch = config.fetch ?? ((input, init) => fetch(input, init));
    this.#retryDelayMs = config.retryDelayMs ?? 500;
    this.#freshForMs = config.freshForMs ?? 30_000;
    this.minRefreshSeconds = config.minRefreshSeconds ?? LOADING_LIMITS.minRefreshSeconds;
  }

  /**
   * Starts (or joins) loading `url`; the listener is called now and on every change until unsubscribed.
   * A `url` that cannot be parsed, or is not http(s), is reported at once as a `bad-url` error.
   */
  subscribe(url: string, listener: FeedListener, options: FeedRequestOptions = {}): () => void {
    const absolute = absoluteUrl(url);
    if (absolute === undefined) {
      const error = new FeedError('bad-url', `Not an http(s) URL: ${JSON.stringify(url)}`, { url });
      listener({ url, json: undefined, hasData: false, error, loading: false });
      return () => undefined;
    }
    const as = options.as ?? 'json';
    const limits = this.#limits(options);
    // One entry per URL, reading and limits: the same URL read as JSON and as text are two results, and
    // a request made with one element's limits must not be shared with an element that asked for others.
    const key = `${as} ${limits.timeoutMs} ${limits.maxBytes} ${limits.retries} ${absolute}`;
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { url: absolute, as, limits, subscriptions: new Set() };
      this.#entries.set(key, entry);
    }
    const subscription: Subscription = { listener, options };
    entry.subscriptions.add(subscription);
    const fresh = entry.data && Date.now() - entry.data.receivedAt < this.#freshForMs;
    if (!entry.request && !fresh) void this.#load(entry);
    else listener(this.#snapshot(entry));
    this.#scheduleRefresh(entry);

    const current = entry;
    return () => {
      current.subscriptions.delete(subscription);
      if (current.subscriptions.size === 0) {
        current.request?.abort(new DOMException('No element needs this feed any more', 'AbortError'));
        current.request = undefined;
      }
      this.#scheduleRefresh(current);
    };
  }

  /** Asks the server again now (the retry button, or a refresh tick). Joins a request already in flight. */
  revalidate(url: string): void {
    const absolute = absoluteUrl(url);
    for (const entry of this.#entries.values()) {
      if (entry.url === absolute && !entry.request && entry.subscriptions.size > 0) void this.#load(entry);
    }
  }

  #snapshot(entry: FeedEntry): FeedSnapshot {
    return {
      url: entry.url,
      json: entry.data?.json,
      hasData: entry.data !== undefined,
      error: entry.error,
      loading: entry.request !== undefined,
    };
  }

  #notify(entry: FeedEntry) {
    const snapshot = this.#snapshot(entry);
    for (const { listener } of [...entry.subscriptions]) listener(snapshot);
  }

  /** Usable limits whatever the caller passed (elements have already warned about theirs). */
  #limits(options: FeedRequestOptions): ResolvedRequestOptions {
    const { values } = resolveLoadingValues({
      timeoutSeconds: options.timeoutMs === undefined ? undefined : options.timeoutMs / 1000,
      maxBytes: options.maxBytes,
    });
    const retries = options.retries ?? FEED_DEFAULTS.retries;
    return {
      timeoutMs: Math.round(values.timeoutSeconds * 1000),
      maxBytes: values.maxBytes,
      retries: Number.isInteger(retries) && retries >= 0 ? Math.min(retries, 10) : FEED_DEFAULTS.retries,
    };
  }

  /** The shortest refresh interval any subscriber asks for (never below the floor) drives one timer per entry. */
  #scheduleRefresh(entry: FeedEntry) {
    const intervals = [...entry.subscriptions]
      .map((s) => resolveLoadingValues({ refreshSeconds: s.options.refreshSeconds ?? 0 }, this.minRefreshSeconds).values.refreshSeconds)
      .filter((seconds) => seconds > 0);
    const seconds = intervals.length ? Math.min(...intervals) : undefined;
    if (seconds === entry.refreshSeconds) return;
    clearInterval(entry.refreshTimer);
    entry.refreshTimer = undefined;
    entry.refreshSeconds = seconds;
    // This entry only: another entry for the same URL (read as text, say) keeps its own refresh setting.
    if (seconds) entry.refreshTimer = setInterval(() => !entry.request && entry.subscriptions.size > 0 && void this.#load(entry), seconds * 1000);
  }

  async #load(entry: FeedEntry) {
    const request = new AbortController();
    entry.request = request;
    this.#notify(entry);
    try {
      const json = await this.#fetchWithRetries(entry.url, entry.as, entry.limits, request.signal);
      entry.data = { json, receivedAt: Date.now() };
      entry.error = undefined;
    } catch (error) {
      if (request.signal.aborted) return; // nobody is listening any more
      entry.error =
        error instanceof FeedError
          ? error
          : new FeedError('network', String(error), { url: entry.url, cause: error });
    } finally {
      if (entry.request === request) entry.request = undefined;
    }
    this.#notify(entry);
  }

  async #fetchWithRetries(url: string, as: 'json' | 'text', options: ResolvedRequestOptions, signal: AbortSignal) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#fetchOnce(url, as, options, signal);
      } catch (error) {
        if (signal.aborted || !(error instanceof FeedError) || !error.transient || attempt >= options.retries) {
          throw error;
        }
        const backoff = this.#retryDelayMs * 2 ** attempt;
        await sleep(backoff + Math.random() * backoff * 0.25, signal);
      }
    }
  }

  async #fetchOnce(url: string, as: 'json' | 'text', options: { timeoutMs: number; maxBytes: number }, signal: AbortSignal) {
    // One controller per attempt: the timeout aborts this attempt only; the caller's abort ends them all.
    const attempt = new AbortController();
    const stop = () => attempt.abort(signal.reason);
    signal.addEventListener('abort', stop);
    const timer = setTimeout(
      () => attempt.abort(new FeedError('timeout', `No complete answer within ${options.timeoutMs} ms`, { url })),
      options.timeoutMs,
    );
    try {
      let response: Response;
      try {
        const accept = as === 'json' ? 'application/json' : 'text/calendar, text/plain;q=0.9, */*;q=0.1';
        response = await this.#fetch(url, { signal: attempt.signal, headers: { Accept: accept } });
      } catch (error) {
        throw attempt.signal.reason instanceof FeedError
          ? attempt.signal.reason
          : signal.aborted
            ? error
            : new FeedError('network', `Could not reach the server: ${String(error)}`, { url, cause: error });
      }
      if (!response.ok) {
        throw new FeedError('http', `The server answered ${response.status} ${response.statusText}`.trim(), {
          url,
          status: response.status,
        });
      }
      const text = await readLimited(response, options.maxBytes, url, attempt.signal);
      if (as === 'text') return text;
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        throw new FeedError('not-json', `Not JSON: ${(error as Error).message}`, {
          url,
          status: response.status,
          cause: error,
        });
      }
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
    }
  }
}

/**
 * The absolute form of `url` against the page, or undefined when it cannot be parsed (`http://[bad`) or
 * is no http(s) URL (`javascript:`, `data:`): a page's `src` passes the same URL rule as feed links.
 */
function absoluteUrl(url: string): string | undefined {
  return safePageUrl(url, WEB_SCHEMES) === undefined ? undefined : new URL(url, document.baseURI).href;
}

/** Reads a body as text, stopping as soon as it passes `maxBytes` instead of buffering all of it. */
async function readLimited(response: Response, maxBytes: number, url: string, signal: AbortSignal) {
  const tooLarge = () =>
    new FeedError('too-large', `The body is larger than ${maxBytes} bytes`, { url, status: response.status });
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    // A timeout aborts the body stream with our own reason; report that rather than a stream error.
    throw signal.reason instanceof FeedError ? signal.reason : error;
  }
  return text + decoder.decode();
}

/** The store every element uses unless given another one: one request per URL for the whole page. */
export const defaultFeedStore = new FeedStore();
