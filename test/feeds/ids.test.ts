import { expect } from '@open-wc/testing';
import { feedIdFrom, feedIdMap, uniqueFeedId } from '../../src/feeds/ids.js';

const RULE = /^[A-Za-z0-9_.-]{1,100}$/;

describe('ids from names in any script', () => {
  // Names that the old rule (every other character → "-") all turned into "-" or "-A".
  const names = ['قاعة المؤتمرات', 'قاعة الاجتماعات', '会议室', '会议厅', 'Зал 1', 'Зал 2', '🎤', '🎸', 'Ελληνικά', ''];

  it('gives every distinct name a distinct id within the 1–100 [A-Za-z0-9_.-] rule', () => {
    const ids = names.map((name) => feedIdFrom(name));
    for (const id of ids) expect(id).to.match(RULE);
    expect(new Set(ids).size).to.equal(names.length);
  });

  it('is deterministic: the same name gives the same id in another conversion', () => {
    expect(names.map((name) => feedIdFrom(name))).to.deep.equal(names.map((name) => feedIdFrom(name)));
    const first = feedIdMap();
    const second = feedIdMap();
    expect(names.map(first)).to.deep.equal([...names].reverse().map(second).reverse());
  });

  it('keeps ASCII names readable and keeps the ASCII part of mixed names', () => {
    expect(feedIdFrom('Saal 1')).to.equal('Saal-1');
    expect(feedIdFrom('room_2.b')).to.equal('room_2.b');
    expect(feedIdFrom('Зал A')).to.match(/^A-[0-9a-z]+$/);
    expect(feedIdFrom('', 'room')).to.equal('room');
    expect(feedIdFrom('   ', 'room')).to.equal('room');
  });

  it('never exceeds 100 characters, with or without a hash or counter', () => {
    const long = 'a'.repeat(300);
    expect(feedIdFrom(long)).to.have.length(100);
    expect(feedIdFrom(`${long}é`)).to.have.length(100);
    const used = new Set<string>();
    const ids = Array.from({ length: 200 }, () => uniqueFeedId(long, used));
    for (const id of ids) expect(id).to.match(RULE);
    expect(new Set(ids).size).to.equal(200);
    expect(ids[199]!.endsWith('-200')).to.equal(true);
  });

  it('settles clashes by counters, also for thousands of equal ids, quickly', () => {
    const used = new Set<string>();
    expect([uniqueFeedId('A&B', used), uniqueFeedId('A+B', used), uniqueFeedId('A B', used)]).to.deep.equal(['A-B', 'A-B-2', 'A-B-3']);
    const started = performance.now();
    const many = Array.from({ length: 10_000 }, () => uniqueFeedId('42', used));
    expect(performance.now() - started).to.be.lessThan(500);
    expect(new Set(many).size).to.equal(10_000);
  });

  it('maps the same room name to the same id and different ones apart, even when they clash as slugs', () => {
    const room = feedIdMap('room');
    expect(room('A&B')).to.equal('A-B');
    expect(room('A+B')).to.equal('A-B-2');
    expect(room('A&B')).to.equal('A-B');
  });
});
