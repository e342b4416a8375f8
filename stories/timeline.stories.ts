import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/timeline/ct-timeline.js';
import { FeedStore } from '../src/core/feed/feed-store.js';
import { elementStories, type ElementArgs } from './manifest.js';

const stories = elementStories('ct-timeline', { now: '2023-06-20T12:00:00-04:00' });
const meta: Meta<ElementArgs> = { ...stories.meta, title: 'Elements/ct-timeline', component: 'ct-timeline', tags: ['autodocs'] };
const timeline = (args: ElementArgs, extra: ElementArgs = {}, slotted?: TemplateResult) => stories.render({ ...args, ...extra }, slotted);

export default meta;

type Story = StoryObj<ElementArgs>;

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
