import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import '../src/components/language-bar/ct-language-bar.js';
import '../src/components/key-messages/ct-key-messages.js';
import { SEED_SRC } from './seed.js';

interface LanguageBarArgs {
  hrefs: boolean;
}

function bar(args: LanguageBarArgs, theme?: 'dark'): TemplateResult {
  // In stories the bar must not really set <html lang> (it would leak into the other stories and the
  // Storybook UI), so the change is cancelled and only logged in the Actions panel.
  return html`<ct-language-bar
    theme=${ifDefined(theme)}
    href-ar=${ifDefined(args.hrefs ? '?lang=ar' : undefined)}
    href-zh=${ifDefined(args.hrefs ? '?lang=zh' : undefined)}
    href-en=${ifDefined(args.hrefs ? '?lang=en' : undefined)}
    href-fr=${ifDefined(args.hrefs ? '?lang=fr' : undefined)}
    href-ru=${ifDefined(args.hrefs ? '?lang=ru' : undefined)}
    href-es=${ifDefined(args.hrefs ? '?lang=es' : undefined)}
    @ct-language-change=${(event: Event) => event.preventDefault()}
  ></ct-language-bar>`;
}

const meta: Meta<LanguageBarArgs> = {
  title: 'Elements/ct-language-bar',
  component: 'ct-language-bar',
  tags: ['autodocs'],
  decorators: [withActions],
  render: (args) => bar(args),
  args: { hrefs: false },
  argTypes: {
    hrefs: { control: 'boolean', description: 'Give `href-*` URLs, so the entries become links.' },
    ...Object.fromEntries(
      ['href-ar', 'href-zh', 'href-en', 'href-fr', 'href-ru', 'href-es', 'hrefAr', 'hrefZh', 'hrefEn', 'hrefFr', 'hrefRu', 'hrefEs', 'theme', 'lang', 'dir'].map(
        (name) => [name, { control: false }] as const,
      ),
    ),
  },
  parameters: { actions: { handles: ['ct-language-change'] } },
};
export default meta;

type Story = StoryObj<LanguageBarArgs>;

/** Buttons; the current language (from the page's `lang`) has `aria-current`. */
export const Default: Story = {};

/** `href-ar` … `href-es`: links to the page in each language, with `hreflang` and `lang`. */
export const Links: Story = { args: { hrefs: true } };

/** Within `lang="ar"`: Arabic is current and the bar runs right to left. */
/** An Arabic page (toolbar locale ar): UI strings, feed text, dates and numbers in Arabic, right to left. */
export const Arabic: Story = { globals: { locale: 'ar' }, render: (args) => html`<div lang="ar">${bar(args)}</div>` };

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  render: (args) => html`<div style="background: #101316; padding: 1rem">${bar(args, 'dark')}</div>`,
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
