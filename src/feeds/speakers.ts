import * as v from 'valibot';
import { feedId, localizedText, safeUrl, sectionIntro } from './common.js';

import { SPEAKER_ROLES } from './speaker-roles.js';

export { SPEAKER_ROLES, type SpeakerRole } from './speaker-roles.js';

/** A session the person takes part in; linked as `#session-<id>`, the deep link of `<ct-agenda>`. */
export const speakerSession = v.object({
  id: feedId,
  title: localizedText,
});

export const person = v.object({
  id: v.optional(feedId),
  /** As the UN writes it, with the honorific: "Mr. Vladimir Voronkov". */
  name: localizedText,
  /** Function: "Under-Secretary-General for Counter-Terrorism". */
  title: v.optional(localizedText),
  organization: v.optional(localizedText),
  role: v.picklist(SPEAKER_ROLES, `expected one of ${SPEAKER_ROLES.map((r) => `"${r}"`).join(', ')}`),
  /** A portrait needs a description: a photo without `alt` is a shape error. */
  photo: v.optional(v.object({ src: safeUrl, alt: localizedText })),
  sessions: v.optional(v.pipe(v.array(speakerSession), v.maxLength(50, 'at most 50 sessions'))),
});

/** The `speakers` section: the people of the programme. */
export const speakersSection = v.object({
  ...sectionIntro,
  people: v.pipe(v.array(person, 'expected an array of people'), v.maxLength(1000, 'at most 1000 people')),
});

export type { Person, SpeakerSession, SpeakersSection } from './types.js';
