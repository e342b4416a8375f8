import { expect } from '@open-wc/testing';
import { convertFrab, parseFrabDuration } from '../../src/feeds/frab.js';
import { expectAccessible } from '../helpers/a11y.js';
import { feedUrl, until } from '../helpers/feeds.js';
import { all } from '../helpers/dom.js';
import { agendaFrom } from '../helpers/agenda.js';

const load = async (file: string) => (await fetch(`/test/fixtures/frab/${file}`)).json();

/** Every event of a v1 document, in the order days → rooms → events. */
function v1Events(doc: { schedule: { conference: { days: { rooms: Record<string, { title: string; date: string; duration: string }[]> }[] } } }) {
  return doc.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
}

describe('<ct-agenda> reading frab / c3voc schedules', function () {
  this.timeout(30_000);

  it('renders every event of a real frab v1 export (camp 2019) at its Berlin time', async () => {
    const doc = await load('frab-camp2019.json');
    const events = v1Events(doc);
    const el = await agendaFrom('/test/fixtures/frab/frab-camp2019.json');
    const sessions = all(el, '.session');
    expect(sessions).to.have.length(events.length);
    expect(events.length).to.equal(79);
    const opening = sessions.find((node) => node.querySelector('.title')!.textContent!.trim() === 'Opening Ceremony')!;
    expect(opening.querySelector('.when')!.textContent!.replace(/\s+/g, '')).to.equal('11–11.30a.m.');
    expect(opening.querySelector('time')!.getAttribute('datetime')).to.equal('2019-08-21T11:00:00+02:00');
    // Every start shown is the event's own wall-clock time in Europe/Berlin.
    const shown = sessions.map((node) => node.querySelector('time')!.getAttribute('datetime'));
    expect([...shown].sort()).to.deep.equal(events.map((e) => e.date).sort());
    await expectAccessible(el);
  });

  it('renders pretalx’s v1 export with its rooms as grid columns', async () => {
    const el = await agendaFrom('/test/fixtures/frab/pretalx-democon.json', 'layout="grid"');
    expect(all(el, '.session')).to.have.length(36);
    expect(all(el, '.sessions')[0]!.classList.contains('grid')).to.equal(true);
    expect(all(el, '.filters select').length).to.be.greaterThan(0);
    const roomMenu = all(el, '.filters label').find((label) => label.textContent!.includes('Room'))!;
    expect([...roomMenu.querySelectorAll('option')].map((o) => o.textContent)).to.include.members(['Gray Room', 'Tan Room']);
  });

  it('reads v2 (flat events, ISO durations, language maps) across a DST change', async () => {
    const el = await agendaFrom('/test/fixtures/frab/schedule-v2.json', 'viewer-time-zone="Europe/Paris"');
    const whens = () => all(el, '.session .when').map((node) => node.textContent!.replace(/\s+/g, ''));
    expect(whens()).to.deep.equal(['10–11a.m.', '10–11.30a.m.']);
    all(el, '.segmented button')[1]!.click();
    await el.updateComplete;
    expect(whens()).to.deep.equal(['4–5p.m.', '3–4.30p.m.']);
  });

  it('keeps rooms and tracks named in any script apart (Arabic, Chinese, Cyrillic, emoji)', async () => {
    const rooms = ['قاعة المؤتمرات', 'قاعة الاجتماعات', '会议室', '会议厅', 'Зал 1', 'Зал 2', '🎤', '🎸'];
    const events = rooms.map((room, index) => ({
      guid: `g${index}`,
      title: `Session in ${index}`,
      start: `2023-03-10T${String(9 + index).padStart(2, '0')}:00:00+01:00`,
      duration: 'PT30M',
      room,
      track: rooms[rooms.length - 1 - index],
    }));
    const doc = { schedule: { version: 'x', conference: { title: 'Scripts', time_zone_name: 'Europe/Berlin' }, events } };
    const { feed } = convertFrab(doc);
    expect(new Set(feed.agenda.rooms!.map((room) => room.id)).size).to.equal(rooms.length);
    expect(new Set(feed.agenda.tracks!.map((track) => track.id)).size).to.equal(rooms.length);
    const el = await agendaFrom(feedUrl({ body: doc }), 'format="frab"');
    // Each card names its own room, and the room menu lists each room once.
    const shown = all(el, '.session').map((node) => node.querySelector('[part~="room"]')!.textContent!.trim());
    expect(shown).to.deep.equal(rooms);
    const roomMenu = all(el, '.filters label').find((label) => label.textContent!.includes('Room'))!;
    expect([...roomMenu.querySelectorAll('option')].map((o) => o.textContent!.trim())).to.include.members(rooms);
    expect(roomMenu.querySelectorAll('option')).to.have.length(rooms.length + 1);
  });

  it('leaves out only what it cannot show: huge durations; keeps 60 colliding ids apart; falls back from an unknown zone', async () => {
    const event = (i: number, extra: Record<string, unknown> = {}) => ({
      code: 'SAME',
      title: `Event ${i}`,
      start: `2023-03-10T${String(8 + (i % 12)).padStart(2, '0')}:00:00+01:00`,
      duration: 'PT30M',
      room: 'Hall',
      ...extra,
    });
    const events = [
      ...Array.from({ length: 60 }, (_, i) => event(i)),
      event(60, { duration: 'P99999999D' }), // past the last date a JavaScript Date holds
      event(61, { duration: 'P3000000D' }), // ends in the year 10237
    ];
    const doc = { schedule: { version: 'x', conference: { title: 'Collisions', time_zone_name: 'Mars/Olympus_Mons' }, events } };
    const { feed, skipped, notes } = convertFrab(doc);
    const ids = feed.agenda.sessions.map((session) => session.id);
    expect(ids).to.have.length(60);
    expect(new Set(ids).size).to.equal(60);
    for (const id of ids) expect(id).to.match(/^[A-Za-z0-9_.-]{1,100}$/);
    expect(skipped).to.have.length(2);
    expect(skipped[0]).to.match(/^\$\.schedule\.events\[60\]/);
    expect(feed.agenda.timeZone).to.equal('UTC');
    expect(notes[0]).to.contain('"Mars/Olympus_Mons" is not a time zone this browser knows');
    const el = await agendaFrom(feedUrl({ body: doc }), 'format="frab"');
    await until(() => all(el, '.session').length === 60, 'sixty events');
    expect(all(el, '[part~="error"]')).to.have.length(0);
    expect(all(el, '[part~="left-out"]')[0]!.textContent!.trim()).to.equal('2 items not shown because of errors in the feed');
  });

  it('maps event types onto ours and keeps the event language on its text', () => {
    const base = { title: 'Titel', start: '2023-03-10T10:00:00+01:00', duration: 'PT1H' };
    const types = ['lecture', 'Talk', 'Workshop Bühne (lang)', 'hands-on', 'Podiumsdiskussion', 'panel', 'Keynote', 'Opening', 'Ceremony', 'Pause', 'meeting', 'Game show', null];
    const events = types.map((type, i) => ({ ...base, code: `e${i}`, type, language: i === 0 ? 'DE' : i === 1 ? 'German' : 'de_AT' }));
    events.push({ ...base, code: 'close', title: 'Closing Ceremony', type: 'Ceremony', language: 'en' });
    const { feed } = convertFrab({ schedule: { version: 'x', conference: { title: 'T', time_zone_name: 'Europe/Berlin' }, events } });
    expect(feed.agenda.sessions.map((s) => s.type)).to.deep.equal([
      'talk', 'talk', 'workshop', 'workshop', 'panel', 'panel', 'plenary', 'opening', 'opening', 'break', 'side-event', 'other', 'other', 'closing',
    ]);
    expect(feed.agenda.sessions[0]!.title).to.deep.equal({ de: 'Titel' });
    expect(feed.agenda.sessions[1]!.title).to.equal('Titel'); // "German" is not a language tag: left unmarked
    expect(feed.agenda.sessions[2]!.title).to.deep.equal({ 'de-AT': 'Titel' });
  });

  it('converts durations of both versions', () => {
    expect(parseFrabDuration('00:30')).to.equal(30 * 60_000);
    expect(parseFrabDuration('1:30:15')).to.equal((90 * 60 + 15) * 1000);
    expect(parseFrabDuration('PT1H30M')).to.equal(90 * 60_000);
    expect(parseFrabDuration('P1D')).to.equal(86_400_000);
    expect(parseFrabDuration('PT')).to.equal(undefined);
    expect(parseFrabDuration('soon')).to.equal(undefined);
  });

  it('lists what it leaves out of the invalid example instead of failing on harmless faults', async () => {
    const doc = await load('invalid-example.json');
    const { feed, skipped } = convertFrab(doc);
    expect(feed.agenda.sessions.length + skipped.length).to.equal(v1Events(doc).length);
    expect(feed.agenda.sessions.length).to.be.greaterThan(0);
  });

  it('says clearly when a frab document lacks what it needs', async () => {
    const el = await agendaFrom('/api/feed?id=frab-bad&body=' + btoa(JSON.stringify({ schedule: { conference: { days: 'monday' } } })).replace(/=+$/, ''), 'format="frab"');
    const error = all(el, '[part~="error"]')[0]!;
    expect(error.textContent).to.contain('The feed does not have the expected shape.');
    expect(error.textContent).to.contain('$.schedule.conference.days');
  });
});
