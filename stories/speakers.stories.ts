import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import '../src/components/speakers/ct-speakers.js';
import { SPEAKERS_FILTERS, SPEAKERS_LAYOUTS, type SpeakersFilter, type SpeakersLayout } from '../src/components/speakers/speakers.js';
import { FeedStore, defaultFeedStore } from '../src/core/feed/feed-store.js';
import { SEED_SRC } from './seed.js';

interface SpeakersArgs {
  src?: string;
  layout: SpeakersLayout;
  filter: SpeakersFilter;
  noFilter: boolean;
}

interface Extra {
  data?: unknown;
  store?: FeedStore;
  theme?: 'light' | 'dark';
}

function speakers(args: SpeakersArgs, extra: Extra = {}): TemplateResult {
  return html`<ct-speakers
    src=${ifDefined(args.src)}
    layout=${args.layout}
    filter=${args.filter}
    ?no-filter=${args.noFilter}
    theme=${ifDefined(extra.theme)}
    .data=${extra.data}
    .store=${extra.store ?? defaultFeedStore}
  ></ct-speakers>`;
}

const withoutControls = Object.fromEntries(
  ['no-filter', 'agenda-href', 'heading-level', 'max-bytes', 'theme', 'data', 'store', 'refresh', 'timeout', 'maxBytes', 'loading', 'error', 'empty'].map(
    (name) => [name, { control: false }] as const,
  ),
);

const meta: Meta<SpeakersArgs> = {
  title: 'Elements/ct-speakers',
  component: 'ct-speakers',
  tags: ['autodocs'],
  decorators: [withActions],
  render: (args) => speakers(args),
  args: { src: SEED_SRC, layout: 'grid', filter: 'all', noFilter: false },
  argTypes: {
    src: { control: 'text' },
    layout: { control: 'inline-radio', options: SPEAKERS_LAYOUTS },
    filter: { control: 'inline-radio', options: SPEAKERS_FILTERS },
    noFilter: { control: 'boolean' },
    ...withoutControls,
  },
  parameters: { actions: { handles: ['ct-load', 'ct-error', 'ct-filter-change'] } },
};
export default meta;

type Story = StoryObj<SpeakersArgs>;

/** The seed: Mr. Vladimir Voronkov (chair) and three fictional people (see the feed's meta). */
export const Default: Story = {};

/** `layout="list"`: one compact line per person. */
export const CompactList: Story = { args: { layout: 'list' } };

/** `filter="speaker"`: starts filtered to speakers. */
export const FilteredBySpeakers: Story = { args: { filter: 'speaker' } };

/** A store whose fetch never answers: the placeholder holds the space. */
export const Loading: Story = {
  args: { src: 'feeds/never-answers.json' },
  render: (args) => speakers(args, { store: new FeedStore({ fetch: () => new Promise<Response>(() => {}) }) }),
};

/** The feed URL answers 404: an alert with a retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: 'feeds/does-not-exist.json' } };

/** A valid feed with no people. */
export const Empty: Story = {
  args: { src: undefined },
  render: (args) => speakers(args, { data: { kind: 'conference', version: 1, speakers: { people: [] } } }),
};

/** `lang="ar"` on a container: Arabic names, right to left. */
/** An Arabic page (toolbar locale ar): UI strings, feed text, dates and numbers in Arabic, right to left. */
export const Arabic: Story = { globals: { locale: 'ar' }, render: (args) => html`<div lang="ar">${speakers(args)}</div>` };

/** Names given as plain strings, language unknown, on an Arabic page: each keeps its own direction. */
export const PlainNamesOnArabicPage: Story = {
  globals: { locale: 'ar' },
  args: { src: undefined },
  render: (args) =>
    speakers(args, {
      data: {
        kind: 'conference',
        version: 1,
        speakers: {
          people: [
            { id: 'moreno', name: 'Ms. Ana Moreno', role: 'speaker', title: 'Director, Example Institute (illustrative)' },
            { id: 'haddad', name: 'السيدة ليلى حداد', role: 'moderator', title: 'مديرة (مثال توضيحي)' },
          ],
        },
      },
    }),
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  render: (args) => html`<div style="background: #101316; padding: 1rem">${speakers(args, { theme: 'dark' })}</div>`,
};

/** A 320 px column: one card per row. */
export const NarrowColumn: Story = { render: (args) => html`<div style="inline-size: 320px">${speakers(args)}</div>` };
