import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/agenda/ct-agenda.js';
import type { CtAgenda } from '../../src/components/agenda/agenda.js';
import { uniqueId } from '../helpers/feeds.js';
import { boundText, fallbackMarks, FEED_ID, findActiveContent, textAs, useXssHarness, type TextForm } from '../helpers/xss.js';

/**
 * Tags the element renders in any state: toolbar (tabs, search, menus), day sections, session cards with
 * their details, the grid's room headers, the loading placeholder, error and empty states. Anything else
 * in its shadow root came from a payload.
 */
const TAGS = new Set(['bdi', 
  ...['div', 'p', 'span', 'section', 'article', 'ol', 'ul', 'li', 'time', 'a', 'button'],
  ...['label', 'input', 'select', 'option', 'slot', 'code'],
]);

/** During s1 (19 June, 10–11 a.m. in New York), so the now and next markers and "Jump to now" are shown. */
const NOW = '2023-06-19T10:30:00-04:00';
const WEBCAST = 'https://webtv.un.org/';

const agenda = (section: Record<string, unknown>) => ({ kind: 'agenda', version: 1, agenda: { timeZone: 'America/New_York', ...section } });
const session = (id: string, day: number, fields: Record<string, unknown> = {}) => ({
  id,
  title: 't',
  start: `2023-06-${day}T10:00:00-04:00`,
  end: `2023-06-${day}T11:00:00-04:00`,
  ...fields,
});

/**
 * Every text field of the `agenda` section holds the payload: s1, room r1 and track t1 as plain strings,
 * s2, r2 and t2 as language maps (a speaker's name is always a plain string), so one update takes both
 * render paths. The agenda title, a single field, takes `titleForm`. Two rooms, tracks, types and
 * organisers, so that every filter menu is shown.
 */
function feedWith(payload: string, titleForm: TextForm) {
  const details = (form: TextForm) => ({
    organizers: [textAs(payload, form)],
    speakers: [{ name: payload, role: 'chair', title: textAs(payload, form), organization: textAs(payload, form) }],
    description: textAs(payload, form),
    languages: ['fr', 'ar'],
    links: [{ kind: 'webcast', url: WEBCAST, label: textAs(payload, form) }],
  });
  return agenda({
    title: textAs(payload, titleForm),
    rooms: [{ id: 'r1', name: payload }, { id: 'r2', name: textAs(payload, 'map') }],
    tracks: [{ id: 't1', name: payload }, { id: 't2', name: textAs(payload, 'map') }],
    sessions: [
      session('s1', 19, { title: payload, type: 'opening', room: 'r1', track: 't1', format: 'hybrid', ...details('string') }),
      // A second organiser, so that the organiser menu has two choices.
      session('s2', 20, { title: textAs(payload, 'map'), type: 'panel', room: 'r2', track: 't2', ...details('map'), organizers: [textAs(payload, 'map'), 'Organizer'] }),
    ],
  });
}

const MENU_OPTIONS = 'option:is([value="r1"], [value="r2"], [value="t1"], [value="t2"])';

/**
 * Feed text that the ready state shows, with the form it was given in: `map` text falls back to French
 * and must be marked so; `string` text, and text resolved before binding (menus), must not be.
 */
function shownTexts(root: ShadowRoot, titleForm: TextForm): [string, Element, TextForm][] {
  const all = (selector: string, name: string, form: TextForm): [string, Element, TextForm][] =>
    [...root.querySelectorAll(selector)].map((node) => [name, node, form]);
  const inSession = (id: string, form: TextForm) => [
    ...all(`#session-${id} .title`, `${id} title`, form),
    ...all(`#session-${id} [part~="room"]`, `${id} room`, form),
    ...all(`#session-${id} [part~="track"]`, `${id} track`, form),
    ...all(`#session-${id} .description`, `${id} description`, form),
    ...all(`#session-${id} .people .name`, `${id} speaker name`, 'string'),
    ...all(`#session-${id} .people:nth-of-type(2) li:first-child`, `${id} organizer`, form),
    ...all(`#session-${id} .links a`, `${id} link label`, form),
  ];
  return [
    ...all('[part~="title"]', 'agenda title', titleForm),
    ...inSession('s1', 'string'),
    ...inSession('s2', 'map'),
    ...all('.room-headers > div:first-child', 'room header r1', 'string'),
    ...all('.room-headers > div:last-child', 'room header r2', 'map'),
    ...all(MENU_OPTIONS, 'room or track option', 'string'),
  ];
}

/** Parses markup inertly: nothing in a template's content runs or loads. */
const REPARSE = document.createElement('template');

/** The JSON-LD script must hold the feed's text as data, and be the only thing in the light DOM. */
function jsonLdProblems(el: CtAgenda, payload: string): string[] {
  const problems: string[] = [];
  if (el.children.length !== 1 || el.childNodes.length !== 1) problems.push('light DOM changed');
  const script = el.querySelector(':scope > script[type="application/ld+json"]');
  if (!script) return [...problems, 'no JSON-LD'];
  const text = script.textContent!;
  if (text.includes('<')) problems.push('a "<" in JSON-LD');
  try {
    const data = JSON.parse(text);
    const sub = (i: number) => data.subEvent?.[i];
    const values = [data.name, ...[0, 1].flatMap((i) => [sub(i)?.name, sub(i)?.description, sub(i)?.location?.name, sub(i)?.performer?.[0]?.name])];
    if (values.some((value) => value !== payload)) problems.push('JSON-LD values changed');
  } catch {
    problems.push('JSON-LD does not parse');
  }
  // The page as a crawler or a saved copy reads it: parsed again from its markup, the script is still whole.
  REPARSE.innerHTML = el.innerHTML;
  const children = REPARSE.content.children;
  if (children.length !== 1 || children[0]!.localName !== 'script' || children[0]!.textContent !== text) problems.push('JSON-LD ends early when parsed');
  return problems;
}

const clean = () => history.replaceState(null, '', `${location.pathname}${location.search}`);

describe('<ct-agenda> against the XSS corpus', function () {
  // 8,346 payloads, each rendered and checked: ~60 s on an idle machine, 115 s under a load of 15 on two
  // cores. The time limit only guards against a hang; it must not fail a run that is merely slow.
  this.timeout(280_000);
  // Each test starts and ends on a clean URL (the agenda reads and writes the hash), outside the traps,
  // which record any navigation: so these hooks go before the harness's and after them.
  beforeEach(clean);
  const harness = useXssHarness();
  afterEach(clean);

  /**
   * The programme in the grid view (everything the list shows, plus room headers) with both sessions'
   * details open. Each payload is the feed's text and the search, set in one update, so the search must
   * find both sessions. The agenda title takes the payloads alternately as a string and as a map: every
   * other field gets each payload in both forms in the same update. `viewer-time-zone` spares each update
   * a call to `Intl` for the browser's zone.
   */
  it('shows every payload in every text field and the search box as text, and as data in JSON-LD', async () => {
    const el = await fixture<CtAgenda>(
      html`<ct-agenda lang="en" json-ld no-url-state now=${NOW} viewer-time-zone="Europe/Geneva" storage-key=${uniqueId('fav')}></ct-agenda>`,
    );
    const root = el.shadowRoot!;
    untrusted(el).data = feedWith('x', 'string');
    await el.updateComplete;
    [...root.querySelectorAll<HTMLButtonElement>('.segmented button')].find((button) => button.textContent!.trim() === 'Grid')!.click();
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-action="toggle-details"]')) button.click();
    await el.updateComplete;
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    const problems = new Set<string>();
    for (const [index, payload] of harness.payloads.entries()) {
      const titleForm = index % 2 ? 'map' : 'string';
      untrusted(el).data = feedWith(payload, titleForm);
      search.value = payload;
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const where = `for ${payload.slice(0, 60)}`;
      for (const problem of findActiveContent(root, TAGS)) problems.add(`${problem} ${where}`);
      for (const problem of jsonLdProblems(el, payload)) problems.add(`${problem} ${where}`);
      if (search.value !== payload) problems.add(`search box changed ${where}`);
      if (root.querySelectorAll('.details:not([hidden]) .description').length !== 2 || !root.querySelector('.room-headers')) {
        problems.add(`sessions missing or not found by the search ${where}`);
        continue;
      }
      const shown = shownTexts(root, titleForm);
      // The agenda title, seven fields in each session, room headers on each day, four menu options.
      if (shown.length !== 23) problems.add(`${shown.length} texts shown ${where}`);
      for (const [name, node, form] of shown) {
        if (boundText(node) !== payload) problems.add(`${name} text changed ${where}`);
        if ((form === 'map') !== (fallbackMarks(node) === 1)) problems.add(`${name} took the wrong render path ${where}`);
      }
      // "Name, Chair, function, organisation": the name is a plain string, the other two in the session's form.
      for (const [id, form] of [['s1', 'string'], ['s2', 'map']] as const) {
        const line = root.querySelector(`#session-${id} .people li`)!;
        if (boundText(line) !== `${payload}, Chair, ${payload}, ${payload}`) problems.add(`${id} speaker line changed ${where}`);
        if (fallbackMarks(line) !== (form === 'map' ? 2 : 0)) problems.add(`${id} speaker line took the wrong render path ${where}`);
      }
      const organizer = [...root.querySelectorAll('option')].find((node) => node.getAttribute('value') === payload);
      if (organizer?.textContent !== payload) problems.add(`organizer option changed ${where}`);
      for (const link of root.querySelectorAll('.links a')) {
        if (link.getAttribute('href') !== WEBCAST) problems.add(`link changed ${where}`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // let any injected handler fire
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  /** An element that has never had valid data: a refused feed then renders the error state alone, quickly. */
  const freshAgenda = () => fixture<CtAgenda>(html`<ct-agenda lang="en" no-url-state now=${NOW} viewer-time-zone="Europe/Geneva"></ct-agenda>`);

  it('never puts a payload into a link: every link url payload is refused', async () => {
    let el = await freshAgenda();
    const problems = new Set<string>();
    for (const payload of harness.payloads) {
      untrusted(el).data = agenda({ sessions: [session('s1', 19, { links: [{ kind: 'webcast', url: payload }] })] });
      await el.updateComplete;
      const root = el.shadowRoot!;
      for (const problem of findActiveContent(root, TAGS)) problems.add(`${problem} from ${payload.slice(0, 60)}`);
      // Refused: the session that carries it is left out (with a note), or the whole feed.
      if (root.querySelector('[part="error"], [part~="left-out"]')) continue;
      // Accepted: the link (shown with the details) must still be a web link.
      root.querySelector<HTMLButtonElement>('[data-action="toggle-details"]')!.click();
      await el.updateComplete;
      for (const link of root.querySelectorAll('.details a')) {
        if (!/^(https?:|mailto:)/i.test(link.getAttribute('href')!)) problems.add(`href="${link.getAttribute('href')!.slice(0, 60)}"`);
      }
      el = await freshAgenda();
    }
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  it('refuses every payload that is not an id as a session, room or track id, and keeps the rest to ids and fragments', async () => {
    let el = await freshAgenda();
    const problems = new Set<string>();
    for (const payload of harness.payloads) {
      // Session, room and track ids follow one rule (one schema), so one feed tries all three.
      untrusted(el).data = agenda({
        rooms: [{ id: payload, name: 'r' }],
        tracks: [{ id: payload, name: 't' }],
        sessions: [session(payload, 19, { room: payload, track: payload })],
      });
      await el.updateComplete;
      const root = el.shadowRoot!;
      for (const problem of findActiveContent(root, TAGS)) problems.add(`${problem} from ${payload.slice(0, 60)}`);
      // Refused: the items that carry it are left out (with a note), or the whole feed.
      const refused = root.querySelector('[part="error"], [part~="left-out"]') !== null;
      if (refused === FEED_ID.test(payload)) problems.add(`${refused ? 'refused' : 'accepted'}: ${payload.slice(0, 60)}`);
      if (refused) continue;
      const card = root.querySelector<HTMLElement>('[data-session-id]');
      const permalink = card?.querySelector('a.permalink')?.getAttribute('href');
      if (card?.id !== `session-${payload}` || permalink !== `#session-${payload}`) problems.add(`id changed: ${payload.slice(0, 60)}`);
      el = await freshAgenda();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls).to.deep.equal([]);
  });

  /**
   * Each fragment navigation costs several milliseconds of the browser's own work under the test runner,
   * so the corpus is sampled here: every payload holding a malformed percent escape (what URL decoding
   * trips on) and an even spread of the rest.
   */
  it('reads payload-bearing URL hashes as data: #q=…, the filters it writes itself, and #session-…', async () => {
    const malformed = (payload: string) => {
      try {
        decodeURIComponent(payload);
        return false;
      } catch {
        return true;
      }
    };
    const sample = harness.payloads.filter((payload, index) => index % 160 === 0 || malformed(payload));
    expect(sample.length).to.be.greaterThan(100);
    const el = await fixture<CtAgenda>(
      html`<ct-agenda lang="en" now=${NOW} viewer-time-zone="Europe/Geneva" storage-key=${uniqueId('fav')}></ct-agenda>`,
    );
    untrusted(el).data = feedWith('x', 'string');
    await el.updateComplete;
    const root = el.shadowRoot!;
    const parent = el.parentElement!;
    const problems = new Set<string>();
    const ours = new Set<string>();
    // Errors thrown in the element's listeners are collected with their payload, not left to end the test.
    const onerror = window.onerror;
    let current = '';
    window.onerror = (message) => (problems.add(`uncaught ${String(message)} for ${current}`), true);
    const go = async (hash: string) => {
      current = hash.slice(0, 70);
      const before = location.href;
      location.hash = hash;
      ours.add(`navigate(${location.href})`);
      if (location.href !== before) await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await el.updateComplete;
      for (const problem of findActiveContent(root, TAGS)) problems.add(`${problem} for ${current}`);
      if (!root.querySelector('[part~="toolbar"]')) problems.add(`programme gone for ${current}`);
    };
    try {
      for (const payload of sample) {
        await go(`#q=${payload}`);
        // The same hash when a page opens with it.
        el.remove();
        parent.append(el);
        await el.updateComplete;
        await go(`#${new URLSearchParams({ q: payload, day: payload, track: payload, type: payload, room: payload, organizer: payload })}`);
        const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
        if (search.value !== payload) problems.add(`search box shows ${JSON.stringify(search.value.slice(0, 40))} for ${payload.slice(0, 60)}`);
        await go(`#session-${payload}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      window.onerror = onerror;
    }
    expect([...problems]).to.deep.equal([]);
    expect(harness.traps.calls.filter((call) => !ours.has(call))).to.deep.equal([]);
  });
});
