import { CtAgenda } from './agenda.js';

CtAgenda.define('ct-agenda');

declare global {
  interface HTMLElementTagNameMap {
    'ct-agenda': CtAgenda;
  }
}

export { CtAgenda };
export type { AgendaFilterValues } from './agenda-properties.js';
