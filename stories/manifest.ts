import type { TemplateResult } from 'lit';
import type { ArgTypes, Meta } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { defaultFeedStore } from '../src/core/feed/feed-store.js';
import { SEED_SRC } from './seed.js';

/**
 * Stories driven by custom-elements.json, through @wc-toolkit/storybook-helpers: one control per public
 * attribute, property, CSS custom property and part, typed from the manifest (a union of strings becomes a
 * select, a boolean a toggle), with the manifest's defaults, and a template that binds them (attributes
 * only when they differ from the default) and logs the element's events in the Actions panel. No story
 * writes an argType the manifest already has. Args are keyed as the helper keys them: attribute names
 * (`heading-level`), property names for properties without one (`data`, `store`).
 */
export type ElementArgs = Record<string, unknown>;

/**
 * Members a story sets in code, not from a control: objects (a store, inline feed data) and what the
 * element reads once (loading limits). Listed in the docs table, without a control that would do nothing.
 */
const SET_IN_CODE = ['data', 'store', 'timeout', 'max-bytes', 'refresh'];

/**
 * The helper's defaults less the object-valued members: an empty object given as `data` would be a feed
 * of the wrong shape. A story passes `data` or `store` when it means to.
 */
function withoutObjects(args: ElementArgs): ElementArgs {
  return Object.fromEntries(Object.entries(args).filter(([name]) => name !== 'data' && name !== 'store'));
}

export interface ElementStories {
  /** Spread into the story file's meta, which names `title`, `component` and `tags` itself: Storybook's indexer reads those statically. */
  meta: Meta<ElementArgs>;
  /** The element with `args` (merged over the story's), and markup for its slots. */
  render: (args: ElementArgs, slotted?: TemplateResult) => TemplateResult;
}

/** The meta and template for `tag`'s stories; `args` are the story file's own defaults beyond the manifest's. */
export function elementStories(tag: string, args: ElementArgs = {}): ElementStories {
  const helpers = getStorybookHelpers<ElementArgs>(tag, { excludeCategories: ['methods', 'cssStates'] });
  const noControl: ArgTypes = Object.fromEntries(SET_IN_CODE.filter((name) => name in helpers.argTypes).map((name) => [name, { control: false as const }]));
  // A feed element's every render gets a store: the shared default unless a story passes its own (one that never answers).
  const store = 'store' in helpers.argTypes ? { store: defaultFeedStore } : {};
  const render = (storyArgs: ElementArgs, slotted?: TemplateResult) => helpers.template({ ...store, ...storyArgs }, slotted);
  return {
    meta: {
      args: { ...withoutObjects(helpers.args), ...('src' in helpers.argTypes ? { src: SEED_SRC } : {}), ...args },
      argTypes: { ...helpers.argTypes, ...noControl },
      render: (storyArgs) => render(storyArgs),
    },
    render,
  };
}
