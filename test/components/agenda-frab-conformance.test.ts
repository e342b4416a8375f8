import { expect } from '@open-wc/testing';
import type { CtAgenda } from '../../src/components/agenda/agenda.js';
import { all } from '../helpers/dom.js';
import { agendaFrom } from '../helpers/agenda.js';

/**
 * frab conformance: real exports (test/fixtures/frab/README.md) rendered by <ct-agenda>. Expected values
 * are worked out by hand from each file: `date` (with its offset) + `duration` gives the UTC instants;
 * Europe/Berlin is CET (UTC+1) in late December and CEST (UTC+2) in August, Europe/Zurich CET in December.
 */
const withoutSpaces = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

/** A frab fixture's agenda, once it shows `expected` sessions (or its error). */
const fromFixture = (file: string, expected: number) => agendaFrom(`/test/fixtures/frab/${file}`, '', { sessions: expected, timeoutMs: 20_000 });

interface Expected {
  title: string;
  /** UTC instants, by hand. */
  start: string;
  end: string;
  /** As shown in the event's own zone (the agenda's default), whitespace removed. */
  when: string;
  room: string;
  type: string;
  /** The event's language, marked on the title when it is not the page's (English). */
  lang: 'de' | 'en';
}

function check(el: CtAgenda, sample: Expected[]) {
  const sessions = all(el, '.session');
  for (const want of sample) {
    const card = sessions.find((node) => node.querySelector('.title')!.textContent!.trim() === want.title);
    expect(card, want.title).to.not.equal(undefined);
    const [start, end] = [...card!.querySelectorAll('time')].map((node) => Date.parse(node.getAttribute('datetime')!));
    expect(new Date(start!).toISOString(), `${want.title} start`).to.equal(want.start);
    expect(new Date(end!).toISOString(), `${want.title} end`).to.equal(want.end);
    expect(withoutSpaces(card!.querySelector('.when')!.textContent), `${want.title} when`).to.equal(want.when);
    expect(card!.querySelector('[part~="room"]')!.textContent!.trim(), `${want.title} room`).to.equal(want.room);
    expect(card!.querySelector('.meta span')!.textContent!.trim(), `${want.title} type`).to.equal(want.type);
    const marked = card!.querySelector('.title [lang]')?.getAttribute('lang');
    expect(marked ?? 'en', `${want.title} lang`).to.equal(want.lang);
  }
}

const langCounts = (el: CtAgenda) => {
  const titles = all(el, '.session .title');
  const de = titles.filter((node) => node.querySelector('[lang="de"]')).length;
  return { de, unmarked: titles.filter((node) => !node.querySelector('[lang]')).length };
};

describe('frab conformance: real exports, every event at the instant its producer meant', function () {
  this.timeout(60_000);

  it('39C3 Himmel: all 186 events, across midnight, German and English, typed', async () => {
    const el = await fromFixture('39c3-himmel.json', 186);
    expect(all(el, '.session')).to.have.length(186);
    expect(all(el, '[part~="left-out"]')).to.have.length(0);
    check(el, [
      { title: 'Opening Ceremony', start: '2025-12-27T09:30:00.000Z', end: '2025-12-27T10:00:00.000Z', when: '10.30–11a.m.', room: 'Saal One', type: 'Opening', lang: 'de' },
      { title: 'Code to Craft: Procedural Generation for the Physical World', start: '2025-12-28T22:55:00.000Z', end: '2025-12-28T23:35:00.000Z', when: '11.55p.m.–12.35a.m.', room: 'Saal One', type: 'Talk', lang: 'en' },
      { title: 'GPTDash – Der Reverse-Turing-Test', start: '2025-12-29T00:00:00.000Z', end: '2025-12-29T01:30:00.000Z', when: '1–2.30a.m.', room: 'Saal One', type: 'Other', lang: 'de' },
      { title: 'Elixir Name Badge Workshop', start: '2025-12-28T10:00:00.000Z', end: '2025-12-28T11:30:00.000Z', when: '11a.m.–12.30p.m.', room: 'Sendezentrum Bühne (Saal X 07)', type: 'Workshop', lang: 'de' },
      { title: 'Closing Ceremony', start: '2025-12-30T15:00:00.000Z', end: '2025-12-30T16:00:00.000Z', when: '4–5p.m.', room: 'Saal One', type: 'Closing', lang: 'de' },
      { title: 'Peep-Show für die Polizei. Staatliche Überwachung von Queers in Hamburger Toiletten bis 1980', start: '2025-12-29T22:00:00.000Z', end: '2025-12-29T23:00:00.000Z', when: '11p.m.–midnight', room: 'Saal Ground', type: 'Talk', lang: 'de' },
    ]);
    // By the file: 80 events in German, 106 in English (unmarked on an English page).
    expect(langCounts(el)).to.deep.equal({ de: 80, unmarked: 106 });
    const types = all(el, '.session .meta span:first-child').map((node) => node.textContent!.trim());
    // Talk ×161; Workshop Bühne (lang) + Workshop Bühne; one opening and one closing ceremony; podcasts, game shows, theatre: other.
    expect(types.filter((t) => t === 'Talk')).to.have.length(161);
    expect(types.filter((t) => t === 'Workshop')).to.have.length(2);
    expect(types.filter((t) => t === 'Other')).to.have.length(21);
    const roomMenu = all(el, '.filters label').find((label) => label.textContent!.includes('Room'))!;
    expect([...roomMenu.querySelectorAll('option')].slice(1).map((o) => o.textContent!.trim())).to.have.members([
      'Saal One',
      'Saal Ground',
      'Saal Zero',
      'Saal Fuse',
      'Sendezentrum Bühne (Saal X 07)',
    ]);
  });

  it('camp 2019 (frab): all 79 events, at Berlin summer time', async () => {
    const el = await fromFixture('frab-camp2019.json', 79);
    expect(all(el, '.session')).to.have.length(79);
    check(el, [
      { title: 'Opening Ceremony', start: '2019-08-21T09:00:00.000Z', end: '2019-08-21T09:30:00.000Z', when: '11–11.30a.m.', room: 'Curie', type: 'Talk', lang: 'en' },
    ]);
    expect(langCounts(el).de).to.equal(24);
  });

  it('pretalx demo conference: all 36 events, 27 talks and 9 workshops', async () => {
    const el = await fromFixture('pretalx-democon.json', 36);
    expect(all(el, '.session')).to.have.length(36);
    const types = all(el, '.session .meta span:first-child').map((node) => node.textContent!.trim());
    expect(types.filter((t) => t === 'Talk')).to.have.length(27);
    expect(types.filter((t) => t === 'Workshop')).to.have.length(9);
  });

  it('the c3voc invalid example: shown, as its faults are not in what is shown (the CLI validator refuses it)', async () => {
    // README of the format's samples: a renderer is strict only about titles, times, rooms and names.
    const el = await fromFixture('invalid-example.json', 1);
    expect(all(el, '.session')).to.have.length(1);
    check(el, [
      { title: 'Internal Penetration Testing Basics', start: '2022-12-28T13:00:00.000Z', end: '2022-12-28T13:45:00.000Z', when: '2–2.45p.m.', room: 'Winterchaos', type: 'Talk', lang: 'de' },
    ]);
  });
});
