import { expect } from '@open-wc/testing';
import { FeedStore, type FeedSnapshot } from '../../src/core/feed/feed-store.js';
import { feedUrl, serverLog, statsFeed, uniqueId, until } from '../helpers/feeds.js';

describe('FeedStore', () => {
  it('serves cached data to a later subscriber without a second request', async () => {
    const store = new FeedStore();
    const id = uniqueId();
    const url = feedUrl({ id, body: statsFeed() });
    const first: FeedSnapshot[] = [];
    const stopFirst = store.subscribe(url, (s) => first.push(s));
    await until(() => first.some((s) => s.hasData), 'first data');
    const second: FeedSnapshot[] = [];
    const stopSecond = store.subscribe(url, (s) => second.push(s));
    expect(second[0]!.hasData).to.equal(true);
    expect((await serverLog(id)).requests).to.equal(1);
    stopFirst();
    stopSecond();
  });

  it('revalidates on the shortest refresh interval its subscribers ask for, with one timer', async () => {
    const store = new FeedStore({ minRefreshSeconds: 0.1 });
    const id = uniqueId();
    const url = feedUrl({ id, body: statsFeed() });
    const stopSlow = store.subscribe(url, () => undefined, { refreshSeconds: 60 });
    const stopFast = store.subscribe(url, () => undefined, { refreshSeconds: 0.2 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    stopFast();
    const { requests } = await serverLog(id);
    expect(requests).to.be.within(4, 7);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await serverLog(id)).requests).to.equal(requests);
    stopSlow();
  });

  it('keeps the last good JSON beside the error when a revalidation fails', async () => {
    const store = new FeedStore({ retryDelayMs: 10 });
    const url = feedUrl({ okTimes: 1, body: statsFeed() });
    let last: FeedSnapshot | undefined;
    const stop = store.subscribe(url, (s) => (last = s));
    await until(() => last?.hasData === true, 'data');
    store.revalidate(url);
    await until(() => last?.error !== undefined, 'error');
    expect(last!.hasData).to.equal(true);
    expect(last!.error!.status).to.equal(500);
    stop();
  });

  it('reports a network failure when the server cannot be reached', async () => {
    const store = new FeedStore({ retryDelayMs: 10 });
    let last: FeedSnapshot | undefined;
    const stop = store.subscribe('http://127.0.0.1:9/feed.json', (s) => (last = s), { retries: 1 });
    await until(() => last?.error !== undefined, 'error');
    expect(last!.error!.reason).to.equal('network');
    stop();
  });

  it('never refreshes faster than its floor (10 s by default), whatever a subscriber asks', async () => {
    const store = new FeedStore();
    const id = uniqueId();
    const stop = store.subscribe(feedUrl({ id, body: statsFeed() }), () => undefined, { refreshSeconds: 0.001 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    stop();
    expect((await serverLog(id)).requests).to.equal(1);
  });

  it('shares a request only between subscribers asking for the same limits', async () => {
    const store = new FeedStore();
    const id = uniqueId();
    const url = feedUrl({ id, delayMs: 200, body: statsFeed() });
    const seen = { small: undefined as FeedSnapshot | undefined, a: undefined as FeedSnapshot | undefined, b: undefined as FeedSnapshot | undefined };
    const stops = [
      store.subscribe(url, (s) => (seen.small = s), { maxBytes: 10 }),
      store.subscribe(url, (s) => (seen.a = s)),
      store.subscribe(url, (s) => (seen.b = s), { timeoutMs: 10_000, maxBytes: 16 * 1024 * 1024 }),
    ];
    await until(() => !!seen.small?.error && !!seen.a?.hasData && !!seen.b?.hasData, 'all three answers');
    expect(seen.small!.error!.reason).to.equal('too-large');
    expect(seen.a!.error).to.equal(undefined);
    // The default limits spelled out are the same set as no limits: two requests, not three.
    expect((await serverLog(id)).requests).to.equal(2);
    stops.forEach((stop) => stop());
  });

  it('reports a URL that cannot be parsed at once, without a request', () => {
    const store = new FeedStore();
    const seen: FeedSnapshot[] = [];
    const stop = store.subscribe('http://[bad', (s) => seen.push(s));
    expect(seen).to.have.length(1);
    expect(seen[0]!.error!.reason).to.equal('bad-url');
    expect(seen[0]!.loading).to.equal(false);
    store.revalidate('http://[bad'); // must not throw either
    stop();
  });
});
