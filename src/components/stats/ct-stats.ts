import { CtStats } from './stats.js';

CtStats.define('ct-stats');

declare global {
  interface HTMLElementTagNameMap {
    'ct-stats': CtStats;
  }
}

export { CtStats };
