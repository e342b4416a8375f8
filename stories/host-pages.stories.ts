/// <reference types="vite/client" />
import { html, type TemplateResult } from 'lit';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import hostileStar from '../test/fixtures/pages/themes/hostile-star.css?raw';
import { SEED_SRC, DURING } from './seed.js';

/**
 * What a CMS theme does to every element on a page: test/fixtures/pages/themes/hostile-star.css, the
 * theme the browser tests load on a real page (typography on `*`, with `!important`), read as it is.
 * Here it is scoped to what is inside the story's wrapper (`@scope`), so the docs page around stays readable;
 * for the widgets that is the same, since a `*` rule reaches them through their host element.
 */
const HOSTILE_THEME = `@scope (.ct-hostile-theme) {\n${hostileStar}\n}`;

let sheet: CSSStyleSheet | undefined;

/** Adds the hostile theme to the document once (a constructed sheet) and wraps the story in its scope. */
const withHostileTheme: Decorator = (story) => {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(HOSTILE_THEME);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  return html`<div class="ct-hostile-theme">
    <p>This paragraph is the host page's text, styled by its theme. The widget below is not.</p>
    ${story()}
  </div>`;
};

const meta: Meta = {
  title: 'Host pages/Hostile site theme',
  decorators: [withHostileTheme],
  parameters: {
    docs: {
      description: {
        component:
          'Each widget under a site theme that styles `*` (serif font, 13px, cramped lines, letter spacing, red, `text-align: left`, uppercase, indents): the page text changes, the widget does not. Theme the widgets on purpose with the `--ct-*` custom properties and `::part()`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const story = (render: () => TemplateResult): Story => ({ render });

export const Stats = story(() => html`<ct-stats src=${SEED_SRC}></ct-stats>`);
export const Agenda = story(() => html`<ct-agenda src=${SEED_SRC} now=${DURING}></ct-agenda>`);
export const PressRelease = story(() => html`<ct-press-release src=${SEED_SRC} release="hlc-2023-06-20"></ct-press-release>`);
export const Speakers = story(() => html`<ct-speakers src=${SEED_SRC}></ct-speakers>`);
export const KeyMessages = story(() => html`<ct-key-messages src=${SEED_SRC}></ct-key-messages>`);
export const EventHeader = story(() => html`<ct-event-header src=${SEED_SRC} now=${DURING}></ct-event-header>`);
/** On an Arabic page the theme's `text-align: left` would have put Arabic text against the wrong edge. */
export const ArabicTimeline = story(() => html`<div lang="ar" dir="rtl"><ct-timeline src=${SEED_SRC}></ct-timeline></div>`);
let purposeSheet: CSSStyleSheet | undefined;

/** Theming on purpose still works under the hostile theme: custom properties and a part. */
export const ThemedOnPurpose: Story = {
  render: () => html`<ct-stats src=${SEED_SRC} class="themed"></ct-stats>`,
  decorators: [
    (inner) => {
      if (!purposeSheet) {
        purposeSheet = new CSSStyleSheet();
        purposeSheet.replaceSync(`ct-stats.themed { --ct-font-family: 'Courier New', monospace; --ct-color-text: #003d5c; --ct-color-accent: #7a1f5c; }
ct-stats.themed::part(value) { letter-spacing: 0.05em; }`);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, purposeSheet];
      }
      return inner();
    },
  ],
};
