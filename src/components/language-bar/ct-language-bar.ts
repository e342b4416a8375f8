import { CtLanguageBar } from './language-bar.js';

CtLanguageBar.define('ct-language-bar');

declare global {
  interface HTMLElementTagNameMap {
    'ct-language-bar': CtLanguageBar;
  }
}

export { CtLanguageBar };
export { CtLanguageChangeEvent, type CtLanguageChangeDetail } from './language-change-event.js';
