/**
 * Cost of reading the `agenda` section of a 10,000-session feed for display: a valid feed, and one with a
 * faulty session in every hundred (left out). "strict parse" is one valibot parse of the section, which is
 * all the reader did before it left faulty items out (it then refused the whole section). Median of 9
 * runs, a fresh document each run (results are cached per parsed document). `npx tsx scripts/bench-validate.ts`
 */
import * as v from 'valibot';
import { readFeedSection } from '../src/core/feed/validate.js';
import { agendaSection } from '../src/feeds/agenda.js';
import { generateAgendaFeed } from '../test/fixtures/generate-agenda.js';

function median(feeds: ReturnType<typeof generateAgendaFeed>[], run: (feed: ReturnType<typeof generateAgendaFeed>) => void): number {
  const times = feeds.map((feed) => {
    const started = performance.now();
    run(feed);
    return performance.now() - started;
  });
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const fresh = (faulty: boolean) => {
  const feed = generateAgendaFeed(10_000);
  if (faulty) feed.agenda.sessions.forEach((session, i) => i % 100 === 7 && (session.start = 'soon'));
  return feed;
};

for (const faulty of [false, true]) {
  const label = faulty ? '100 faulty of 10,000' : 'valid 10,000';
  const strict = median(Array.from({ length: 9 }, () => fresh(faulty)), (feed) => void v.safeParse(agendaSection, feed.agenda));
  const lenient = median(Array.from({ length: 9 }, () => fresh(faulty)), (feed) => {
    const result = readFeedSection(feed, 'agenda');
    if (!result.ok || result.value.sessions.length !== (faulty ? 9_900 : 10_000)) throw new Error('unexpected result');
  });
  console.log(`${label} sessions: strict parse ${strict.toFixed(1)} ms, lenient read ${lenient.toFixed(1)} ms`);
}
