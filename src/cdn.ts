/**
 * The single-file build for partner pages: `<script type="module" src=".../ct-widgets.js">`. Sets up UI
 * localization from `<html lang>` and defines every element. It exports what a page script needs at run
 * time — the UI language, the element classes, their events and the feed store — and no more: the feed
 * schemas, the validator and the frab/iCalendar converters are for tools and apps, and come from the npm
 * package (`ct-widgets`, `ct-feed`). Exported, every one of them would weigh on every partner page.
 */
export * from './core/language/localization.js';
export {
  CtStats,
  CtKeyMessages,
  CtEventHeader,
  CtTimeline,
  CtLanguageBar,
  CtLanguageChangeEvent,
  CtSpeakers,
  CtAgenda,
  CtPressRelease,
  CtPressReleases,
  CtErrorEvent,
  CtLoadEvent,
  FeedError,
  FeedStore,
  defaultFeedStore,
} from './index.js';
