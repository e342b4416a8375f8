import { CtEventHeader } from './event-header.js';

CtEventHeader.define('ct-event-header');

declare global {
  interface HTMLElementTagNameMap {
    'ct-event-header': CtEventHeader;
  }
}

export { CtEventHeader };
