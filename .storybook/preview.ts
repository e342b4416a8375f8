import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import manifest from '../custom-elements.json';
// The one import of the localization module on the page: it configures @lit/localize (which throws if
// configured twice), and the toolbar switches the UI language through it.
import { setUiLanguage } from '../src/core/language/localization.js';
import { UN_LANGUAGES } from '../src/core/language/ui-language.js';
import { LANGUAGE_NAMES } from '../src/components/language-bar/language-bar.js';
import { directionOf } from '../src/core/i18n/language-tag.js';

// Storybook's docs tables list every member in the manifest, whatever its privacy, and key rows by name
// alone, so a CSS part named like a slot (`loading`, `error`, `empty`) hides the slot's row. Keep the
// public API only (no protected render hooks or static `define()`; private members are already left out
// of the manifest), and show parts as `::part(name)`, which is also how a page writes them.
type Member = { privacy?: string; static?: boolean };
type Part = { name: string };
const isPublic = (member: Member) => !member.static && (!member.privacy || member.privacy === 'public');
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => ({
      ...declaration,
      ...('members' in declaration && { members: (declaration.members as Member[]).filter(isPublic) }),
      ...('cssParts' in declaration && {
        cssParts: (declaration.cssParts as Part[]).map((part) => ({ ...part, name: `::part(${part.name})` })),
      }),
    })),
  })),
});

// Controls and templates come from the manifest (stories/manifest.ts). The helpers' attribute observer
// (element → controls) is off: the reader's choices are reflected attributes, and feeding each one back
// as an arg re-renders the story, which a story that clicks in its play function turns into a loop.
setStorybookHelpersConfig({ hideArgRef: true, disableArgObserver: true });

/** The six official UN languages, in UN order, each named in itself. */
const LOCALES = UN_LANGUAGES.map((value) => ({ value, title: LANGUAGE_NAMES[value] }));

/**
 * Applies the toolbar globals. Locale is page-wide (one @lit/localize locale per page, and a docs page
 * holds many stories), so it lives here and never inside a story. Direction and theme go on a wrapper,
 * which the elements read as their nearest ancestor.
 */
const withGlobals: Decorator = (story, { globals, viewMode }) => {
  const locale = String(globals['locale'] ?? 'en');
  const direction = String(globals['direction'] ?? 'auto');
  const dark = globals['theme'] === 'dark';

  document.documentElement.lang = locale;
  // Async (the locale module loads on demand); @localized elements re-render when it is ready.
  void setUiLanguage(locale);

  const dir = direction === 'auto' ? directionOf(locale) : direction;
  // The elements' tokens use light-dark(), so `color-scheme` on an ancestor is enough to switch them.
  const style = styleMap({
    colorScheme: dark ? 'dark' : 'light',
    background: dark ? '#101316' : '#ffffff',
    color: dark ? '#f1f1f1' : '#1b1b1b',
    padding: '1rem',
    // Fill the canvas in story view so the dark background is not a box on white.
    minBlockSize: viewMode === 'story' ? '100vh' : null,
    boxSizing: 'border-box',
  });
  return html`<div class="ct-story" dir=${dir} style=${style}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withGlobals],
  globalTypes: {
    locale: {
      description: 'Page language: UI strings, and feed text of elements without their own lang',
      toolbar: { title: 'Language', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
    direction: {
      description: 'Writing direction of the story wrapper (auto: right to left for Arabic)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction: auto' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the page around the elements',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'auto', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: {
      // WCAG 2.0–2.2, levels A and AA: the level UN web content is held to.
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
      // Fails a story in Storybook's test runs (not the build) when axe finds a violation.
      test: 'error',
    },
  },
};

export default preview;
