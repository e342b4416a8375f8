/**
 * ct-widgets: everything, with the tags defined. Import `ct-widgets/localization.js` as well for UI
 * strings in the six UN languages (it is separate because `@lit/localize` may be configured once a page).
 */
export * from './core/index.js';
export * from './feeds/index.js';
export { CtStats } from './components/stats/ct-stats.js';
export { CtKeyMessages } from './components/key-messages/ct-key-messages.js';
export { CtEventHeader } from './components/event-header/ct-event-header.js';
export { CtTimeline } from './components/timeline/ct-timeline.js';
export { CtLanguageBar, CtLanguageChangeEvent, type CtLanguageChangeDetail } from './components/language-bar/ct-language-bar.js';
export { CtSpeakers, type SpeakersFilterValues } from './components/speakers/ct-speakers.js';
export { CtAgenda, type AgendaFilterValues } from './components/agenda/ct-agenda.js';
export { CtPressRelease } from './components/press-release/ct-press-release.js';
export { CtPressReleases, type PressReleasesFilterValues } from './components/press-releases/ct-press-releases.js';
