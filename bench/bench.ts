/**
 * The page side of `npm run bench`. Each measure runs on a freshly loaded page (no warm caches, no heap
 * left by the other side); scripts/bench.mjs drives it, types through the real keyboard, reads the heap
 * and computes medians and ratios. Both sides start from the same parsed document, handed over in the
 * timed region: the agenda reads it through its own path (frab adapter, validation, model), the baseline
 * with its hand-written reader.
 */
import '../src/components/agenda/ct-agenda.js';
import type { CtAgenda } from '../src/components/agenda/agenda.js';
import { generateAgendaFeed } from '../test/fixtures/generate-agenda.js';
import { generateFrabSchedule } from '../test/fixtures/generate-frab.js';
import { worstCalendar } from '../test/feeds/worst-calendar.js';
import { BaselineAgenda } from './baseline.js';

/** The generated programme starts on this day (New York); the day view shows it. */
const FIRST_DAY = '2023-06-19';
/** Every other session mentions it (see generateAgendaFeed): the search halves the list. */
const HALF_WORD = 'workshop';

/** Resolves after the next frame has been produced, i.e. the work is on screen. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/**
 * The same, in a user-blocking task right after the frame: for the first screen, so that a task the
 * agenda queued before (its next slice) does not count as part of the frame that showed the first cards.
 * Not for the rest: checked before the chunk settler's step, the bench's own query (a selector over the
 * whole shadow tree) counts in the frame time the settler sizes its batches by (10,000 sessions: every
 * card laid out after 5.9 s instead of 4.5 s, tasks of 267 ms instead of 199 ms, measured).
 */
const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
const rightAfterFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => (scheduler?.postTask ? void scheduler.postTask(resolve, { priority: 'user-blocking' }) : void setTimeout(resolve, 0))),
  );
const stage = document.getElementById('stage')!;

/** Long tasks and slow input events of this page, from its load on. */
const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
const events: PerformanceEventTiming[] = [];
new PerformanceObserver((list) => events.push(...(list.getEntries() as PerformanceEventTiming[]))).observe({
  type: 'event',
  durationThreshold: 16,
  buffered: true,
} as PerformanceObserverInit);

let text = '';
let expected = { all: 0, day: 0, half: 0 };
let agenda: CtAgenda | undefined;
let baseline: BaselineAgenda | undefined;

/** Sessions shown: search and filters hide the cards they leave out. */
const sessions = (el: CtAgenda) => el.shadowRoot!.querySelectorAll('.session:not([hidden])').length;

/** Waits, frame by frame, until `done()`; the time is taken after the frame that showed it. */
async function untilFrame(done: () => boolean, what: string, limit = 120_000, frame = nextFrame) {
  const start = performance.now();
  for (;;) {
    await frame();
    if (done()) return;
    if (performance.now() - start > limit) throw new Error(`bench: ${what} not reached in ${limit} ms`);
  }
}

/**
 * A new agenda given `json`, timed until its first screen: the first frame with sessions in it, looked for
 * frame by frame from the start (a frab schedule is read by a reader loaded on demand, a big feed is
 * validated in slices and shows its earliest sessions before the rest: `updateComplete` waits for the
 * whole programme).
 */
async function agendaFirstScreen(json: unknown): Promise<{ el: CtAgenda; t0: number; firstScreen: number }> {
  await nextFrame();
  const el = (agenda = document.createElement('ct-agenda') as CtAgenda);
  el.setAttribute('storage-key', 'bench');
  const t0 = performance.now();
  el.data = json;
  stage.append(el);
  await untilFrame(() => sessions(el) > 0, 'first screen', 120_000, rightAfterFrame);
  return { el, t0, firstScreen: performance.now() - t0 };
}

const api = {
  /** Generates the document (untimed) and says what a complete view must hold. */
  prepare(kind: 'ct' | 'frab', size: number) {
    const own = generateAgendaFeed(size);
    text = JSON.stringify(kind === 'frab' ? generateFrabSchedule(size) : own);
    const onFirstDay = (start: string) => new Date(Date.parse(start) - 4 * 3_600_000).toISOString().startsWith(FIRST_DAY);
    expected = {
      all: size,
      day: own.agenda.sessions.filter((s) => onFirstDay(s.start)).length,
      half: own.agenda.sessions.filter((s) => s.description.toLowerCase().includes(HALF_WORD)).length,
    };
    return { bytes: new Blob([text]).size, ...expected };
  },

  /** The feed as one JSON text, for the `src` check: served back by the bench server. */
  feedText: () => text,

  /** The worst iCalendar the tests make (test/feeds/worst-calendar.ts): 20,000 sessions shown, the rest refused. */
  worstCalendarText: () => worstCalendar(),

  /**
   * Issue 9: the longest main-thread task from a feed given by `src` (fetched, read, validated, normalised,
   * rendered) until every session of it is in the DOM, and until every card is laid out. Long tasks are
   * wall-clock time: on a loaded machine a slice may be descheduled, so the load average goes with it.
   */
  async longestFromSrc(src: string, want: number) {
    history.replaceState(null, '', location.pathname);
    await nextFrame();
    const el = (agenda = document.createElement('ct-agenda') as CtAgenda);
    el.setAttribute('storage-key', 'bench');
    const t0 = performance.now();
    el.setAttribute('src', src);
    stage.append(el);
    await untilFrame(() => el.shadowRoot!.querySelectorAll('.session').length === want, `${want} sessions from ${src}`, 300_000);
    const complete = performance.now() - t0;
    const settled = await untilFrame(() => !el.shadowRoot!.querySelector('.chunk:not(.settled)'), 'every chunk laid out', 60_000).then(
      () => true,
      () => false,
    );
    const laidOut = settled ? performance.now() - t0 : Infinity;
    await new Promise((resolve) => setTimeout(resolve, 100)); // a long task is reported after it ends
    const during = (end: number) => longTasks.filter((task) => task.startTime >= t0 && task.startTime < t0 + end).map((task) => task.duration);
    return { complete, laidOut, longestToComplete: Math.max(0, ...during(complete)), longestToLaidOut: Math.max(0, ...during(performance.now() - t0)), longTasks: during(complete).length };
  },

  /** The agenda, from the document given to it until every session of the view is on screen. */
  async agendaLoad(view: 'day' | 'all') {
    history.replaceState(null, '', view === 'day' ? `#day=${FIRST_DAY}` : location.pathname);
    const { el, t0, firstScreen } = await agendaFirstScreen(JSON.parse(text));
    const firstCount = sessions(el);
    const want = view === 'day' ? expected.day : expected.all;
    await untilFrame(() => sessions(el) === want, `${want} sessions`);
    const complete = performance.now() - t0;
    // Off-screen chunks are laid out (and enter the accessibility tree) in short tasks after that; given
    // up (reported as such) after a minute.
    const laidOut = await untilFrame(() => !el.shadowRoot!.querySelector('.chunk:not(.settled)'), 'every chunk laid out', 60_000).then(
      () => performance.now() - t0,
      () => Infinity,
    );
    const after = longTasks.filter((task) => task.startTime >= t0 + firstScreen && task.startTime < t0 + laidOut);
    return {
      firstScreen,
      firstCount,
      complete,
      laidOut,
      shown: sessions(el),
      longTasks: after.length,
      longestTask: Math.max(0, ...after.map((task) => task.duration)),
    };
  },

  /**
   * The fixed cost of a first screen, whatever the programme's size: the agenda with one session, timed
   * as `agendaLoad` times its first screen (the page's Intl starting up, the element, its styles, a frame).
   */
  async agendaFloor() {
    history.replaceState(null, '', location.pathname);
    return (await agendaFirstScreen(JSON.parse(JSON.stringify(generateAgendaFeed(1))))).firstScreen;
  },

  async baselineLoad(view: 'day' | 'all') {
    const json: unknown = JSON.parse(text);
    await nextFrame();
    const t0 = performance.now();
    baseline = new BaselineAgenda();
    baseline.render(json, view === 'day' ? FIRST_DAY : undefined);
    stage.append(baseline.element);
    await nextFrame();
    return { complete: performance.now() - t0, shown: baseline.element.querySelectorAll('.session').length };
  },

  /**
   * Plain DOM's own first screen: the same reading, sorting and grouping, and the first `cards` cards of the
   * day built, timed as the agenda's first screen is. What a first screen costs without any library.
   */
  async baselineFirstScreen(cards: number) {
    const json: unknown = JSON.parse(text);
    await nextFrame();
    const t0 = performance.now();
    baseline = new BaselineAgenda();
    baseline.render(json, FIRST_DAY, cards);
    stage.append(baseline.element);
    await rightAfterFrame();
    return performance.now() - t0;
  },

  /** Search as one input event (a paste, or the last key of a word), then clearing it, on the complete list. */
  async agendaSearch(query: string) {
    const el = agenda!;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    const want = query ? expected.half : expected.all;
    const t0 = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await untilFrame(() => sessions(el) === want, `search "${query}"`);
    const complete = performance.now() - t0;
    const shown = sessions(el);
    // Hiding and showing may leave off-screen chunks to be laid out again in the background (chunk
    // settler): the baseline lays out all of its cards at once, so the like-for-like figure waits for that.
    const laidOut = await untilFrame(() => !el.shadowRoot!.querySelector('.chunk:not(.settled)'), 'every chunk laid out', 60_000).then(
      () => performance.now() - t0,
      () => Infinity,
    );
    return { complete, shown, laidOut };
  },

  async baselineSearch(query: string) {
    const t0 = performance.now();
    const shown = baseline!.search(query);
    await nextFrame();
    return { complete: performance.now() - t0, shown };
  },

  /** Puts the caret in the agenda's search box, for the real keyboard. */
  focusSearch() {
    events.length = 0;
    agenda!.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
  },

  /** After typing: waits for the final list, then the slowest key (Event Timing: input to next paint). */
  async keystrokes() {
    await untilFrame(() => sessions(agenda!) === expected.half, 'typed search');
    await new Promise((resolve) => setTimeout(resolve, 300)); // entries are reported after their paint
    const keys = events.filter((e) => ['keydown', 'keypress', 'keyup', 'beforeinput', 'input'].includes(e.name));
    return { slowest: Math.max(0, ...keys.map((e) => e.duration)), entries: keys.length };
  },

  /** Counts what a heap reading should not include: the stage is emptied and references dropped. */
  empty() {
    stage.replaceChildren();
    agenda = undefined;
    baseline = undefined;
  },
};

(window as unknown as { bench: typeof api }).bench = api;
