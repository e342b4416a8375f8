/**
 * The user events are typed where a page listens: `addEventListener` on an element or on `document` knows
 * each event's class and `detail` (GlobalEventHandlersEventMap), and the package exports the classes and
 * detail types. Checked by the type check of `npm test` (tsc), not at run time.
 */
import type { AgendaFilterValues, CtExportDetail, CtFilterChangeEvent, CtShareEvent } from '../../src/index.js';

declare const agenda: HTMLElementTagNameMap['ct-agenda'];

agenda.addEventListener('ct-export', (event) => {
  const scope: 'session' | 'day' | 'favourites' | 'event' = event.detail.scope;
  const sessions: readonly string[] = event.detail.sessions;
  // @ts-expect-error: the export's detail has no `url`
  void event.detail.url;
  void [scope, sessions];
});

document.addEventListener('ct-filter-change', (event) => {
  // Listening on one element, its filters are known: the event class takes them as its type argument.
  const filters = (event as CtFilterChangeEvent<AgendaFilterValues>).detail.filters;
  const mine: boolean = filters.mine;
  const search: string | undefined = filters.search;
  void [mine, search];
});

document.addEventListener('ct-share', (event) => {
  const share: CtShareEvent = event;
  const method: 'copy' | 'email' | 'native' = share.detail.method;
  void method;
});

document.addEventListener('ct-layout-change', (event) => {
  const layout: string = event.detail.layout;
  // @ts-expect-error: details are read-only
  event.detail.layout = 'grid';
  void layout;
});

export const exportDetail: CtExportDetail = { scope: 'day', fileName: '2023-06-19.ics', sessions: ['opening'] };
