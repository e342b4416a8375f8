import * as v from 'valibot';
import { feedId, languageTag, localizedText, safeUrl, sectionIntro } from './common.js';

/** Words said by someone, quoted exactly, with who said them. */
export const quotation = v.object({
  text: localizedText,
  /**
   * The language the words were said in, when they are quoted verbatim: `text` holds the original under
   * that key ("en") and translations under the others. A reader of another language sees the original,
   * marked as such, with the translation beside it; without `original` each reader sees only their own.
   */
  original: v.optional(languageTag),
  /** Who said it: "Mr. Vladimir Voronkov". */
  speaker: localizedText,
  /** Their function: "United Nations Under-Secretary-General for Counter-Terrorism". */
  role: v.optional(localizedText),
  /** Where the quote was published (a press release, a statement). */
  sourceUrl: v.optional(safeUrl),
});

export const keyMessage = v.object({
  id: v.optional(feedId),
  heading: localizedText,
  text: localizedText,
  quote: v.optional(quotation),
});

/** The `keyMessages` section: the conclusions of an event (a chair's summary), in order. */
export const keyMessagesSection = v.object({
  ...sectionIntro,
  messages: v.pipe(v.array(keyMessage, 'expected an array of messages'), v.maxLength(100, 'at most 100 messages')),
});

export type { KeyMessage, KeyMessagesSection, Quotation } from './types.js';
