import { expect } from '@open-wc/testing';
import { readSectionInSlicesWith, readSectionWith } from '../../src/core/feed/read-section.js';
import { agendaSection } from '../../src/feeds/agenda.js';
import { generateAgendaFeed } from '../fixtures/generate-agenda.js';
import { longestTask } from '../helpers/long-tasks.js';

type Feed = ReturnType<typeof generateAgendaFeed>;

/** A 5,000-session programme with three faults worked out by hand: two sessions and one room. */
function faultyFeed(): Feed {
  const feed = generateAgendaFeed(5000);
  const sessions = feed.agenda.sessions as Record<string, unknown>[];
  sessions[10]!['start'] = 'tomorrow';
  sessions[4000]!['end'] = sessions[4000]!['start']; // not after its start
  (feed.agenda.rooms as Record<string, unknown>[])[2]!['id'] = 'room 3'; // a space: not an id
  return feed;
}

describe('reading a long section in slices', () => {
  it('gives what the one-piece read gives: faulty items left out with their paths, the rest kept', async () => {
    const feed = faultyFeed();
    const read = readSectionInSlicesWith(agendaSection, feed, 'agenda');
    expect(read).to.be.instanceOf(Promise); // 5,000 sessions: more than a slice
    const sliced = await read;
    if (!sliced.ok) throw new Error(sliced.messages.join('\n'));
    expect(sliced.leftOut.count).to.equal(3);
    // Session 10 breaks two rules: its start is no date-time, so it is not after its start either.
    expect(sliced.leftOut.details).to.have.length(4);
    expect(sliced.leftOut.details[0]).to.match(/^\$\.agenda\.rooms\[2\]\.id: /);
    expect(sliced.leftOut.details[1]).to.match(/^\$\.agenda\.sessions\[10\]\.start: not an ISO date-time/);
    expect(sliced.leftOut.details[2]).to.equal('$.agenda.sessions[10]: expected "end" after "start"');
    expect(sliced.leftOut.details[3]).to.equal('$.agenda.sessions[4000]: expected "end" after "start"');
    expect(sliced.value.sessions).to.have.length(4998);
    expect(sliced.value.sessions.some((s) => s.id === 's10' || s.id === 's4000')).to.equal(false);
    expect(sliced.value.rooms!.map((room) => room.id)).to.not.include('room 3');
    // The same as reading it in one piece (a copy, so the cached result is not simply handed back).
    const whole = readSectionWith(agendaSection, structuredClone(feed), 'agenda');
    if (!whole.ok) throw new Error('expected the one-piece read to succeed');
    expect(sliced.leftOut).to.deep.equal(whole.leftOut);
    expect(sliced.value).to.deep.equal(whole.value);
  });

  it('cuts a list over its limit (20,000 sessions) with one line, after leaving out the faulty', async () => {
    const feed = generateAgendaFeed(20_005);
    (feed.agenda.sessions[7] as Record<string, unknown>)['type'] = 'banquet';
    const result = await readSectionInSlicesWith(agendaSection, feed, 'agenda');
    if (!result.ok) throw new Error(result.messages.join('\n'));
    expect(result.value.sessions).to.have.length(20_000);
    expect(result.value.sessions.at(-1)!.id).to.equal('s20000'); // s7 left out, so s20000 is the 20,000th
    expect(result.leftOut.count).to.equal(5);
    expect(result.leftOut.details).to.deep.equal([
      `$.agenda.sessions[7].type: expected one of "opening", "plenary", "thematic", "panel", "side-event", "general-debate", "talk", "workshop", "closing", "break", "other", got "banquet"`,
      '$.agenda.sessions: more than 20000 items; the rest are left out',
    ]);
  });

  it('fails the section for a fault outside its lists, as the one-piece read does', async () => {
    const feed = generateAgendaFeed(3000);
    (feed.agenda as Record<string, unknown>)['timeZone'] = 'Mars/Olympus';
    const result = await readSectionInSlicesWith(agendaSection, feed, 'agenda');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.path).to.equal('$.agenda.timeZone');
  });

  it('reads one big document once however many elements ask: the read under way, then its result', async () => {
    const feed = generateAgendaFeed(3000);
    const first = readSectionInSlicesWith(agendaSection, feed, 'agenda');
    expect(first).to.be.instanceOf(Promise);
    expect(readSectionInSlicesWith(agendaSection, feed, 'agenda'), 'while under way').to.equal(first);
    const result = await first;
    expect(readSectionInSlicesWith(agendaSection, feed, 'agenda'), 'once read: at once, the same result').to.equal(result);
    expect(readSectionWith(agendaSection, feed, 'agenda'), 'the one-piece read finds it too').to.equal(result);
  });

  it('makes text well formed as the one-piece read does: a lone surrogate in a long list becomes U+FFFD', async () => {
    const feed = generateAgendaFeed(3000);
    (feed.agenda.sessions[2500] as Record<string, unknown>)['title'] = 'Cut emoji \uD83D';
    feed.agenda.rooms[0]!.name = '\uDE00 Room';
    const result = await readSectionInSlicesWith(agendaSection, feed, 'agenda');
    if (!result.ok) throw new Error(result.messages.join('\n'));
    // U+D83D without its low half, and U+DE00 without its high half, are replaced (WHATWG/ES2024 toWellFormed).
    expect(result.value.sessions[2500]!.title).to.equal('Cut emoji \uFFFD');
    expect(result.value.rooms![0]!.name).to.equal('\uFFFD Room');
    expect((feed.agenda.sessions[2500] as Record<string, unknown>)['title'], 'the input is not changed').to.equal('Cut emoji \uD83D');
  });

  it('reads the items asked for first, shows the valid ones in that order, then gives what the one-piece read gives', async () => {
    const feed = faultyFeed();
    const previews: { ids: string[]; rooms: number; settled: boolean }[] = [];
    let settled = false;
    const read = readSectionInSlicesWith(agendaSection, feed, 'agenda', undefined, {
      list: 'sessions',
      // 10 and 4000 are faulty, 4999 is last, 7 is asked twice, 6000 does not exist.
      pick: () => [4999, 10, 3, 4000, 7, 7, 6000, 0],
      show: (preview) => previews.push({ ids: preview.sessions.map((s) => s.id), rooms: preview.rooms!.length, settled }),
    });
    const result = await read;
    settled = true;
    if (!result.ok) throw new Error(result.messages.join('\n'));
    expect(previews).to.deep.equal([{ ids: ['s4999', 's3', 's7', 's0'], rooms: 7, settled: false }]); // room 3 left out
    const whole = readSectionWith(agendaSection, structuredClone(faultyFeed()), 'agenda');
    if (!whole.ok) throw new Error('expected the one-piece read to succeed');
    expect(result.leftOut).to.deep.equal(whole.leftOut);
    expect(result.value).to.deep.equal(whole.value);
  });

  it('reads a short section at once, without a promise', () => {
    const result = readSectionInSlicesWith(agendaSection, generateAgendaFeed(100), 'agenda');
    expect(result).to.not.be.instanceOf(Promise);
  });

  it('never blocks the page 200 ms at a time on 20,000 sessions', async function () {
    this.timeout(60_000);
    // Long tasks are wall-clock time: on a shared machine a slice may be descheduled. A real block (the
    // whole read in one task, ~250 ms here when idle) fails every try.
    this.retries(2);
    const feed = generateAgendaFeed(20_000);
    const { result, longest } = await longestTask(async () => readSectionInSlicesWith(agendaSection, feed, 'agenda'));
    expect(result.ok).to.equal(true);
    expect(longest).to.be.below(200);
  });
});
