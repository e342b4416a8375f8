import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/event-header/ct-event-header.js';
import { FeedStore } from '../src/core/feed/feed-store.js';
import { elementStories, type ElementArgs } from './manifest.js';

const stories = elementStories('ct-event-header', { now: '2023-06-01T12:00:00-04:00', 'heading-level': 1 });
const meta: Meta<ElementArgs> = { ...stories.meta, title: 'Elements/ct-event-header', component: 'ct-event-header', tags: ['autodocs'] };
const header = (args: ElementArgs, extra: ElementArgs = {}, slotted?: TemplateResult) => stories.render({ ...args, ...extra }, slotted);

export default meta;

type Story = StoryObj<ElementArgs>;

/** The seed conference seen on 1 June 2023: upcoming, with a countdown and "Add to calendar". */
export const Default: Story = {};

/** `now` during the conference (19 June 2023, 9:00 in New York): "Live now". */
export const Live: Story = { args: { now: '2023-06-19T09:00:00-04:00' } };

/** `now` after the conference: "Ended", with a link to the outcome. */
export const Ended: Story = { args: { now: '2023-06-21T12:00:00-04:00' } };

/** No `now`: the real clock (the 2023 conference has ended). */
export const RealClock: Story = { args: { now: undefined } };

/** A store whose fetch never answers: the placeholder holds the space. */
export const Loading: Story = {
  args: { src: 'feeds/never-answers.json' },
  render: (args) => header(args, { store: new FeedStore({ fetch: () => new Promise<Response>(() => {}) }) }),
};

/** The feed URL answers 404: an alert with a retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: 'feeds/does-not-exist.json' } };

/** An Arabic page (toolbar locale ar): UI strings, feed text, dates and numbers in Arabic, right to left. */
export const Arabic: Story = { globals: { locale: 'ar' }, render: (args) => html`<div lang="ar">${header(args)}</div>` };

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  render: (args) => html`<div style="background: #101316; padding: 1rem">${header(args, { theme: 'dark' })}</div>`,
};

/** A 320 px column. */
export const NarrowColumn: Story = {
  render: (args) => html`<div style="inline-size: 320px">${header(args)}</div>`,
};

/**
 * An event ending on the last day a feed can name, 31 December 9999: live, with its dates, and an
 * "add to calendar" file that says how long it lasts (there is no day after it in iCalendar).
 */
export const EndsIn9999: Story = {
  args: { now: '2026-01-01T00:00:00Z', src: undefined },
  render: (args) =>
    header(args, {
      data: {
        kind: 'conference',
        version: 1,
        event: { id: 'forever', name: { en: 'A conference that never ends' }, startDate: '2020-01-01', endDate: '9999-12-31', timeZone: 'Pacific/Kiritimati' },
      },
    }),
};
