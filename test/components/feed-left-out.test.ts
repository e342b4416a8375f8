import { untrusted } from '../helpers/untrusted.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/agenda/ct-agenda.js';
import '../../src/components/timeline/ct-timeline.js';
import type { CtAgenda } from '../../src/components/agenda/agenda.js';
import { setUiLanguage } from '../../src/core/language/localization.js';
import { expectAccessible } from '../helpers/a11y.js';
import { withWarnings } from '../helpers/console.js';
import { part, squash } from '../helpers/dom.js';
import { feedUrl, until } from '../helpers/feeds.js';

const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll('.session .title')].map((node) => squash(node.textContent));

const session = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `s${i}`,
  title: `Session ${i}`,
  start: `2023-06-19T${String(9 + i).padStart(2, '0')}:00:00-04:00`,
  end: `2023-06-19T${String(9 + i).padStart(2, '0')}:45:00-04:00`,
  ...extra,
});
const agendaFeed = (sessions: unknown[]) => ({ kind: 'agenda', version: 1, agenda: { timeZone: 'America/New_York', sessions } });

describe('a faulty item is left out, never the programme', () => {
  it('shows every other session when one has a bad start, with a status note and the path in the console once', async () => {
    await withWarnings(async (warnings) => {
      const feed = agendaFeed([session(0), session(1, { start: '2023-06-19 10:00' }), session(2), session(3)]);
      const el = document.createElement('ct-agenda') as CtAgenda;
      el.lang = 'en';
      el.setAttribute('no-url-state', '');
      untrusted(el).data = feed;
      const loaded = oneEvent(el, 'ct-load');
      await fixture(el);
      expect((await loaded).detail.leftOut).to.equal(1);
      await until(() => titles(el).length === 3, 'three sessions');
      expect(titles(el)).to.deep.equal(['Session 0', 'Session 2', 'Session 3']);
      const note = part(el, 'left-out')!;
      expect(note.getAttribute('role')).to.equal('status');
      expect(squash(note.textContent)).to.equal('1 item not shown because of an error in the feed');
      expect(part(el, 'error')).to.equal(null);
      const logged = warnings.filter((line) => line.includes('$.agenda.sessions[1].start'));
      expect(logged).to.have.length(1);
      // A second element on the same document does not log it again.
      const second = await fixture<CtAgenda>(html`<ct-agenda lang="en" no-url-state .data=${feed}></ct-agenda>`);
      await until(() => part(second, 'left-out') !== null, 'the second note');
      expect(warnings.filter((line) => line.includes('$.agenda.sessions[1].start'))).to.have.length(1);
      await expectAccessible(el);
    });
  });

  it('counts what a frab conversion left out in the same note', async () => {
    await withWarnings(async (warnings) => {
      const events = [
        { guid: 'a', title: 'Kept', start: '2023-03-10T10:00:00+01:00', duration: 'PT1H', room: 'Hall' },
        { guid: 'b', title: 'No start', start: 'soon', duration: 'PT1H', room: 'Hall' },
        { guid: 'c', title: 'No duration', start: '2023-03-10T12:00:00+01:00', room: 'Hall' },
      ];
      const doc = { schedule: { version: 'x', conference: { title: 'C', time_zone_name: 'Europe/Berlin' }, events } };
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      wrapper.innerHTML = `<ct-agenda no-url-state format="frab" src="${feedUrl({ body: doc })}"></ct-agenda>`;
      const el = wrapper.querySelector<CtAgenda>('ct-agenda')!;
      await until(() => titles(el).length === 1 && part(el, 'left-out') !== null, 'the kept event and the note');
      expect(titles(el)).to.deep.equal(['Kept']);
      expect(squash(part(el, 'left-out')!.textContent)).to.equal('2 items not shown because of errors in the feed');
      const log = warnings.join('\n');
      expect(log).to.contain('$.schedule.events[1].start');
      expect(log).to.contain('$.schedule.events[2]');
    });
  });

  it('says it in the page language and direction, in every feed element', async () => {
    try {
      await setUiLanguage('ar');
      const timeline = {
        kind: 'conference',
        version: 1,
        timeline: { milestones: [{ date: '2023-06', title: 'ok' }, { date: 'June', title: 'bad' }, { date: '2024', title: 'ok too' }] },
      };
      const el = await withWarnings(() => fixture<HTMLElement>(html`<ct-timeline lang="en" .data=${timeline}></ct-timeline>`));
      await until(() => part(el, 'left-out') !== null, 'the note');
      const note = part(el, 'left-out')!;
      expect(note.getAttribute('lang')).to.equal('ar');
      expect(note.getAttribute('dir')).to.equal('rtl');
      // Arabic writes one item with no numeral: "عنصر واحد" (one item).
      expect(squash(note.textContent)).to.equal('عنصر واحد لم يُعرض بسبب خطأ في البيانات');
      await expectAccessible(el);
    } finally {
      await setUiLanguage('en');
    }
  });
});
