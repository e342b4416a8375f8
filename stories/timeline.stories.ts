import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import '../src/components/timeline/ct-timeline.js';
import { FeedStore, defaultFeedStore } from '../src/core/feed/feed-store.js';
import { TIMELINE_LAYOUTS, type TimelineLayout } from '../src/components/timeline/timeline.js';
import { SEED_SRC } from './seed.js';

interface TimelineArgs {
  src?: string;
  now?: string;
  layout: TimelineLayout;
  headingLevel: number;
}

interface Extra {
  data?: unknown;
  store?: FeedStore;
  theme?: 'light' | 'dark';
}

function timeline(args: TimelineArgs, extra: Extra = {}): TemplateResult {
  return html`<ct-timeline
    src=${ifDefined(args.src)}
    now=${ifDefined(args.now)}
    layout=${args.layout}
    heading-level=${args.headingLevel}
    theme=${ifDefined(extra.theme)}
    .data=${extra.data}
    .store=${extra.store ?? defaultFeedStore}
  ></ct-timeline>`;
}

const withoutControls = Object.fromEntries(
  ['heading-level', 'max-bytes', 'theme', 'data', 'store', 'refresh', 'timeout', 'maxBytes', 'loading', 'error', 'empty'].map(
    (name) => [name, { control: false }] as const,
  ),
);

const meta: Meta<TimelineArgs> = {
  title: 'Elements/ct-timeline',
  component: 'ct-timeline',
  tags: ['autodocs'],
  decorators: [withActions],
  render: (args) => timeline(args),
  args: { src: SEED_SRC, now: '2023-06-20T12:00:00-04:00', layout: 'auto', headingLevel: 2 },
  argTypes: {
    src: { control: 'text' },
    now: { control: 'text' },
    layout: { control: 'inline-radio', options: TIMELINE_LAYOUTS },
    headingLevel: { control: { type: 'number', min: 1, max: 6, step: 1 } },
    ...withoutControls,
  },
  parameters: { actions: { handles: ['ct-load', 'ct-error'] } },
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** The seed: from the 2006 Strategy to the September 2023 outcome report, seen on 20 June 2023 (the conference is current). */
export const Default: Story = {};

/** A store whose fetch never answers: the placeholder holds the space. */
export const Loading: Story = {
  args: { src: 'feeds/never-answers.json' },
  render: (args) => timeline(args, { store: new FeedStore({ fetch: () => new Promise<Response>(() => {}) }) }),
};

/** The feed URL answers 404: an alert with a retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: 'feeds/does-not-exist.json' } };

/** A valid feed with no milestones. */
export const Empty: Story = {
  args: { src: undefined },
  render: (args) => timeline(args, { data: { kind: 'conference', version: 1, timeline: { milestones: [] } } }),
};

/** `lang="ar"` on a container: Arabic titles and dates, right to left. */
/** An Arabic page (toolbar locale ar): UI strings, feed text, dates and numbers in Arabic, right to left. */
export const Arabic: Story = { globals: { locale: 'ar' }, render: (args) => html`<div lang="ar">${timeline(args)}</div>` };

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  render: (args) => html`<div style="background: #101316; padding: 1rem">${timeline(args, { theme: 'dark' })}</div>`,
};

/** A 320 px column: the timeline runs down the page. */
export const NarrowColumn: Story = {
  render: (args) => html`<div style="inline-size: 320px">${timeline(args)}</div>`,
};

/** `now` unset: the real clock (every seed milestone is past). */
export const RealClock: Story = { args: { now: undefined } };

/** `layout="vertical"` keeps the list running down even in a wide band. */
export const AlwaysVertical: Story = { args: { layout: 'vertical' } };

/** Years before 100 as written (99, not 1999), in order with 100 and 1999, and a milestone to 9999. */
export const AncientAndFarYears: Story = {
  render: (args) =>
    timeline(args, {
      data: {
        kind: 'conference',
        version: 1,
        timeline: {
          milestones: [
            { date: '0001-01-01', title: { en: 'Year 1' } },
            { date: '0099-01', endDate: '0099-06', title: { en: 'January to June of the year 99' } },
            { date: '0100', title: { en: 'Year 100' } },
            { date: '1999-12-31', title: { en: 'Last day of 1999' } },
            { date: '2000', endDate: '9999-12-31', title: { en: 'From 2000 to the end of 9999' } },
          ],
        },
      },
    }),
};
