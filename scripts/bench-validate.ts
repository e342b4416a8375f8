/**
 * Cost of validating one section of a 10,000-session agenda: a valid feed, and one with a faulty item
 * every 100 sessions (what the lenient reader leaves out). Median of 9 runs, fresh objects each time
 * (results are cached per parsed document). `npx tsx scripts/bench-validate.ts`
 */
import { readFeedSection } from '../src/core/validate.js';
import { generateAgendaFeed } from '../test/fixtures/generate-agenda.js';

function median(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 9; i += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[4]!;
}

const fresh = (faulty: boolean) => {
  const feed = generateAgendaFeed(10_000);
  if (faulty) feed.agenda.sessions.forEach((session, i) => i % 100 === 7 && (session.start = 'soon'));
  return feed;
};

for (const faulty of [false, true]) {
  const feeds = Array.from({ length: 9 }, () => fresh(faulty));
  let i = 0;
  const ms = median(() => {
    const result = readFeedSection(feeds[i++], 'agenda');
    if (result.ok !== !faulty && !('leftOut' in result)) throw new Error('unexpected result');
  });
  console.log(`${faulty ? '100 faulty of 10,000' : 'valid 10,000'} sessions: ${ms.toFixed(1)} ms`);
}
