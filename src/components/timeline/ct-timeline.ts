import { CtTimeline } from './timeline.js';

CtTimeline.define('ct-timeline');

declare global {
  interface HTMLElementTagNameMap {
    'ct-timeline': CtTimeline;
  }
}

export { CtTimeline };
