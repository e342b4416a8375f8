import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/stats/ct-stats.js';
import type { CtStats } from '../../src/components/stats/stats.js';
import { FeedStore } from '../../src/core/feed/feed-store.js';
import { expectAccessible } from '../helpers/a11y.js';
import { SEED_FEED_URL, feedUrl, serverLog, statsFeed, uniqueId, until } from '../helpers/feeds.js';
import { part, parts, squash } from '../helpers/dom.js';

const errorText = (el: Element) => squash(part(el, 'error')?.textContent);
const figures = (el: Element) => parts(el, 'figure').length;
const goodFeed = statsFeed([{ value: 42, label: { en: 'answers' } }]);

/** A store with short retry delays, so fault tests do not wait on production backoff. */
const quickStore = () => new FeedStore({ retryDelayMs: 20, minRefreshSeconds: 0.1 });

async function failingElement(src: string, extra: Partial<CtStats> = {}) {
  const el = document.createElement('ct-stats');
  el.lang = 'en';
  Object.assign(el, { store: quickStore(), ...extra });
  el.src = src;
  const failed = oneEvent(el, 'ct-error');
  await fixture(el);
  const event = await failed;
  await el.updateComplete;
  return { el, event };
}

describe('<ct-stats> feed faults', () => {
  it('shows a 404 as an accessible, translated alert with a retry button, without retrying', async () => {
    const id = uniqueId();
    const { el, event } = await failingElement(feedUrl({ id, status: 404, body: { nope: true } }));
    expect(event.detail).to.include({ status: 404, reason: 'http' });
    expect(event.detail.url).to.match(/\/api\/feed\?id=/);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(errorText(el)).to.contain('The feed server answered with an error. Please tell the editors of this page.');
    expect(errorText(el)).to.contain('HTTP status: 404');
    expect(part(el, 'retry-button')!.textContent).to.equal('Try again');
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect((await serverLog(id)).requests).to.equal(1);
    await expectAccessible(el);
  });

  it('retries a 500 with backoff and then shows the data', async () => {
    const id = uniqueId();
    const el = await fixture<CtStats>(
      html`<ct-stats lang="en" .store=${quickStore()} src=${feedUrl({ id, failTimes: 1, body: goodFeed })}></ct-stats>`,
    );
    await until(() => figures(el) === 1, 'data after a retry');
    expect((await serverLog(id)).requests).to.equal(2);
    expect(part(el, 'error')).to.equal(null);
  });

  it('gives up after the configured retries on a server that keeps failing', async () => {
    const id = uniqueId();
    const { event } = await failingElement(feedUrl({ id, failTimes: 99, body: goodFeed }));
    expect(event.detail.status).to.equal(500);
    expect((await serverLog(id)).requests).to.equal(3);
  });

  it('loads again when the retry button is pressed', async () => {
    const id = uniqueId();
    const store = new FeedStore({ retryDelayMs: 20 });
    const { el } = await failingElement(feedUrl({ id, failTimes: 3, body: goodFeed }), { store });
    part(el, 'retry-button')!.click();
    await until(() => figures(el) === 1, 'data after pressing retry');
    expect((await serverLog(id)).requests).to.equal(4);
  });

  it('times out a slow feed', async () => {
    const { el, event } = await failingElement(feedUrl({ delayMs: 3000, body: goodFeed }), { timeout: 0.3 });
    expect(event.detail.reason).to.equal('timeout');
    expect(errorText(el)).to.contain('The feed took too long to answer.');
  });

  it('reports a body that is not JSON', async () => {
    const { el, event } = await failingElement(feedUrl({ rawBody: '<html>Maintenance</html>' }));
    expect(event.detail.reason).to.equal('not-json');
    expect(errorText(el)).to.contain('The feed is not valid JSON.');
    await expectAccessible(el);
  });

  it('leaves a faulty figure out, shows the others with a quiet note, and names the path in the console', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const bad = statsFeed([{ value: 1, label: 'a' }, { value: 2, label: 'b' }, { value: 'many', label: 'c' }]);
      const el = document.createElement('ct-stats');
      el.lang = 'en';
      el.src = feedUrl({ body: bad });
      const loaded = oneEvent(el, 'ct-load');
      await fixture(el);
      expect((await loaded).detail.leftOut).to.equal(1);
      await el.updateComplete;
      expect(figures(el)).to.equal(2);
      expect(part(el, 'error')).to.equal(null);
      const note = part(el, 'left-out')!;
      expect(note.getAttribute('role')).to.equal('status');
      expect(squash(note.textContent)).to.equal('1 item not shown because of an error in the feed');
      expect(warnings.join('\n')).to.contain('$.stats.figures[2].value: expected a number, got "many"');
      await expectAccessible(el);
    } finally {
      console.warn = warn;
    }
  });

  it('names the JSON path of a section that is not the format at all, in the event, the console and on screen', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const { el, event } = await failingElement(feedUrl({ body: { kind: 'stats', version: 1, stats: { figures: 'many' } } }));
      expect(event.detail).to.include({ reason: 'invalid', path: '$.stats.figures' });
      expect(errorText(el)).to.contain('The feed does not have the expected shape.');
      expect(errorText(el)).to.contain('Where in the feed: $.stats.figures');
      expect(errorText(el)).to.contain('Technical detail: expected an array of figures');
      expect(warnings.join('\n')).to.contain('$.stats.figures: expected an array of figures');
      expect(part(el, 'left-out')).to.equal(null);
      await expectAccessible(el);
    } finally {
      console.warn = warn;
    }
  });

  it('refuses a body over the size limit, by Content-Length', async () => {
    const { el, event } = await failingElement(feedUrl({ body: goodFeed }), { maxBytes: 20 });
    expect(event.detail.reason).to.equal('too-large');
    expect(errorText(el)).to.contain('The feed is larger than the size limit.');
  });

  it('refuses a streamed body over the default 16 MiB limit without reading all of it', async () => {
    const { event } = await failingElement('/api/huge?bytes=20000000');
    expect(event.detail.reason).to.equal('too-large');
  });

  it('reads an 8 MB body by default (a 10,000-session frab export is that big)', async () => {
    // The padded body is read in full and only then refused for what it lacks, not for its size.
    const { event } = await failingElement('/api/huge?bytes=8000000');
    expect(event.detail.reason).to.equal('invalid');
  });

  it('reports a feed without the section it needs, naming the path', async () => {
    const { event } = await failingElement(feedUrl({ body: { kind: 'conference', version: 1 } }));
    expect(event.detail.path).to.equal('$.stats');
    expect(event.detail.message).to.contain('has no "stats" section');
  });

  it('keeps showing the last good data when a refresh fails', async () => {
    const id = uniqueId();
    const el = await fixture<CtStats>(
      html`<ct-stats lang="en" refresh="0.3" .store=${quickStore()} src=${feedUrl({ id, okTimes: 1, body: goodFeed })}></ct-stats>`,
    );
    await until(() => figures(el) === 1, 'first data');
    await until(() => part(el, 'error') !== null, 'the failed refresh', 6000);
    expect(figures(el)).to.equal(1);
    expect(errorText(el)).to.contain('Showing the last data received.');
    await expectAccessible(el);
  });

  it('never affects a sibling element with a good feed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <ct-stats class="bad" .store=${quickStore()} src=${feedUrl({ status: 404 })}></ct-stats>
      <ct-stats class="good" src=${SEED_FEED_URL}></ct-stats>
    </div>`);
    const bad = wrapper.querySelector<CtStats>('.bad')!;
    const good = wrapper.querySelector<CtStats>('.good')!;
    await until(() => part(bad, 'error') !== null && figures(good) === 7, 'one error and one ready element');
    expect(part(good, 'error')).to.equal(null);
    await expectAccessible(wrapper);
  });

  it('makes one request for three elements with the same src', async () => {
    const id = uniqueId();
    const src = feedUrl({ id, delayMs: 100, body: goodFeed });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <ct-stats src=${src}></ct-stats><ct-stats src=${src}></ct-stats><ct-stats src=${src}></ct-stats>
    </div>`);
    const elements = [...wrapper.querySelectorAll('ct-stats')];
    await until(() => elements.every((el) => figures(el) === 1), 'all three elements');
    expect((await serverLog(id)).requests).to.equal(1);
  });

  it('aborts the request in flight when its only element is removed', async () => {
    const id = uniqueId();
    const el = await fixture<CtStats>(html`<ct-stats src=${feedUrl({ id, delayMs: 2000, body: goodFeed })}></ct-stats>`);
    await until(() => el.shadowRoot!.querySelector('[part~="loading"]') !== null, 'loading state');
    await new Promise((resolve) => setTimeout(resolve, 100));
    el.remove();
    let log = await serverLog(id);
    for (let i = 0; i < 50 && log.aborted === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      log = await serverLog(id);
    }
    expect(log).to.deep.equal({ requests: 1, aborted: 1 });
  });

  it('keeps the request while another element still needs it', async () => {
    const id = uniqueId();
    const src = feedUrl({ id, delayMs: 300, body: goodFeed });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><ct-stats src=${src}></ct-stats><ct-stats src=${src}></ct-stats></div>`);
    const [first, second] = [...wrapper.querySelectorAll('ct-stats')];
    first!.remove();
    await until(() => figures(second!) === 1, 'the remaining element');
    expect(await serverLog(id)).to.deep.equal({ requests: 1, aborted: 0 });
  });

  it('shows a loading state with reserved space and aria-busy', async () => {
    const el = await fixture<CtStats>(html`<ct-stats lang="en" src=${feedUrl({ delayMs: 1500, body: goodFeed })}></ct-stats>`);
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'loading')!.textContent).to.contain('Loading…');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(80);
    await expectAccessible(el);
  });
});
