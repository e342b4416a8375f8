import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/press-release/ct-press-release.js';
import { FeedStore } from '../src/core/feed/feed-store.js';
import { elementStories, type ElementArgs } from './manifest.js';

const SEED_RELEASE = 'hlc-2023-06-20';
/** Four documents written by hand in the UN press service's forms (illustrative, see the feed's `meta`). */
const SAMPLES_SRC = 'feeds/samples/un-press-releases.json';

const stories = elementStories('ct-press-release', { release: SEED_RELEASE });
const release = (args: ElementArgs, extra: ElementArgs = {}, slotted?: TemplateResult) => stories.render({ ...args, ...extra }, slotted);

/** An illustrative release (not a UN text) with every block kind, an image and a CMS HTML block. */
const richFeed = {
  kind: 'conference',
  version: 1,
  pressReleases: {
    allowedSocialHosts: ['x.com'],
    releases: [
      {
        id: 'sample',
        lang: 'en',
        symbol: 'SAMPLE/001',
        office: 'Sample Office',
        headline: 'A sample release with images and an HTML block',
        subheading: 'Every block kind, for review',
        dateline: { place: 'Geneva', date: '2024-03-05' },
        lead: ['A lead with ', { text: 'emphasis', emphasis: true }, ', a ', { text: 'link', href: 'https://www.un.org/' }, ' and ', { hashtag: '#Sample', url: 'https://x.com/hashtag/Sample' }, '.'],
        body: [
          { type: 'heading', text: 'A section' },
          { type: 'list', ordered: true, items: ['First item', 'Second item'] },
          { type: 'quote', quote: { text: 'Words of an example speaker, quoted with typographic quotation marks', speaker: 'Example Speaker', role: 'Example role' } },
          { type: 'image', src: 'https://www.un.org/sites/un2.un.org/files/un_logo.png', alt: 'The United Nations emblem', credit: 'United Nations', caption: 'An image with its caption and credit', width: 400, height: 340 },
          { type: 'html', html: '<h3>From the CMS</h3><p>Rich text with <strong>bold</strong>, a <a href="https://www.un.org/">link</a> and a table.</p><table><tr><th scope="col">Item</th><th scope="col">Value</th></tr><tr><td>One</td><td>1</td></tr></table><p onclick="alert(1)" style="color:red">Handlers and styles are removed.</p>' },
        ],
        moreInfo: { items: [['Contact ', { email: 'info@example.org' }]] },
        url: 'https://www.un.org/',
      },
    ],
  },
};

const emptyFeed = { kind: 'conference', version: 1, pressReleases: { releases: [] } };

const meta: Meta<ElementArgs> = { ...stories.meta, title: 'Elements/ct-press-release', component: 'ct-press-release', tags: ['autodocs'] };
export default meta;

type Story = StoryObj<ElementArgs>;

/** The seed: UNOCT's press release of 20 June 2023, complete. */
export const Seed: Story = {};

/** Every block kind, an image with alt text and credit, and a sanitized CMS HTML block. */
export const ImagesAndHtml: Story = {
  args: { src: undefined, release: undefined },
  render: (args) => release(args, { data: richFeed }),
};

/**
 * The French version (a working translation made for this sample), chosen by `lang="fr"`; the quotes stay
 * verbatim in English with the French beside them.
 */
export const French: Story = {
  render: (args) => release(args, { lang: 'fr' }),
};

/** In an Arabic block: the English release stays one left-to-right English article, dateline included. */
/** An Arabic page (toolbar locale ar): UI strings, feed text, dates and numbers in Arabic, right to left. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  render: (args) => html`<div lang="ar">${release(args)}</div>`,
};

/**
 * An English document with no Arabic version on an Arabic page (UI in Arabic): the article is English and
 * left to right, its dateline "New York, 28 June 2018"; the Arabic UI labels keep their own direction.
 */
export const EnglishReleaseOnArabicPage: Story = {
  globals: { locale: 'ar' },
  args: { src: SAMPLES_SRC, release: 'meetings-coverage-l3282' },
};

export const Loading: Story = {
  args: { src: 'feeds/never-answers.json' },
  render: (args) => release(args, { store: new FeedStore({ fetch: () => new Promise<Response>(() => {}) }) }),
};

export const ErrorState: Story = {
  name: 'Error',
  args: { src: 'feeds/does-not-exist.json' },
};

export const Empty: Story = {
  args: { src: undefined, release: undefined },
  render: (args) => release(args, { data: emptyFeed }),
};

/**
 * What paper gets: no buttons, black on white, link targets written out. The print stylesheet applies
 * under `@media print`; use the browser's print preview on this story (Storybook cannot emulate print).
 */
export const PrintPreview: Story = {
  render: (args) => html`<div style="background: #fff; color: #000; max-inline-size: 21cm; padding: 1.5cm; box-shadow: 0 0 0.5rem #0003">
    ${release(args)}
  </div>`,
};

export const Dark: Story = {
  render: (args) => html`<div style="background: #101316; padding: 1rem">${release(args, { theme: 'dark' })}</div>`,
};

/** A 320 px column, as on a phone. */
export const NarrowColumn: Story = {
  render: (args) => html`<div style="inline-size: 320px">${release(args)}</div>`,
};

/**
 * Meetings coverage modelled on L/3282 (28 June 2018): the label "Meetings coverage", the meeting line and
 * symbol, the dateline on its own line, a narrative quote without added marks, and the end mark "* *** *".
 */
export const MeetingsCoverage: Story = {
  args: { src: SAMPLES_SRC, release: 'meetings-coverage-l3282' },
};

/** The Secretary-General's closing remarks of 29 June 2018, "as delivered": labelled "Statement", never "Press release". */
export const StatementAsDelivered: Story = {
  args: { src: SAMPLES_SRC, release: 'sg-closing-remarks-2018' },
};

export const NoteToCorrespondents: Story = {
  args: { src: SAMPLES_SRC, release: 'note-briefing-2018' },
};

/** Embargo, correction and reissue notes, set apart above the headline. */
export const EmbargoedCorrectedReissued: Story = {
  args: { src: SAMPLES_SRC, release: 'embargoed-release-2018' },
};

/** Meetings coverage with the UI in Arabic: the labels right to left, the English document left to right. */
export const MeetingsCoverageArabicUi: Story = {
  globals: { locale: 'ar' },
  args: { src: SAMPLES_SRC, release: 'meetings-coverage-l3282' },
  render: (args) => release(args, { lang: 'en' }),
};

/**
 * Words quoted verbatim in English inside the French release, with the French translation beside them,
 * in the key points and inline ("[Traduction : …]").
 */
export const VerbatimQuotesInFrench: Story = {
  globals: { locale: 'fr' },
  render: (args) => release(args, { lang: 'fr' }),
};
