import { expect, fixture, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import * as library from '../../src/index.js';
import { CtFeedElement } from '../../src/core/element/feed-element.js';
import { FeedStore } from '../../src/core/feed/feed-store.js';
import { expectAccessible } from '../helpers/a11y.js';
import { part } from '../helpers/dom.js';
import { SEED_FEED_URL, feedUrl, serverLog, uniqueId, until } from '../helpers/feeds.js';

/**
 * The one suite every feed element runs: the four states (loading, error, empty, ready) and the note, each
 * with its part, its slot, `aria-busy`, the typed events and no axe violation. An element added to
 * src/index.ts that shows a feed section must be listed here (the last test fails otherwise).
 */
interface FeedElementCase {
  tag: string;
  section: string;
  /** The section with nothing to show. */
  empty: unknown;
  /** Attributes the ready state needs (a release id, a fixed "now"). */
  attributes?: Record<string, string>;
  /** The section with something to show; by default the seed feed's. */
  ready?: unknown;
}

const DURING = '2023-06-20T11:00:00-04:00';
const CASES: FeedElementCase[] = [
  { tag: 'ct-stats', section: 'stats', empty: { figures: [] } },
  { tag: 'ct-agenda', section: 'agenda', empty: { timeZone: 'UTC', sessions: [] }, attributes: { now: DURING, 'no-url-state': '' } },
  { tag: 'ct-press-release', section: 'pressReleases', empty: { releases: [] }, attributes: { release: 'hlc-2023-06-20' } },
  { tag: 'ct-press-releases', section: 'pressReleases', empty: { releases: [] } },
  { tag: 'ct-key-messages', section: 'keyMessages', empty: { messages: [] } },
  { tag: 'ct-speakers', section: 'speakers', empty: { people: [] } },
  { tag: 'ct-timeline', section: 'timeline', empty: { milestones: [] }, attributes: { now: DURING } },
  // The event header has no empty state: a feed without an event is an error ("invalid").
  { tag: 'ct-event-header', section: 'event', empty: undefined, attributes: { now: DURING } },
];

const busy = (el: Element) => part(el, 'base')!.getAttribute('aria-busy');
const slotIn = (el: Element, state: string, name: string) => part(el, state)!.querySelector(`slot[name="${name}"]`);

async function make(c: FeedElementCase, props: { src?: string; data?: unknown; store?: FeedStore } = {}): Promise<HTMLElement> {
  const tag = unsafeStatic(c.tag);
  const el = await fixture<HTMLElement>(staticHtml`<${tag} lang="en" .store=${props.store ?? new FeedStore({ retryDelayMs: 10 })}></${tag}>`);
  for (const [name, value] of Object.entries(c.attributes ?? {})) el.setAttribute(name, value);
  if (props.data !== undefined) (el as HTMLElement & { data: unknown }).data = props.data;
  if (props.src) el.setAttribute('src', props.src);
  return el;
}

for (const c of CASES) {
  describe(`<${c.tag}> in each feed state`, function () {
    this.timeout(30_000);

    it('loading: a placeholder in part "loading", slot "loading", aria-busy, accessible', async () => {
      const el = await make(c, { src: feedUrl({ delayMs: 20_000, body: {} }) });
      await until(() => part(el, 'loading') !== null, 'the loading state');
      expect(busy(el)).to.equal('true');
      expect(slotIn(el, 'loading', 'loading')).to.not.equal(null);
      expect(part(el, 'loading')!.textContent).to.contain('Loading…');
      await expectAccessible(el);
      el.remove(); // aborts the slow request
    });

    it('error: role=alert with the reason, ct-error, slot "error", and a retry that loads', async () => {
      const id = uniqueId();
      // Three 500s use up the store's first try and two retries; "Try again" gets the good answer.
      const src =
        c.ready === undefined
          ? feedUrl({ id, failTimes: 3, file: 'feeds/ct-week-2023/conference.json' })
          : feedUrl({ id, failTimes: 3, body: { kind: 'conference', version: 1, [c.section]: c.ready } });
      const el = await make(c);
      const failed = oneEvent(el, 'ct-error');
      el.setAttribute('src', src);
      const { detail } = await failed;
      expect([detail.reason, detail.status]).to.deep.equal(['http', 500]);
      await until(() => part(el, 'error') !== null, 'the error state');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(busy(el)).to.equal('false');
      expect(slotIn(el, 'error', 'error')).to.not.equal(null);
      await expectAccessible(el);
      const loaded = oneEvent(el, 'ct-load');
      part(el, 'retry-button')!.click();
      expect((await loaded).detail.url).to.equal(new URL(src, location.href).href);
      await until(() => part(el, 'error') === null, 'the error state to go');
      expect((await serverLog(id)).requests).to.equal(4);
    });

    it('error on bad data: "invalid" with the JSON path, and no ct-load', async () => {
      let loads = 0;
      const el = await make(c);
      el.addEventListener('ct-load', () => (loads += 1));
      const failed = oneEvent(el, 'ct-error');
      (el as HTMLElement & { data: unknown }).data = { kind: 'conference', version: 2 };
      const { detail } = await failed;
      expect([detail.reason, detail.path]).to.deep.equal(['invalid', '$.version']);
      await until(() => part(el, 'error') !== null, 'the error state');
      expect(loads).to.equal(0);
    });

    if (c.empty !== undefined) {
      it('empty: part "empty" with slot "empty", ct-load, accessible', async () => {
        const el = await make(c);
        const loaded = oneEvent(el, 'ct-load');
        (el as HTMLElement & { data: unknown }).data = { kind: 'conference', version: 1, [c.section]: c.empty };
        await loaded;
        await until(() => part(el, 'empty') !== null, 'the empty state');
        expect(busy(el)).to.equal('false');
        expect(slotIn(el, 'empty', 'empty')).to.not.equal(null);
        expect(part(el, 'empty')!.textContent!.trim()).to.not.equal('');
        await expectAccessible(el);
      });
    }

    it('ready: ct-load with the URL, no state parts, accessible', async () => {
      const el = await make(c);
      const loaded = oneEvent(el, 'ct-load');
      const src = c.ready === undefined ? SEED_FEED_URL : feedUrl({ body: { kind: 'conference', version: 1, [c.section]: c.ready } });
      el.setAttribute('src', src);
      const { detail } = await loaded;
      expect(detail.url).to.equal(new URL(src, location.href).href);
      expect(detail.leftOut).to.equal(0);
      await until(() => busy(el) === 'false', 'aria-busy to clear');
      for (const state of ['loading', 'error', 'empty', 'left-out']) expect(part(el, state), state).to.equal(null);
      await expectAccessible(el);
    });

    it('heading-level: the title at that level, the rest below it, within 1–6', async () => {
      const el = await make(c);
      const src = c.ready === undefined ? SEED_FEED_URL : feedUrl({ body: { kind: 'conference', version: 1, [c.section]: c.ready } });
      const loaded = oneEvent(el, 'ct-load');
      el.setAttribute('src', src);
      await loaded;
      const levels = async (value: string | null) => {
        if (value === null) el.removeAttribute('heading-level');
        else el.setAttribute('heading-level', value);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        return [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((node) => Number(node.getAttribute('aria-level')));
      };
      const fallback = c.tag === 'ct-event-header' ? 1 : 2; // a page header is the page's main title
      expect(Math.min(...(await levels(null))), 'default').to.equal(fallback);
      expect(Math.min(...(await levels('4'))), '4').to.equal(4);
      expect(Math.max(...(await levels('9'))), '9 is 6').to.equal(6);
      expect(Math.min(...(await levels('0'))), '0 is 1').to.equal(1);
      expect(Math.min(...(await levels('abc'))), 'not a number').to.equal(fallback);
    });
  });
}

describe('the shared feed-state suite', () => {
  it('covers every feed element the package defines', () => {
    const exported: unknown[] = Object.values(library);
    const feedTags = exported
      .filter((value): value is CustomElementConstructor => typeof value === 'function' && value.prototype instanceof CtFeedElement)
      .map((element) => customElements.getName(element))
      .sort();
    expect(feedTags.length).to.be.greaterThan(7);
    expect([...new Set(CASES.map((c) => c.tag))].sort()).to.deep.equal(feedTags);
  });
});
