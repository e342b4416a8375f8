/**
 * ct-widgets: everything, with the tags defined. Import `ct-widgets/localization.js` as well for UI
 * strings in the six UN languages (it is separate because `@lit/localize` may be configured once a page).
 */
export * from './core/index.js';
export * from './feeds/index.js';
export { CtStats } from './components/stats/ct-stats.js';
