import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import '../src/components/press-releases/ct-press-releases.js';
import { FeedStore, defaultFeedStore } from '../src/core/feed/feed-store.js';
import { SEED_SRC } from './seed.js';

interface Args {
  src?: string;
  pageSize: number;
}

function list(args: Args, extra: { data?: unknown; store?: FeedStore; lang?: string; theme?: 'dark' } = {}): TemplateResult {
  return html`<ct-press-releases
    src=${ifDefined(args.src)}
    page-size=${args.pageSize}
    lang=${ifDefined(extra.lang)}
    theme=${ifDefined(extra.theme)}
    .data=${extra.data}
    .store=${extra.store ?? defaultFeedStore}
  ></ct-press-releases>`;
}

/** Twelve illustrative releases over three years, for paging and the year filter. */
const longFeed = {
  kind: 'conference',
  version: 1,
  pressReleases: {
    releases: Array.from({ length: 12 }, (_, i) => ({
      id: `sample-${i}`,
      lang: 'en',
      symbol: `SAMPLE/${String(i + 1).padStart(3, '0')}`,
      office: 'Sample Office',
      headline: `Illustrative release number ${i + 1}`,
      dateline: { place: 'New York', date: `${2021 + (i % 3)}-0${(i % 9) + 1}-15` },
      lead: 'An illustrative lead paragraph, not a United Nations text.',
      body: [],
      url: 'https://www.un.org/',
    })),
  },
};

const meta: Meta<Args> = {
  title: 'Elements/ct-press-releases',
  component: 'ct-press-releases',
  tags: ['autodocs'],
  decorators: [withActions],
  render: (args) => list(args),
  args: { src: SEED_SRC, pageSize: 5 },
  argTypes: {
    src: { control: 'text' },
    pageSize: { control: { type: 'number', min: 1, max: 50 } },
    ...Object.fromEntries(['data', 'store', 'refresh', 'timeout', 'maxBytes', 'theme', 'year', 'loading', 'error', 'empty'].map((name) => [name, { control: false }])),
  },
  parameters: { actions: { handles: ['ct-load', 'ct-error', 'ct-filter-change', 'ct-expanded-change'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** The seed feed: the releases of CT Week 2023, newest first; open one in place. */
export const Default: Story = {};

/** Paging ("Show more") and the year filter. */
export const LongList: Story = {
  args: { src: undefined, pageSize: 4 },
  render: (args) => list(args, { data: longFeed }),
};

export const French: Story = { render: (args) => list(args, { lang: 'fr' }) };

/** An Arabic page (toolbar locale ar): UI strings, feed text, dates and numbers in Arabic, right to left. */
export const Arabic: Story = { globals: { locale: 'ar' }, render: (args) => html`<div lang="ar">${list(args)}</div>` };

/** English releases on an Arabic page: each item is an English, left-to-right block; the buttons are Arabic. */
export const EnglishReleasesOnArabicPage: Story = {
  globals: { locale: 'ar' },
  args: { src: 'feeds/samples/un-press-releases.json' },
  render: (args) => list(args),
};

export const Loading: Story = {
  args: { src: 'feeds/never-answers.json' },
  render: (args) => list(args, { store: new FeedStore({ fetch: () => new Promise<Response>(() => {}) }) }),
};

export const ErrorState: Story = { name: 'Error', args: { src: 'feeds/does-not-exist.json' } };

export const Empty: Story = {
  args: { src: undefined },
  render: (args) => list(args, { data: { kind: 'conference', version: 1, pressReleases: { releases: [] } } }),
};

export const Dark: Story = {
  render: (args) => html`<div style="background: #101316; padding: 1rem">${list(args, { theme: 'dark' })}</div>`,
};

/** A sidebar column: the cards, the year filter and "Show more" at 320px. */
export const NarrowColumn: Story = {
  render: (args) => html`<div style="inline-size: 320px">${list(args)}</div>`,
};

/** Four kinds of document, each with its label: statement, meetings coverage, press release, note to correspondents. */
export const DocumentTypes: Story = { args: { src: 'feeds/samples/un-press-releases.json' } };
