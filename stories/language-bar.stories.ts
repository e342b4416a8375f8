import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/language-bar/ct-language-bar.js';
import '../src/components/key-messages/ct-key-messages.js';
import { elementStories, type ElementArgs } from './manifest.js';
import { SEED_SRC } from './seed.js';

const stories = elementStories('ct-language-bar');

/**
 * In stories the bar must not really set <html lang> (it would leak into the other stories and the
 * Storybook UI), so the change is cancelled here, around the element; the template logs it in Actions.
 */
function bar(args: ElementArgs, extra: ElementArgs = {}): TemplateResult {
  return html`<div @ct-language-change=${(event: Event) => event.preventDefault()}>${stories.render({ ...args, ...extra })}</div>`;
}

const meta: Meta<ElementArgs> = {
  ...stories.meta,
  title: 'Elements/ct-language-bar',
  component: 'ct-language-bar',
  tags: ['autodocs'],
  render: (args) => bar(args),
};
export default meta;

type Story = StoryObj<ElementArgs>;


/** Buttons; the current language (from the page's `lang`) has `aria-current`. */
export const Default: Story = {};

/** `href-ar` … `href-es`: links to the page in each language, with `hreflang` and `lang`. */
export const Links: Story = {
  args: Object.fromEntries(['ar', 'zh', 'en', 'fr', 'ru', 'es'].map((lang) => [`href-${lang}`, `?lang=${lang}`])),
};

/** An Arabic page (toolbar locale ar): UI strings, feed text, dates and numbers in Arabic, right to left. */
export const Arabic: Story = { globals: { locale: 'ar' }, render: (args) => html`<div lang="ar">${bar(args)}</div>` };

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  render: (args) => html`<div style="background: #101316; padding: 1rem">${bar(args, { theme: 'dark' })}</div>`,
};

/** A 200 px column: the entries wrap. */
export const NarrowColumn: Story = { render: (args) => html`<div style="inline-size: 200px">${bar(args)}</div>` };

/**
 * Live: this bar is not cancelled; it sets `lang` on its own wrapper instead of `<html>`, through a
 * listener, to show the element beside it following.
 */
export const SwitchesElements: Story = {
  render: () => html`<div lang="en">
    <ct-language-bar
      @ct-language-change=${(event: CustomEvent<{ lang: string }>) => {
        event.preventDefault();
        const wrapper = (event.target as HTMLElement).parentElement!;
        wrapper.lang = event.detail.lang;
        wrapper.dir = event.detail.lang === 'ar' ? 'rtl' : 'ltr';
      }}
    ></ct-language-bar>
    <ct-key-messages src=${SEED_SRC}></ct-key-messages>
  </div>`,
};
