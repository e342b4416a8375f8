import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/agenda/ct-agenda.js';
import { FeedStore } from '../src/core/feed/feed-store.js';
import { generateAgendaFeed } from '../test/fixtures/generate-agenda.js';
import { generateFrabSchedule } from '../test/fixtures/generate-frab.js';
import { elementStories, type ElementArgs } from './manifest.js';
import { SEED_SRC } from './seed.js';

const stories = elementStories('ct-agenda');

// Stories share one page in docs mode, so none of them writes filters to the URL (`urlState` only in the
// deep-link stories); each keeps its own personal agenda.
let storageCounter = 0;
function agenda(args: ElementArgs, { urlState, ...extra }: ElementArgs & { urlState?: boolean } = {}): TemplateResult {
  storageCounter += 1;
  return stories.render({ ...args, 'no-url-state': !urlState, 'storage-key': `storybook-${storageCounter}`, ...extra });
}

const meta: Meta<ElementArgs> = {
  ...stories.meta,
  title: 'Elements/ct-agenda',
  component: 'ct-agenda',
  tags: ['autodocs'],
  render: (args) => agenda(args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const Default: Story = {};
export const Grid: Story = { args: { layout: 'grid' } };
export const LiveDuringTheConference: Story = {
  name: 'Live: now and next (pinned clock)',
  args: { now: '2023-06-20T11:45:00-04:00' },
};
export const ViewerTimeZone: Story = {
  name: 'Viewer time zone (Geneva)',
  render: (args) => agenda(args, { 'viewer-time-zone': 'Europe/Zurich' }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ct-agenda')!;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.segmented button')][1]?.click();
  },
};
export const FilteredBySearch: Story = {
  name: 'Search in use',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ct-agenda')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]');
    if (input) {
      input.value = 'victims';
      input.dispatchEvent(new Event('input'));
    }
  },
};
/**
 * The page starts the agenda filtered and laid out as it wants: the reader's choices are reflected
 * attributes (`day`, `track`, `search`, `layout`, `expanded`…), so markup can set them too. What the reader
 * changes from here fires `ct-filter-change`, `ct-layout-change`… (see the Actions panel).
 */
export const StartingStateFromAttributes: Story = {
  name: 'Starting state from attributes (track, day, grid)',
  render: () => html`<ct-agenda
    no-url-state
    storage-key="storybook-attributes"
    src=${SEED_SRC}
    track="conference"
    day="2023-06-19"
    layout="grid"
  ></ct-agenda>`,
};
export const DetailOpen: Story = {
  name: 'Session detail open',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ct-agenda')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    el.shadowRoot!.querySelector<HTMLButtonElement>('#session-closing [aria-expanded]')?.click();
  },
};
export const Loading: Story = {
  render: (args) => agenda(args, { store: new FeedStore({ fetch: () => new Promise<Response>(() => undefined) }) }),
};
export const ErrorState: Story = { name: 'Error', args: { src: 'feeds/does-not-exist.json' } };
export const Empty: Story = {
  args: { src: undefined },
  render: (args) => agenda(args, { data: { kind: 'agenda', version: 1, agenda: { timeZone: 'America/New_York', sessions: [] } } }),
};
/** A feed with three faulty sessions (a date in words, an end before the start, an id with a space): the others are shown, with a note; the console names each fault by its JSON path. */
export const FaultySessionsLeftOut: Story = {
  name: 'Faulty sessions left out',
  args: { src: undefined },
  render: (args) => {
    const feed = generateAgendaFeed(12);
    const [a, b, c] = feed.agenda.sessions;
    a!.start = '19 June 2023, 10:00';
    b!.end = '2023-06-19T07:00:00-04:00';
    c!.id = 'session 3';
    return agenda(args, { data: feed });
  },
};
/** 60 days (two sessions a day from Monday 19 June 2023): more than 14, so a week is chosen first, then a day of it. */
export const LongProgramme: Story = {
  name: 'Long programme (60 days): weeks, then days',
  args: { src: undefined },
  render: (args) => agenda(args, { data: generateAgendaFeed(120, { days: 60 }) }),
  play: ({ canvasElement }) => onceReady(canvasElement, (root) => root.querySelector<HTMLButtonElement>('[part~="week-next"]')?.click()),
};
/** The same in Arabic: previous week on the right, arrows pointing the way the weeks run. */
export const LongProgrammeArabic: Story = {
  name: 'Long programme (60 days), Arabic, right to left',
  args: { src: undefined },
  render: (args) => html`<div lang="ar" dir="rtl">${agenda(args, { data: generateAgendaFeed(120, { days: 60 }) })}</div>`,
  play: LongProgramme.play,
};
/**
 * A shared link to a day the programme does not have (stale, or a day only another time zone has): the
 * agenda shows every day instead of an empty list, and says in the console what it left out.
 */
export const StaleDayLink: Story = {
  name: 'Deep link to a day not in the programme (#day=2019-01-01)',
  render: (args) => {
    history.replaceState(history.state, '', '#day=2019-01-01');
    return agenda(args, { urlState: true });
  },
};
export const ArabicGrid: Story = {
  globals: { locale: 'ar' },
  name: 'Arabic, right to left, grid',
  args: { layout: 'grid' },
  render: (args) => html`<div lang="ar" dir="rtl">${agenda(args)}</div>`,
};
/**
 * `<ct-agenda lang="ar">` on an English page: Arabic content right to left; the UI strings (English, the
 * page's UI language) keep their own left-to-right direction: "20 of 20 sessions", "My time (…)".
 */
export const ArabicAgendaOnEnglishPage: Story = {
  globals: { locale: 'en' },
  render: (args) => agenda(args, { lang: 'ar' }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ct-agenda')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    el.shadowRoot!.querySelector<HTMLButtonElement>('#session-closing [aria-expanded]')?.click();
  },
};
export const Dark: Story = {
  render: (args) => html`<div style="background:#101316; padding:1rem">${agenda(args, { theme: 'dark' })}</div>`,
};
export const NarrowColumn: Story = {
  args: { layout: 'grid' },
  render: (args) => html`<div style="inline-size: 320px">${agenda(args)}</div>`,
};
/**
 * The first screen comes from the earliest sessions, validated first, before the rest is read (inert,
 * the element busy, the toolbar's place kept unseen); the whole programme replaces it moments later.
 */
export const TenThousandSessions: Story = {
  name: '10,000 sessions',
  args: { src: undefined },
  render: (args) => agenda(args, { data: generateAgendaFeed(10_000) }),
};
/** A frab export of 10,000 events (7.6 MB): its earliest events are converted, read and shown first. */
export const TenThousandFrabEvents: Story = {
  name: '10,000 events of a frab export',
  args: { src: undefined },
  render: (args) => agenda(args, { data: generateFrabSchedule(10_000) }),
};
export const FrabSample: Story = {
  name: 'frab / pretalx schedule JSON',
  args: { src: 'feeds/samples/pretalx-democon.frab.json', layout: 'grid' },
};
export const ICalendarSample: Story = {
  name: 'iCalendar (.ics) feed',
  args: { src: 'feeds/samples/indico-style.ics' },
};
/**
 * A real Exchange 2010 export whose zone is a display name, `(UTC+07:00) Bangkok, Hanoi, Jakarta`: shown
 * at 9:00–12:00 "Indochina Time" (Asia/Bangkok, placed by its cities) whatever the reader's own zone.
 */
export const ICalendarExchangeDisplayName: Story = {
  name: 'iCalendar from Exchange (display-name zone)',
  args: { src: 'ical-corpus/node-ical-exchange-custom-tz.ics' },
};
/**
 * A real Exchange series in a "Customized Time Zone" (US Eastern rules, defined in the file only): 34
 * Tuesday and Thursday sessions at 10:35, across the change from summer time, shown as Eastern Time.
 */
export const ICalendarExchangeCustomZone: Story = {
  name: 'iCalendar from Exchange (custom zone, repeating)',
  args: { src: 'ical-corpus/node-ical-bad_ms_tz.ics' },
};

/** Waits for the programme, then acts on it as a visitor would. */
async function onceReady(canvas: HTMLElement, act: (root: ShadowRoot) => void | Promise<void>) {
  const el = canvas.querySelector('ct-agenda')!;
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('.session'); i++) await new Promise((r) => setTimeout(r, 100));
  await act(el.shadowRoot!);
}

function chooseFilter(root: ShadowRoot, label: string, value: string) {
  const field = [...root.querySelectorAll('.filters label')].find((node) => node.querySelector('span')?.textContent === label);
  const menu = field?.querySelector('select');
  if (!menu) return;
  menu.value = value;
  menu.dispatchEvent(new Event('change'));
}

export const FilteredByType: Story = {
  name: 'Filter: type (thematic discussions)',
  play: ({ canvasElement }) => onceReady(canvasElement, (root) => chooseFilter(root, 'Type', 'thematic')),
};
export const FilteredByTrack: Story = {
  name: 'Filter: track (General Assembly)',
  play: ({ canvasElement }) => onceReady(canvasElement, (root) => chooseFilter(root, 'Track', 'general-assembly')),
};
export const FilteredByRoom: Story = {
  name: 'Filter: room (Conference Room 4)',
  play: ({ canvasElement }) => onceReady(canvasElement, (root) => chooseFilter(root, 'Room', 'cr-4')),
};
export const FilteredByOrganizer: Story = {
  name: 'Filter: organizer (UNOCT)',
  play: ({ canvasElement }) => onceReady(canvasElement, (root) => chooseFilter(root, 'Organizer', 'United Nations Office of Counter-Terrorism (UNOCT)')),
};
export const FilteredByDay: Story = {
  name: 'Filter: day (20 June)',
  play: ({ canvasElement }) => onceReady(canvasElement, (root) => root.querySelectorAll<HTMLButtonElement>('[role="tab"]')[2]?.click()),
};
export const PersonalAgenda: Story = {
  name: 'Personal agenda (two sessions marked)',
  play: ({ canvasElement }) =>
    onceReady(canvasElement, async (root) => {
      for (const id of ['gender', 'closing']) {
        root.querySelector<HTMLButtonElement>(`#session-${id} [part~="favourite-button"]`)?.click();
        await new Promise((r) => setTimeout(r, 50));
      }
      root.querySelector<HTMLButtonElement>('[part~="mine-toggle"]')?.click();
    }),
};
export const PrintTheFilteredView: Story = {
  name: 'Print: the filtered view (use print preview)',
  render: (args) => html`<div style="max-inline-size: 21cm">${agenda(args, { theme: 'dark' })}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'Filtered to the General Assembly track, in the dark theme. Open this story’s canvas and use the browser’s print ' +
          'preview (Ctrl+P / ⌘P): the toolbar and card buttons are left out, the summary says how many sessions are shown, ' +
          'colours turn light whatever the theme, cards are not split across pages, and the whole filtered list prints ' +
          'even on a long programme whose later sessions are still arriving. Tested under emulated print media.',
      },
    },
  },
  play: ({ canvasElement }) => onceReady(canvasElement, (root) => chooseFilter(root, 'Track', 'general-assembly')),
};
