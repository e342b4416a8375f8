import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/agenda/ct-agenda.js';
import type { CtAgenda } from '../../src/components/agenda/agenda.js';
import { expectAccessible } from '../helpers/a11y.js';
import { until } from '../helpers/feeds.js';

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const whens = (el: Element) => all(el, '.session .when').map((node) => node.textContent!.replace(/\s+/g, ''));

async function agendaFrom(src: string, attributes = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  wrapper.innerHTML = `<ct-agenda no-url-state storage-key="ical-${Math.random()}" src="${src}" ${attributes}></ct-agenda>`;
  const el = wrapper.querySelector<CtAgenda>('ct-agenda')!;
  await until(() => all(el, '.session').length > 0 || all(el, '[part~="error"]').length > 0, 'iCalendar agenda');
  return el;
}

describe('<ct-agenda> reading iCalendar feeds', () => {
  it('reads an Indico-style export: IANA zone, DTEND and DURATION, across a DST change', async () => {
    const el = await agendaFrom('/test/fixtures/ical/indico-style.ics', 'viewer-time-zone="Europe/Paris"');
    expect(all(el, '.session .title').map((node) => node.textContent!.trim())).to.deep.equal(['Before the change', 'After the change']);
    expect(whens(el)).to.deep.equal(['10a.m.–11a.m.', '10a.m.–11.30a.m.']);
    expect(all(el, '.segmented button')[0]!.textContent!.trim()).to.equal('Event time (Eastern Time)');
    all(el, '.segmented button')[1]!.click();
    await el.updateComplete;
    expect(whens(el)).to.deep.equal(['4p.m.–5p.m.', '3p.m.–4.30p.m.']);
    expect(all(el, '[part~="title"]')[0]!.textContent!.trim()).to.equal('Indico-style export');
    await expectAccessible(el);
  });

  it('reads an Outlook-style export whose zone has a Windows name, from its VTIMEZONE rules', async () => {
    const el = await agendaFrom('/test/fixtures/ical/outlook-style.ics', 'time-zone="America/New_York"');
    expect(whens(el)).to.deep.equal(['10a.m.–11a.m.', '10a.m.–11.30a.m.']);
    expect(all(el, '.session time')[0]!.getAttribute('datetime')).to.equal('2023-03-10T15:00:00.000Z');
  });

  it('takes iCalendar text through .data too, with format="ical"', async () => {
    const text = await (await fetch('/test/fixtures/ical/indico-style.ics')).text();
    const el = await fixture<CtAgenda>(html`<ct-agenda lang="en" no-url-state format="ical" .data=${text}></ct-agenda>`);
    await until(() => all(el, '.session').length === 2, 'sessions');
    expect(all(el, '[part~="room"]').map((node) => node.textContent)).to.deep.equal(['Conference Room 1', 'Conference Room 4']);
  });

  it('shows a clear error for text that is not iCalendar', async () => {
    const el = await fixture<CtAgenda>(html`<ct-agenda lang="en" no-url-state format="ical" .data=${'hello'}></ct-agenda>`);
    await until(() => all(el, '[part~="error"]').length > 0, 'error');
    expect(all(el, '[part~="error"]')[0]!.textContent).to.contain('Not an iCalendar file');
  });
});
