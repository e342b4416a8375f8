import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/speakers/ct-speakers.js';
import { FeedStore } from '../src/core/feed/feed-store.js';
import { elementStories, type ElementArgs } from './manifest.js';

const stories = elementStories('ct-speakers');
const meta: Meta<ElementArgs> = { ...stories.meta, title: 'Elements/ct-speakers', component: 'ct-speakers', tags: ['autodocs'] };
const speakers = (args: ElementArgs, extra: ElementArgs = {}, slotted?: TemplateResult) => stories.render({ ...args, ...extra }, slotted);

export default meta;

type Story = StoryObj<ElementArgs>;

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
