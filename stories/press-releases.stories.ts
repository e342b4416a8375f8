import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/press-releases/ct-press-releases.js';
import { FeedStore } from '../src/core/feed/feed-store.js';
import { elementStories, type ElementArgs } from './manifest.js';

const stories = elementStories('ct-press-releases', { 'page-size': 5 });
const list = (args: ElementArgs, extra: ElementArgs = {}, slotted?: TemplateResult) => stories.render({ ...args, ...extra }, slotted);

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

const meta: Meta<ElementArgs> = { ...stories.meta, title: 'Elements/ct-press-releases', component: 'ct-press-releases', tags: ['autodocs'] };
export default meta;

type Story = StoryObj<ElementArgs>;

/** The seed feed: the releases of CT Week 2023, newest first; open one in place. */
export const Default: Story = {};

/** Paging ("Show more") and the year filter. */
export const LongList: Story = {
  args: { src: undefined, 'page-size': 4 },
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
