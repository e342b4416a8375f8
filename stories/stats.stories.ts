import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/stats/ct-stats.js';
import { FeedStore } from '../src/core/feed/feed-store.js';
import { UN_LANGUAGES } from '../src/core/language/localization.js';
import { elementStories, type ElementArgs } from './manifest.js';
import { SEED_SRC } from './seed.js';

const stories = elementStories('ct-stats');
const meta: Meta<ElementArgs> = { ...stories.meta, title: 'Elements/ct-stats', component: 'ct-stats', tags: ['autodocs'] };
const render = stories.render;
const stats = (args: ElementArgs, extra: ElementArgs = {}, slotted?: TemplateResult) => render({ ...args, ...extra }, slotted);

/**
 * The seed feed with one figure's value turned into a string: fails validation at a known path. Fetched,
 * not imported: in `storybook dev` the static /feeds route answers Vite's module request for the JSON file
 * with raw JSON, and the stories module fails to load.
 */
async function invalidSeed(): Promise<unknown> {
  const feed = await (await fetch(SEED_SRC)).json();
  feed.stats.figures[2].value = '23';
  return feed;
}

const emptyFeed = { kind: 'stats', version: 1, stats: { figures: [] } };

export default meta;

type Story = StoryObj<ElementArgs>;

/** The seed feed: the 2023 UN Counter-Terrorism Week in figures. */
export const Default: Story = {};

/** A store whose fetch never answers: the placeholder stays, reserving the space of the figures. */
export const Loading: Story = {
  args: { src: 'feeds/never-answers.json' },
  render: (args) => stats(args, { store: new FeedStore({ fetch: () => new Promise<Response>(() => {}) }) }),
};

/**
 * The feed URL answers 404: the alert with the status and a retry button. (Not exported as `Error`, which
 * would shadow the global in this module.)
 */
export const ErrorState: Story = {
  name: 'Error',
  args: { src: 'feeds/does-not-exist.json' },
};

/**
 * The first request succeeds, every later one answers 503. After the refresh (2 s) and its retries, the
 * alert appears above the figures, which stay: a failed refresh never discards good data.
 */
export const ErrorWithLastData: Story = {
  render: (args) => {
    let calls = 0;
    const store = new FeedStore({
      retryDelayMs: 50,
      minRefreshSeconds: 2, // a demo store: real pages never refresh more often than every 10 s
      fetch: (input, init) => (calls++ === 0 ? fetch(input, init) : Promise.resolve(new Response('', { status: 503 }))),
    });
    return stats(args, { store, refresh: 2 });
  },
};

/**
 * Unusable loading attributes: `timeout="soon"`, `max-bytes="lots"`, `refresh="0.001"`. Each falls back
 * (default timeout and size limit, refresh raised to the 10 s floor) with one console warning naming the
 * attribute, and the figures load as usual.
 */
export const InvalidLoadingAttributes: Story = {
  render: (args) => stats(args, { timeout: 'soon', 'max-bytes': 'lots', refresh: '0.001' }),
};

/** The `src` is not a URL at all (`http://[bad`): the error state at once, never "Loading…" forever. */
export const UnparsableSrc: Story = {
  args: { src: 'http://[bad' },
};

/** `figures[2].value` is a string: the message names the JSON path for the content editor. */
export const InvalidShape: Story = {
  args: { src: undefined },
  loaders: [async () => ({ feed: await invalidSeed() })],
  render: (args, { loaded }) => stats(args, { data: loaded['feed'] }),
};

/** A valid feed with no figures. */
export const Empty: Story = {
  args: { src: undefined },
  render: (args) => stats(args, { data: emptyFeed }),
};

/** An Arabic page (toolbar locale ar): UI strings, feed text, dates and numbers in Arabic, right to left. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  render: (args) => html`<div lang="ar">${stats(args)}</div>`,
};

/** The seed in the six UN languages, one element each, for side-by-side review. */
export const AllLanguages: Story = {
  render: (args) => html`<div
    style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 34rem), 1fr))"
  >
    ${UN_LANGUAGES.map((lang) => stats(args, { lang }))}
  </div>`,
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  render: (args) => html`<div style="background: #101316; padding: 1rem">${stats(args, { theme: 'dark' })}</div>`,
};

/** Theming with the public custom properties only. */
export const CustomTheme: Story = {
  render: (args) =>
    html`<div
      style=${[
        '--ct-color-accent: #8a1538',
        '--ct-color-accent-strong: #5c0e25',
        '--ct-font-family: Georgia, serif',
        '--ct-radius: 0',
        '--ct-stats-value-size: 3rem',
      ].join('; ')}
    >
      ${stats(args)}
    </div>`,
};

/** A 320 px column, as in a sidebar or on a phone: the grid falls to one column. */
export const NarrowColumn: Story = {
  render: (args) => html`<div style="inline-size: 320px">${stats(args)}</div>`,
};

/** `notation="compact"`: 1,000 becomes "1K" (in the element's language). */
export const CompactNotation: Story = {
  args: { notation: 'compact' },
};

/** `count-up`: the figures count up when scrolled into view (not under reduced motion). */
export const CountUp: Story = {
  args: { 'count-up': true },
};

/** The empty state replaced through the `empty` slot. */
export const CustomSlots: Story = {
  args: { src: undefined },
  render: (args) =>
    stats(args, { data: emptyFeed }, html`<p slot="empty">The figures will be published after the closing session.</p>`),
};
