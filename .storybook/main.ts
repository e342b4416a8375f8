import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // The sample feeds, served at /feeds so stories can use the same relative `src` in dev and in the
  // static build (both resolve it against iframe.html at the root).
  // The real iCalendar corpus (test data, not in the npm package) for the iCalendar stories.
  // The built CDN file and the strict-CSP host page load it from, for the strict-CSP stories (a page under
  // the policy cannot use Storybook's inline-script preview): `npm run build:cdn` runs first.
  staticDirs: [
    { from: '../feeds', to: '/feeds' },
    { from: '../test/fixtures/ical/real', to: '/ical-corpus' },
    { from: '../dist/cdn', to: '/cdn' },
    { from: './strict-csp', to: '/strict-csp' },
    // The autoloader's host page (stories/autoloader.stories.ts), loading /cdn/ct-autoloader.js.
    { from: './autoloader', to: '/autoloader' },
  ],
  core: { disableTelemetry: true },
  // The root vite.config.ts is the CDN build; Storybook keeps only its `build.target` and ignores the
  // rest of `build`, so it needs no override here. TypeScript decorators follow tsconfig.json
  // (experimentalDecorators, useDefineForClassFields: false), which Vite reads on its own.
  viteFinal: (config) =>
    mergeConfig(config, {
      // In `storybook dev`, the renderer's import of lit/directive-helpers.js was served unbundled and
      // brought a second lit-html ("Multiple versions of Lit loaded"); pre-bundling it shares one copy.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
    }),
};

export default config;
