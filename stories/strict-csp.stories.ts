import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fitFramesToTheirPages } from './frame-height.js';

/**
 * Each element on its own page under the strict policy (stories/strict-csp/element.html, loading the built
 * CDN file): the story is that page in an iframe, since Storybook's own preview runs inline scripts and
 * styles that the policy forbids. The page counts `securitypolicyviolation` events and prints the count.
 */
/** Our tags, from the `HTMLElementTagNameMap` entries each `ct-<name>.ts` declares. */
type Tag = Extract<keyof HTMLElementTagNameMap, `ct-${string}`>;

const frame = (tag: Tag, query: Record<string, string> = {}) => {
  const params = new URLSearchParams({ tag, ...query });
  return html`<iframe
    title=${`${tag} under a strict Content-Security-Policy`}
    src=${`strict-csp/element.html?${params}`}
    style="inline-size: 100%; block-size: 480px; border: 1px solid #ccc"
  ></iframe>`;
};

fitFramesToTheirPages();

const meta: Meta = {
  title: 'Host pages/Strict Content-Security-Policy',
  parameters: {
    docs: {
      description: {
        component:
          "Every element under `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html dompurify ct-widgets` (here as a `<meta>` policy; the browser tests send it as a header). The line above each widget counts the page's policy violations: it must say 0.",
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Stats: Story = { render: () => frame('ct-stats') };
export const Agenda: Story = { render: () => frame('ct-agenda') };
export const AgendaGrid: Story = { name: 'Agenda, room grid', render: () => frame('ct-agenda', { layout: 'grid' }) };
export const PressRelease: Story = { render: () => frame('ct-press-release') };
export const PressReleases: Story = { render: () => frame('ct-press-releases') };
export const EventHeader: Story = { render: () => frame('ct-event-header') };
export const KeyMessages: Story = { render: () => frame('ct-key-messages') };
export const Speakers: Story = { render: () => frame('ct-speakers') };
export const Timeline: Story = { render: () => frame('ct-timeline') };
export const LanguageBar: Story = { render: () => frame('ct-language-bar') };
export const ArabicAgendaGrid: Story = {
  name: 'Arabic page, agenda room grid',
  render: () => frame('ct-agenda', { view: 'grid', lang: 'ar' }),
};
