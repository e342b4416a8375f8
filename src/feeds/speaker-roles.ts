/**
 * What a person does at the event, in the order a programme lists them. Apart from the schema so that
 * `<ct-speakers>` can order people without carrying the schema (and valibot).
 */
export const SPEAKER_ROLES = ['chair', 'moderator', 'speaker'] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];
