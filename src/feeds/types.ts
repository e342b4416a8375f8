/**
 * The feed contract as TypeScript reads it: what a valid feed of version 1 holds, section by section.
 * Written out by hand so the published declarations are short and readable (inferred from the valibot
 * schemas they ran to ~400 kB); `test/types/feed-types.check.ts` proves each one identical to what its
 * schema accepts, so they cannot drift apart. The schemas stay the rule at run time.
 *
 * Text fields take a plain string or a map of language tag → string (`LocalizedTextValue`).
 */
import type { LINK_KINDS, SESSION_FORMATS, SessionType } from './agenda.js';
import type { EventStatusOverride } from './event.js';
import type { DocumentType } from './press.js';
import type { SpeakerRole } from './speakers.js';
import type { FigureQualifier } from './stats.js';

/** A string, or language tag → string: `{"en": "Participants", "fr": "Participants"}`. */
export type LocalizedTextValue = string | { [languageTag: string]: string };

/** Who made the feed, and what in it is illustrative rather than from the source. */
export interface FeedMeta {
  title?: string;
  source?: string;
  sourceUrl?: string;
  /** Notes on what the feed states that its source does not (illustrative times, rooms, speakers). */
  illustrative?: string[];
  /** RFC 3339 date-time with offset. */
  updated?: string;
}

/** One key figure: `value` with its `qualifier` ("More than 1,000"), what it counts, where from. */
export interface StatsFigure {
  id?: string;
  value: number;
  qualifier?: FigureQualifier;
  label: LocalizedTextValue;
  source?: LocalizedTextValue;
  sourceUrl?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
}

/** The `stats` section, read by `<ct-stats>`. */
export interface StatsSection {
  title?: LocalizedTextValue;
  description?: LocalizedTextValue;
  /** At most 500. */
  figures: StatsFigure[];
}

export interface AgendaSpeaker {
  /** "Vladimir Voronkov", or one per language ("Владимир Воронков", "فلاديمير فورونكوف"). */
  name: LocalizedTextValue;
  role?: SpeakerRole;
  title?: LocalizedTextValue;
  organization?: LocalizedTextValue;
}

export interface AgendaLink {
  kind: (typeof LINK_KINDS)[number];
  /** https:, http: or mailto:. */
  url: string;
  label?: LocalizedTextValue;
}

/** A room or a track: an id sessions refer to, and its name. */
export interface AgendaNamed {
  id: string;
  name: LocalizedTextValue;
}

export interface AgendaSession {
  /** Letters, digits, `-`, `_`, `.`; becomes the deep link `#session-<id>`. */
  id: string;
  title: LocalizedTextValue;
  /** RFC 3339 with offset: `2023-06-19T10:00:00-04:00`. */
  start: string;
  /** After `start`. */
  end: string;
  type?: SessionType;
  /** Id of one of the section's `rooms`. */
  room?: string;
  /** Id of one of the section's `tracks`. */
  track?: string;
  organizers?: LocalizedTextValue[];
  speakers?: AgendaSpeaker[];
  description?: LocalizedTextValue;
  /** Languages of interpretation offered. */
  languages?: string[];
  format?: (typeof SESSION_FORMATS)[number];
  links?: AgendaLink[];
}

/** The `agenda` section, read by `<ct-agenda>`. */
export interface AgendaSection {
  title?: LocalizedTextValue;
  /** The event's IANA time zone (`America/New_York`): times are shown in it by default. */
  timeZone: string;
  rooms?: AgendaNamed[];
  tracks?: AgendaNamed[];
  /** At most 20,000. */
  sessions: AgendaSession[];
}

/** The `event` section, read by `<ct-event-header>`. */
export interface EventSection {
  id?: string;
  name: LocalizedTextValue;
  /** Which one in a series, as the page shows it: "Third edition". */
  edition?: LocalizedTextValue;
  shortName?: LocalizedTextValue;
  theme?: LocalizedTextValue;
  organizer?: LocalizedTextValue;
  /** `YYYY-MM-DD`. */
  startDate: string;
  /** `YYYY-MM-DD`, on or after `startDate`. */
  endDate: string;
  timeZone: string;
  venue?: LocalizedTextValue;
  city?: LocalizedTextValue;
  url?: string;
  /** `#CTWeek`. */
  hashtag?: string;
  /** Where the outcome (report, summary) is, linked once the event has ended. */
  outcomeUrl?: string;
  status?: EventStatusOverride;
}

/** Words said by someone, quoted exactly, with who said them. */
export interface Quotation {
  text: LocalizedTextValue;
  /**
   * The language the words were said in, when quoted verbatim: `text` holds the original under that key
   * and translations under the others; readers of another language see the original with the translation.
   */
  original?: string;
  speaker: LocalizedTextValue;
  role?: LocalizedTextValue;
  sourceUrl?: string;
}

export interface KeyMessage {
  id?: string;
  heading: LocalizedTextValue;
  text: LocalizedTextValue;
  quote?: Quotation;
}

/** The `keyMessages` section, read by `<ct-key-messages>`. */
export interface KeyMessagesSection {
  title?: LocalizedTextValue;
  description?: LocalizedTextValue;
  /** At most 100. */
  messages: KeyMessage[];
}

/** A session a person takes part in; linked as `#session-<id>`. */
export interface SpeakerSession {
  id: string;
  title: LocalizedTextValue;
}

export interface Person {
  id?: string;
  /** As the UN writes it, with the honorific: "Mr. Vladimir Voronkov". */
  name: LocalizedTextValue;
  title?: LocalizedTextValue;
  organization?: LocalizedTextValue;
  role: SpeakerRole;
  /** A portrait needs a description. */
  photo?: { src: string; alt: LocalizedTextValue };
  sessions?: SpeakerSession[];
}

/** The `speakers` section, read by `<ct-speakers>`. */
export interface SpeakersSection {
  title?: LocalizedTextValue;
  description?: LocalizedTextValue;
  /** At most 1,000. */
  people: Person[];
}

export interface Milestone {
  id?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** Last year, month or day of a milestone that spans time; not before `date`. */
  endDate?: string;
  title: LocalizedTextValue;
  description?: LocalizedTextValue;
  url?: string;
}

/** The `timeline` section, read by `<ct-timeline>`. */
export interface TimelineSection {
  title?: LocalizedTextValue;
  description?: LocalizedTextValue;
  /** The zone whose calendar decides what is past, current and to come; UTC when absent. */
  timeZone?: string;
  /** At most 200. */
  milestones: Milestone[];
}

/**
 * A piece of running text: a plain string, text with emphasis or a link, a hashtag, an account handle or
 * an e-mail address. Hashtags and accounts link only to hosts the section allows (`allowedSocialHosts`).
 */
export type InlineRun =
  | string
  | {
      text: LocalizedTextValue;
      emphasis?: boolean;
      strong?: boolean;
      /** https:, http: or mailto:. */
      href?: string;
      /** Language of this run when it differs from the release's. */
      lang?: string;
      /** Words quoted verbatim in this language: `text` holds them under that key, translations under others. */
      original?: string;
    }
  | { hashtag: string; url?: string }
  | { account: string; url?: string }
  | { email: string };

/** Running text: one localized string, or a sequence of runs (at most 400). */
export type InlineText = LocalizedTextValue | InlineRun[];

/** One block of a release's body, told apart by `type`. */
export type PressBlock =
  | { type: 'paragraph'; content: InlineText }
  | { type: 'heading'; text: LocalizedTextValue; /** 1 (default) is a section, 2 a subsection. */ depth?: 1 | 2 | 3 }
  | { type: 'list'; ordered?: boolean; items: InlineText[] }
  | { type: 'quote'; quote: Quotation; /** Reported speech: shown without added quotation marks. */ narrative?: boolean }
  | { type: 'keyPoints'; title?: LocalizedTextValue; points: KeyMessage[] }
  | {
      type: 'image';
      /** https: only. */
      src: string;
      /** What the image shows; not blank. */
      alt: LocalizedTextValue;
      credit: LocalizedTextValue;
      caption?: LocalizedTextValue;
      width?: number;
      height?: number;
    }
  | { type: 'html'; /** Sanitized with a strict allow-list before it is shown. */ html: string };

export interface Dateline {
  place: LocalizedTextValue;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `lead` ("New York, 20 June 2023 – The …") or `standalone`; unset: as the document type has it. */
  position?: 'lead' | 'standalone';
}

/** Not to be published before `until` (RFC 3339), shown in `timeZone`. */
export interface Embargo {
  until: string;
  timeZone: string;
}

/** The same release in another language. */
export interface LanguageVersion {
  lang: string;
  href: string;
  /** Id of that version when it is in this feed too. */
  release?: string;
}

export interface PressRelease {
  /** 1–80 letters, digits, `-` or `_`. */
  id: string;
  /** Language the release is written in. */
  lang: string;
  /** Unset is a press release. */
  type?: DocumentType;
  /** Document symbol: "GA/12511", "SG/SM/19109". */
  symbol?: string;
  /** The meeting line of meetings coverage: "8234th Meeting (AM)". */
  meeting?: LocalizedTextValue;
  asDelivered?: boolean;
  embargo?: Embargo;
  correction?: LocalizedTextValue;
  reissue?: LocalizedTextValue;
  /** The end mark "* *** *" after the text. */
  endMark?: boolean;
  /** Issuing office. */
  office: LocalizedTextValue;
  /** Event banner lines above the release (at most 6). */
  masthead?: LocalizedTextValue[];
  headline: LocalizedTextValue;
  subheading?: LocalizedTextValue;
  dateline: Dateline;
  lead: InlineText;
  /** At most 500 blocks. */
  body: PressBlock[];
  moreInfo?: { title?: LocalizedTextValue; items: InlineText[] };
  languageVersions?: LanguageVersion[];
  /** The release's own page. */
  url?: string;
  /** The "For information media. Not an official record." note; on unless false. */
  note?: boolean;
}

/** The `pressReleases` section, read by `<ct-press-release>` and `<ct-press-releases>`. */
export interface PressReleasesSection {
  title?: LocalizedTextValue;
  /** Publisher in JSON-LD. */
  publisher?: { name: LocalizedTextValue; url?: string };
  /** Hosts hashtags and account handles may link to ("x.com"). */
  allowedSocialHosts?: string[];
  /** At most 1,000. */
  releases: PressRelease[];
}

/** Each section by its name in a feed. */
export interface FeedSections {
  agenda: AgendaSection;
  event: EventSection;
  keyMessages: KeyMessagesSection;
  pressReleases: PressReleasesSection;
  speakers: SpeakersSection;
  stats: StatsSection;
  timeline: TimelineSection;
}

/** What every feed document starts with. */
interface FeedDocumentBase {
  $schema?: string;
  version: 1;
  meta?: FeedMeta;
}

/** A whole conference: any of the sections, so that a page needs one URL. */
export interface ConferenceFeed extends FeedDocumentBase, Partial<FeedSections> {
  kind: 'conference';
}

/** Key figures only. */
export interface StatsFeed extends FeedDocumentBase {
  kind: 'stats';
  stats: StatsSection;
}

/** A programme only (what `ct-feed convert` writes from frab or iCalendar). */
export interface AgendaFeed extends FeedDocumentBase {
  kind: 'agenda';
  agenda: AgendaSection;
}

/** Any feed this library reads, told apart by `kind`. */
export type AnyFeed = ConferenceFeed | StatsFeed | AgendaFeed;

/** The feed documents that can carry section `Name`: what an element showing that section accepts as `.data`. */
export type FeedWith<Name extends keyof FeedSections> =
  | ConferenceFeed
  | (Name extends 'stats' ? StatsFeed : never)
  | (Name extends 'agenda' ? AgendaFeed : never);
