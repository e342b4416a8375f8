import { CtPressReleases } from './press-releases.js';

CtPressReleases.define('ct-press-releases');

declare global {
  interface HTMLElementTagNameMap {
    'ct-press-releases': CtPressReleases;
  }
}

export { CtPressReleases };
export type { PressReleasesFilterValues } from './press-releases.js';
