import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/key-messages/ct-key-messages.js';
import { FeedStore } from '../src/core/feed/feed-store.js';
import { elementStories, type ElementArgs } from './manifest.js';

const stories = elementStories('ct-key-messages');
const meta: Meta<ElementArgs> = { ...stories.meta, title: 'Elements/ct-key-messages', component: 'ct-key-messages', tags: ['autodocs'] };
const keyMessages = (args: ElementArgs, extra: ElementArgs = {}, slotted?: TemplateResult) => stories.render({ ...args, ...extra }, slotted);

export default meta;

type Story = StoryObj<ElementArgs>;

/** The seed: the chair’s five initial conclusions and recommendations, quotes verbatim. */
export const Default: Story = {};

/** A store whose fetch never answers: the placeholder holds the space. */
export const Loading: Story = {
  args: { src: 'feeds/never-answers.json' },
  render: (args) => keyMessages(args, { store: new FeedStore({ fetch: () => new Promise<Response>(() => {}) }) }),
};

/** The feed URL answers 404: an alert with a retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: 'feeds/does-not-exist.json' } };

/** A valid feed with no messages. */
export const Empty: Story = {
  args: { src: undefined },
  render: (args) => keyMessages(args, { data: { kind: 'conference', version: 1, keyMessages: { messages: [] } } }),
};

/** An Arabic page (toolbar locale ar): UI strings, feed text, dates and numbers in Arabic, right to left; the verbatim English quotes marked as English, left to right, with the Arabic translation beside them. */
export const Arabic: Story = { globals: { locale: 'ar' }, render: (args) => html`<div lang="ar">${keyMessages(args)}</div>` };

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  render: (args) => html`<div style="background: #101316; padding: 1rem">${keyMessages(args, { theme: 'dark' })}</div>`,
};

/** A 320 px column: numbers move above the text. */
export const NarrowColumn: Story = {
  render: (args) => html`<div style="inline-size: 320px">${keyMessages(args)}</div>`,
};
