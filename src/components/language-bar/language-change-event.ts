export interface CtLanguageChangeDetail {
  /** The language chosen: `ar`, `zh`, `en`, `fr`, `ru` or `es`. */
  lang: string;
  /** The language before the change. */
  previous: string;
  /** The page in that language, when the bar links to one; otherwise `undefined`. */
  href: string | undefined;
}

/**
 * Fired before the language changes. Cancel it (`preventDefault()`) to handle the change yourself — a
 * single-page app that routes to `/fr/…`, say; the bar then neither follows the link nor touches
 * `<html lang>`. Bubbles and is composed so one listener on `document` hears every bar.
 */
export class CtLanguageChangeEvent extends CustomEvent<CtLanguageChangeDetail> {
  static readonly eventName = 'ct-language-change';
  constructor(detail: CtLanguageChangeDetail) {
    super(CtLanguageChangeEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-language-change': CtLanguageChangeEvent;
  }
}
