import { CtPressRelease } from './press-release.js';

CtPressRelease.define('ct-press-release');

declare global {
  interface HTMLElementTagNameMap {
    'ct-press-release': CtPressRelease;
  }
}

export { CtPressRelease };
