export { CtElement } from './element/base-element.js';
export { CtFeedElement } from './element/feed-element.js';
export { FeedController } from './feed/feed-controller.js';
export { FeedStore, defaultFeedStore, FEED_DEFAULTS } from './feed/feed-store.js';
export type { FeedRequestOptions, FeedSnapshot, FeedStoreConfig } from './feed/feed-store.js';
export { FeedError, type FeedFailureReason } from './feed/feed-error.js';
export { CtErrorEvent, CtLoadEvent, type CtErrorDetail, type CtLoadDetail } from './element/events.js';
export {
  CtExpandedChangeEvent,
  CtExportEvent,
  CtFavouriteChangeEvent,
  CtFilterChangeEvent,
  CtLayoutChangeEvent,
  CtShareEvent,
  type CtExpandedChangeDetail,
  type CtExportDetail,
  type CtFavouriteChangeDetail,
  type CtFilterChangeDetail,
  type CtFilterValue,
  type CtLayoutChangeDetail,
  type CtShareDetail,
} from './element/user-events.js';
export { resolveLocalizedText, type LocalizedText } from './i18n/localized-text.js';
export { readFeedSection, validateDocument } from './feed/validate.js';
export { describeIssue } from './feed/read-section.js';
export { isSafeUrl, safePageUrl } from './security/safe-url.js';
