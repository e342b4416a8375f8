import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import '../src/components/key-messages/ct-key-messages.js';
import { FeedStore, defaultFeedStore } from '../src/core/feed/feed-store.js';
import { SEED_SRC } from './seed.js';

interface KeyMessagesArgs {
  src?: string;
  headingLevel: number;
}

interface Extra {
  data?: unknown;
  store?: FeedStore;
  theme?: 'light' | 'dark';
}

function keyMessages(args: KeyMessagesArgs, extra: Extra = {}): TemplateResult {
  return html`<ct-key-messages
    src=${ifDefined(args.src)}
    heading-level=${args.headingLevel}
    theme=${ifDefined(extra.theme)}
    .data=${extra.data}
    .store=${extra.store ?? defaultFeedStore}
  ></ct-key-messages>`;
}

const withoutControls = Object.fromEntries(
  ['heading-level', 'max-bytes', 'theme', 'data', 'store', 'refresh', 'timeout', 'maxBytes', 'loading', 'error', 'empty'].map(
    (name) => [name, { control: false }] as const,
  ),
);

const meta: Meta<KeyMessagesArgs> = {
  title: 'Elements/ct-key-messages',
  component: 'ct-key-messages',
  tags: ['autodocs'],
  decorators: [withActions],
  render: (args) => keyMessages(args),
  args: { src: SEED_SRC, headingLevel: 2 },
  argTypes: {
    src: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6, step: 1 } },
    ...withoutControls,
  },
  parameters: { actions: { handles: ['ct-load', 'ct-error'] } },
};
export default meta;

type Story = StoryObj<KeyMessagesArgs>;

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
