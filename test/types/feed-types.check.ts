/**
 * The hand-written feed types of `src/feeds/types.ts` are exactly what the valibot schemas accept: checked
 * by the type check of `npm test` (tsc), not at run time. (The press-release schemas are checked where they
 * are declared, by `exactly<T>()`, which also publishes them under those types.) An optional field added to a schema and not to its
 * interface fails here too (mutual assignability would let it through).
 */
import type * as v from 'valibot';
import type { agendaFeed, conferenceFeed, statsFeed } from '../../src/feeds/documents.js';
import type { feedMeta, localizedText } from '../../src/feeds/common.js';
import type { agendaSection, agendaSession } from '../../src/feeds/agenda.js';
import type { eventSection } from '../../src/feeds/event.js';
import type { keyMessagesSection, quotation } from '../../src/feeds/key-messages.js';
import type { pressReleasesSection } from '../../src/feeds/press.js';
import type { person, speakersSection } from '../../src/feeds/speakers.js';
import type { statsFigure, statsSection } from '../../src/feeds/stats.js';
import type { milestone, timelineSection } from '../../src/feeds/timeline.js';
import type * as T from '../../src/feeds/types.js';

/** true only when A and B are the same type (TypeScript's identity relation, not assignability). */
type Same<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
type Exactly<Declared, Schema extends v.GenericSchema> = Same<Declared, v.InferOutput<Schema>> extends true ? true : { declared: Declared; schema: v.InferOutput<Schema> };

export type FeedTypesMatchSchemas = [
  Exactly<T.LocalizedTextValue, typeof localizedText>,
  Exactly<T.FeedMeta, typeof feedMeta>,
  Exactly<T.StatsFigure, typeof statsFigure>,
  Exactly<T.StatsSection, typeof statsSection>,
  Exactly<T.AgendaSession, typeof agendaSession>,
  Exactly<T.AgendaSection, typeof agendaSection>,
  Exactly<T.EventSection, typeof eventSection>,
  Exactly<T.Quotation, typeof quotation>,
  Exactly<T.KeyMessagesSection, typeof keyMessagesSection>,
  Exactly<T.PressReleasesSection, typeof pressReleasesSection>,
  Exactly<T.Person, typeof person>,
  Exactly<T.SpeakersSection, typeof speakersSection>,
  Exactly<T.Milestone, typeof milestone>,
  Exactly<T.TimelineSection, typeof timelineSection>,
  Exactly<T.ConferenceFeed, typeof conferenceFeed>,
  Exactly<T.StatsFeed, typeof statsFeed>,
  Exactly<T.AgendaFeed, typeof agendaFeed>,
];
export const feedTypesMatchSchemas: FeedTypesMatchSchemas = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
