import '../src/components/agenda/ct-agenda.js';
import type { CtAgenda } from '../src/components/agenda/agenda.js';
import { generateAgendaFeed } from '../test/fixtures/generate-agenda.js';
import { BaselineAgenda } from './baseline.js';

/** Resolves after the next frame has been produced, i.e. the work is on screen. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const stage = document.getElementById('stage')!;

async function agendaRun(feed: ReturnType<typeof generateAgendaFeed>) {
  stage.replaceChildren();
  await nextFrame();
  const el = document.createElement('ct-agenda') as CtAgenda;
  el.setAttribute('no-url-state', '');
  el.setAttribute('storage-key', 'bench');
  const t0 = performance.now();
  el.data = feed;
  stage.append(el);
  await el.updateComplete;
  await nextFrame();
  const render = performance.now() - t0;
  const total = feed.agenda.sessions.length;
  await allRendered(el, total);
  const complete = performance.now() - t0;
  // Filter to one of the two tracks: half the sessions.
  const menu = [...el.shadowRoot!.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'track-1'))!;
  const t1 = performance.now();
  menu.value = 'track-1';
  menu.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await nextFrame();
  const filter = performance.now() - t1;
  const half = feed.agenda.sessions.filter((session) => session.track === 'track-1').length;
  await allRendered(el, half);
  const filterComplete = performance.now() - t1;
  const shown = el.shadowRoot!.querySelectorAll('.session').length;
  return { render, complete, filter, filterComplete, shown };
}

async function baselineRun(feed: ReturnType<typeof generateAgendaFeed>) {
  stage.replaceChildren();
  await nextFrame();
  const t0 = performance.now();
  const baseline = new BaselineAgenda(feed.agenda.sessions);
  baseline.render();
  stage.append(baseline.element);
  await nextFrame();
  const render = performance.now() - t0;
  const t1 = performance.now();
  baseline.filter((session) => session.track === 'track-1');
  await nextFrame();
  const filter = performance.now() - t1;
  return { render, filter, shown: baseline.element.children.length };
}

/** Long lists render in slices; this waits until every session is in the DOM and painted. */
async function allRendered(el: CtAgenda, count: number) {
  while (el.shadowRoot!.querySelectorAll('.session').length !== count) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
  await nextFrame();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

(window as unknown as { runBench: (sizes: number[], runs: number) => Promise<unknown> }).runBench = async (sizes, runs) => {
  const results = [];
  for (const size of sizes) {
    const feed = generateAgendaFeed(size);
    const agenda = { render: [] as number[], complete: [] as number[], filter: [] as number[], filterComplete: [] as number[], shown: 0 };
    const baseline = { render: [] as number[], filter: [] as number[], shown: 0 };
    for (let run = 0; run < runs; run++) {
      // Alternate so neither side always runs on a warmer engine.
      const a = await agendaRun(feed);
      const b = await baselineRun(feed);
      agenda.render.push(a.render);
      agenda.complete.push(a.complete);
      agenda.filter.push(a.filter);
      agenda.filterComplete.push(a.filterComplete);
      agenda.shown = a.shown;
      baseline.render.push(b.render);
      baseline.filter.push(b.filter);
      baseline.shown = b.shown;
    }
    results.push({
      size,
      agendaRender: median(agenda.render),
      baselineRender: median(baseline.render),
      agendaComplete: median(agenda.complete),
      agendaFilter: median(agenda.filter),
      agendaFilterComplete: median(agenda.filterComplete),
      baselineFilter: median(baseline.filter),
      shownAfterFilter: [agenda.shown, baseline.shown],
    });
  }
  stage.replaceChildren();
  return results;
};
