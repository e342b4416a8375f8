import { CtKeyMessages } from './key-messages.js';

CtKeyMessages.define('ct-key-messages');

declare global {
  interface HTMLElementTagNameMap {
    'ct-key-messages': CtKeyMessages;
  }
}

export { CtKeyMessages };
