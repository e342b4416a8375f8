import { fixture, html } from '@open-wc/testing';
import '../../src/components/agenda/ct-agenda.js';
import type { CtAgenda } from '../../src/components/agenda/agenda.js';
import { all } from './dom.js';
import { until } from './feeds.js';

/**
 * A `<ct-agenda>` reading `src` (markup `attributes` added), inside an English page, with a personal agenda
 * of its own and the URL left alone; resolved once it shows `sessions` cards or more, or its error state.
 */
export async function agendaFrom(src: string, attributes = '', { sessions = 1, timeoutMs = 8000 } = {}): Promise<CtAgenda> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  wrapper.innerHTML = `<ct-agenda no-url-state storage-key="agenda-${Math.random()}" src="${src}" ${attributes}></ct-agenda>`;
  const el = wrapper.querySelector<CtAgenda>('ct-agenda')!;
  await until(() => all(el, '.session').length >= sessions || all(el, '[part~="error"]').length > 0, src, timeoutMs);
  return el;
}
