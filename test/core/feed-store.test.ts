import { expect } from '@open-wc/testing';
import { FeedStore, type FeedSnapshot } from '../../src/core/feed-store.js';
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
    const store = new FeedStore();
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
});
