import type { FeedFailureReason } from '../feed/feed-error.js';

export interface CtLoadDetail {
  /** The feed URL, or `undefined` for inline JSON and the `.data` property. */
  url: string | undefined;
  /** Items left out because they were faulty (the element says so in a note, the console says which). */
  leftOut: number;
}

export interface CtErrorDetail {
  url: string | undefined;
  /** HTTP status when the server answered, otherwise `undefined`. */
  status: number | undefined;
  reason: FeedFailureReason;
  /** JSON path of the first validation failure (`$.stats.figures[2].value`), when the shape was wrong. */
  path: string | undefined;
  /** English, technical: for logs and developers. The element shows a translated message. */
  message: string;
}

/**
 * Fired when an element has valid data to show (first load and every successful refresh).
 * Bubbles and is composed, so a page can listen once on `document` even for elements inside other
 * components' shadow roots.
 */
export class CtLoadEvent extends CustomEvent<CtLoadDetail> {
  static readonly eventName = 'ct-load';
  constructor(detail: CtLoadDetail) {
    super(CtLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Fired when a feed fails: unreachable, HTTP error, timeout, not JSON, too large or the wrong shape. */
export class CtErrorEvent extends CustomEvent<CtErrorDetail> {
  static readonly eventName = 'ct-error';
  constructor(detail: CtErrorDetail) {
    super(CtErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-load': CtLoadEvent;
    'ct-error': CtErrorEvent;
  }
}
