import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fitFramesToTheirPages } from './frame-height.js';

/**
 * The CDN autoloader on a page of its own (.storybook/autoloader/page.html, under the strict policy, loading
 * the built `dist/cdn/ct-autoloader.js`): the story is that page in an iframe, since the autoloader defines
 * tags for a whole page and Storybook's preview already defines them from the sources.
 */

fitFramesToTheirPages();

const meta: Meta = {
  title: 'Host pages/Autoloader',
  parameters: {
    docs: {
      description: {
        component:
          'One script tag, `<script type="module" src=".../cdn/ct-autoloader.js">`, and only the elements the page has: the page starts with `<ct-stats>` and lists each JavaScript file it has loaded — the autoloader, `elements/ct-stats.js` (the figures\' schema inside), the core chunk the element files share and the feed reader. Each button adds an element; its file (its section\'s schema inside, and the chunk of what several elements share, once) loads when the tag appears. See README.md, "Or the autoloader", for when to pick it over `ct-widgets.js`. Needs `npm run build:cdn`.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const StatsThenMore: Story = {
  name: 'Key figures, then elements added later',
  render: () => html`<iframe
    title="A page with the ct-widgets autoloader"
    src="autoloader/page.html"
    style="inline-size: 100%; block-size: 640px; border: 1px solid #ccc"
  ></iframe>`,
};
