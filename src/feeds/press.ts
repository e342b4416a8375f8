import * as v from 'valibot';
import { isoDate, isoDateTimeWithOffset, languageTag, localizedText, safeUrl, timeZone } from './common.js';
import type { Exactly } from './common.js';
import type { Dateline, Embargo, InlineRun, InlineText, LanguageVersion, PressBlock, PressRelease } from './types.js';
import { keyMessage, quotation } from './key-messages.js';

/**
 * The `pressReleases` section: press releases as structured content, never as markup from the feed
 * (except the one `html` block kind, which is sanitized before it is shown).
 */

const identifier = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,80}$/, 'expected 1–80 letters, digits, "-" or "_"'));

/**
 * A piece of a sentence. A plain string is text; an object is text with emphasis, or a link, or one of
 * the social kinds, which link only to hosts the section allows (`allowedSocialHosts`).
 */
const inlineRunSchema = v.union(
  [
    v.string(),
    v.strictObject({
      text: localizedText,
      emphasis: v.optional(v.boolean()),
      strong: v.optional(v.boolean()),
      href: v.optional(safeUrl),
      /** Language of this run when it differs from the release's (a French title in an English text). */
      lang: v.optional(languageTag),
      /**
       * Words quoted verbatim in this language (`"en"`): `text` holds them under that key and, under other
       * keys, translations. A reader of another language sees the original, marked, with the translation.
       */
      original: v.optional(languageTag),
    }),
    v.strictObject({
      hashtag: v.pipe(v.string(), v.regex(/^#[\p{L}\p{N}_]{1,100}$/u, 'expected "#" and letters, digits or "_"')),
      url: v.optional(safeUrl),
    }),
    v.strictObject({
      account: v.pipe(v.string(), v.regex(/^@[A-Za-z0-9_.]{1,100}$/, 'expected "@" and letters, digits, "_" or "."')),
      url: v.optional(safeUrl),
    }),
    v.strictObject({
      email: v.pipe(v.string(), v.email('expected an e-mail address')),
    }),
  ],
  'expected a string, {"text"}, {"hashtag"}, {"account"} or {"email"}',
);
export const inlineRun: v.GenericSchema<InlineRun> = inlineRunSchema satisfies Exactly<InlineRun, typeof inlineRunSchema>;

/** Running text: one localized string, or a sequence of runs. */
const inlineTextSchema = v.union(
  [localizedText, v.pipe(v.array(inlineRun), v.maxLength(400, 'at most 400 runs'))],
  'expected text, or an array of runs (strings and {"text", "emphasis", "href"} objects)',
);
export const inlineText: v.GenericSchema<InlineText> = inlineTextSchema satisfies Exactly<InlineText, typeof inlineTextSchema>;

const paragraphBlock = v.strictObject({ type: v.literal('paragraph'), content: inlineText });

const headingBlock = v.strictObject({
  type: v.literal('heading'),
  text: localizedText,
  /** Depth below the headline: 1 (default) is a section, 2 a subsection. */
  depth: v.optional(v.picklist([1, 2, 3], 'expected 1, 2 or 3')),
});

const listBlock = v.strictObject({
  type: v.literal('list'),
  ordered: v.optional(v.boolean()),
  items: v.pipe(v.array(inlineText), v.minLength(1, 'expected at least one item'), v.maxLength(200, 'at most 200 items')),
});

const quoteBlock = v.strictObject({
  type: v.literal('quote'),
  quote: quotation,
  /** Reported or narrative speech: shown without added quotation marks (the text carries its own, if any). */
  narrative: v.optional(v.boolean()),
});

/** Numbered conclusions (a chair's summary): heading, text and an optional quote each. */
const keyPointsBlock = v.strictObject({
  type: v.literal('keyPoints'),
  title: v.optional(localizedText),
  points: v.pipe(v.array(keyMessage), v.minLength(1, 'expected at least one point'), v.maxLength(50, 'at most 50 points')),
});

/** An image must say what it shows (`alt`) and whose it is (`credit`). */
const imageBlock = v.strictObject({
  type: v.literal('image'),
  src: v.pipe(v.string(), v.regex(/^https:\/\/\S+$/i, 'expected an https: URL')),
  alt: v.pipe(localizedText, v.check((alt) => (typeof alt === 'string' ? alt.trim() : Object.values(alt).join('').trim()) !== '', 'expected alt text that says what the image shows')),
  credit: localizedText,
  caption: v.optional(localizedText),
  /** Intrinsic size in pixels, so the space is reserved before the image loads. */
  width: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  height: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

/** Rich text from a CMS body field. Sanitized with a strict allow-list before it reaches the page. */
const htmlBlock = v.strictObject({
  type: v.literal('html'),
  html: v.pipe(v.string(), v.maxLength(200_000, 'at most 200,000 characters')),
});

export const BLOCK_TYPES = ['paragraph', 'heading', 'list', 'quote', 'keyPoints', 'image', 'html'] as const;

const pressBlockSchema = v.variant('type', [paragraphBlock, headingBlock, listBlock, quoteBlock, keyPointsBlock, imageBlock, htmlBlock], `expected "type" to be one of ${BLOCK_TYPES.map((t) => `"${t}"`).join(', ')}`);
export const pressBlock: v.GenericSchema<PressBlock> = pressBlockSchema satisfies Exactly<PressBlock, typeof pressBlockSchema>;

/** The same release in another language: UN releases exist in English and French. */
const languageVersionSchema = v.strictObject({
  lang: languageTag,
  href: safeUrl,
  /** Id of that version when it is in this feed too. */
  release: v.optional(identifier),
});
export const languageVersion: v.GenericSchema<LanguageVersion> = languageVersionSchema satisfies Exactly<LanguageVersion, typeof languageVersionSchema>;

/**
 * The kinds of document the UN press service publishes. Each has its own label ("Meetings Coverage",
 * "Statement"), and the kind decides where the dateline goes (see `dateline.position`).
 */
export const DOCUMENT_TYPES = ['press-release', 'meetings-coverage', 'statement', 'note-to-correspondents'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

const datelineSchema = v.strictObject({
  place: localizedText,
  date: isoDate,
  /**
   * `lead`: "New York, 20 June 2023 – The conference …" (a press release); `standalone`: a line of its own
   * above the text (meetings coverage, statements, notes). Unset: as the document type has it.
   */
  position: v.optional(v.picklist(['lead', 'standalone'], 'expected "lead" or "standalone"')),
});
export const dateline: v.GenericSchema<Dateline> = datelineSchema satisfies Exactly<Dateline, typeof datelineSchema>;

/** An embargoed release: not to be published before this instant, shown in this time zone. */
const embargoSchema = v.strictObject({
  until: isoDateTimeWithOffset,
  timeZone,
});
export const embargo: v.GenericSchema<Embargo> = embargoSchema satisfies Exactly<Embargo, typeof embargoSchema>;

const pressReleaseSchema = v.object({
  id: identifier,
  /** Language the release is written in; plain strings in it are marked with this language. */
  lang: languageTag,
  /** What kind of document it is; unset is a press release. */
  type: v.optional(v.picklist(DOCUMENT_TYPES, `expected one of ${DOCUMENT_TYPES.map((t) => `"${t}"`).join(', ')}`)),
  /** Document symbol, e.g. "GA/12511", "L/3282", "SG/SM/19109". */
  symbol: v.optional(v.pipe(v.string(), v.maxLength(60))),
  /** The meeting line of meetings coverage, as printed: "8234th Meeting (AM)", "AM & PM Meetings". */
  meeting: v.optional(localizedText),
  /** A speech published as the speaker delivered it ("As delivered"), not as prepared. */
  asDelivered: v.optional(v.boolean()),
  embargo: v.optional(embargo),
  /** What a corrected release corrects: "Corrects the name of the speaker in paragraph 4." */
  correction: v.optional(localizedText),
  /** Why the release was reissued: "Reissued to include the full list of speakers." */
  reissue: v.optional(localizedText),
  /** The end mark "* *** *" after the text, as UN releases print it. Off unless true. */
  endMark: v.optional(v.boolean()),
  /** Issuing office: "United Nations Office of Counter-Terrorism". */
  office: localizedText,
  /** The event banner above a release: "Third United Nations High-Level Conference on Counter-Terrorism". */
  masthead: v.optional(v.pipe(v.array(localizedText), v.maxLength(6, 'at most 6 lines'))),
  headline: localizedText,
  subheading: v.optional(localizedText),
  dateline,
  lead: inlineText,
  body: v.pipe(v.array(pressBlock, 'expected an array of blocks'), v.maxLength(500, 'at most 500 blocks')),
  moreInfo: v.optional(
    v.strictObject({
      title: v.optional(localizedText),
      /** Lines such as "Visit: …", "Follow #CTWeek on …", "Contact … at …". */
      items: v.pipe(v.array(inlineText), v.maxLength(30, 'at most 30 items')),
    }),
  ),
  languageVersions: v.optional(v.pipe(v.array(languageVersion), v.maxLength(20))),
  /** The release's own page (shared, and `url` in JSON-LD). */
  url: v.optional(safeUrl),
  /** The standard "For information media. Not an official record." note; on unless false. */
  note: v.optional(v.boolean()),
});
export const pressRelease: v.GenericSchema<PressRelease> = pressReleaseSchema satisfies Exactly<PressRelease, typeof pressReleaseSchema>;

export const pressReleasesSection = v.object({
  title: v.optional(localizedText),
  /** Publisher in JSON-LD (schema.org `publisher`). */
  publisher: v.optional(v.strictObject({ name: localizedText, url: v.optional(safeUrl) })),
  /** Hosts that hashtags and account handles may link to ("x.com", "webtv.un.org"); others stay text. */
  allowedSocialHosts: v.optional(
    v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'expected a lower-case host name such as "x.com"'))),
  ),
  releases: v.pipe(v.array(pressRelease, 'expected an array of releases'), v.maxLength(1000, 'at most 1000 releases')),
});

export type { Dateline, Embargo, InlineRun, InlineText, LanguageVersion, PressBlock, PressRelease, PressReleasesSection } from './types.js';
