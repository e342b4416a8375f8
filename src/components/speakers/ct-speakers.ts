import { CtSpeakers } from './speakers.js';

CtSpeakers.define('ct-speakers');

declare global {
  interface HTMLElementTagNameMap {
    'ct-speakers': CtSpeakers;
  }
}

export { CtSpeakers };
export type { SpeakersFilterValues } from './speakers.js';
