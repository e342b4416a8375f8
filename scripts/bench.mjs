/**
 * `npm run bench`: renders <ct-agenda> (production build) in headless Chromium with 100, 1,000 and 10,000
 * sessions, and in the same run a plain-DOM keyed baseline of the same cards. Prints medians of 5 runs for
 * first render (to the next frame) and for a filter that halves the list, and the ratios; fails when a
 * ratio is over its target. Long lists render in slices, so it also prints when every session is in the
 * DOM, against the baseline's one-shot render.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';

const TARGETS = {
  1000: { render: 1.0, filter: 1.5 },
  10000: { render: 0.4, filter: 0.5 },
};
const outDir = '.cache/bench';

await build({
  configFile: false,
  logLevel: 'warn',
  root: 'bench',
  mode: 'production',
  build: { outDir: `../${outDir}`, emptyOutDir: true, minify: true, target: 'es2022' },
});

const types = { '.html': 'text/html', '.js': 'text/javascript' };
const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  try {
    const body = await readFile(join(outDir, path === '/' ? 'index.html' : path));
    response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'text/html' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  protocolTimeout: 900_000,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
});
let failed = false;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => 'runBench' in window);
  // BENCH_SIZES='[1000]' runs fewer sizes while working on one.
  const sizes = JSON.parse(process.env.BENCH_SIZES ?? '[100,1000,10000]');
  const results = await page.evaluate((list) => window.runBench(list, 5), sizes);
  const ms = (value) => value.toFixed(1).padStart(8);
  console.log('sessions   agenda render  baseline render  ratio   agenda filter  baseline filter  ratio   (medians of 5, ms)');
  for (const r of results) {
    const renderRatio = r.agendaRender / r.baselineRender;
    const filterRatio = r.agendaFilter / r.baselineFilter;
    const target = TARGETS[r.size];
    const verdict = target
      ? `  targets ≤${target.render}× / ≤${target.filter}×: ${renderRatio <= target.render && filterRatio <= target.filter ? 'met' : 'MISSED'}`
      : '';
    if (target && (renderRatio > target.render || filterRatio > target.filter)) failed = true;
    console.log(
      `${String(r.size).padStart(8)}  ${ms(r.agendaRender)}       ${ms(r.baselineRender)}     ${renderRatio.toFixed(2).padStart(5)}×  ${ms(r.agendaFilter)}       ${ms(r.baselineFilter)}     ${filterRatio.toFixed(2).padStart(5)}×${verdict}`,
    );
    console.log(
      `          all ${r.size} sessions in the DOM after ${r.agendaComplete.toFixed(0)} ms (${(r.agendaComplete / r.baselineRender).toFixed(2)}× baseline); filtered list complete after ${r.agendaFilterComplete.toFixed(0)} ms (${(r.agendaFilterComplete / r.baselineFilter).toFixed(2)}×)`,
    );
    if (r.shownAfterFilter[0] !== r.shownAfterFilter[1]) {
      console.log(`  mismatch: agenda shows ${r.shownAfterFilter[0]} sessions after filtering, baseline ${r.shownAfterFilter[1]}`);
      failed = true;
    }
  }
  console.log('For reference, pretalx’s schedule widget took ~1,700 ms at 1,000 sessions and ~15,400 ms at 10,000 on this kind of machine (PRODUCT.md).');
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
