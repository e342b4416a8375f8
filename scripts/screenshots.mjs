/**
 * `npm run screenshots`: pictures of chosen stories from the static Storybook build (storybook-static/, made by
 * `npm run build-storybook`), taken in headless Chromium (/usr/bin/chromium, or CHROMIUM=path) and written to
 * docs/screenshots/. Reviewers and issue notes point at these files; they are made again, not edited.
 *
 *   node scripts/screenshots.mjs [--only <substring>]
 */
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ELEMENT_NAMES as ELEMENTS } from './elements.mjs';

const ROOT = 'storybook-static';
const MAX_HEIGHT = 1600;
const OUT = 'docs/screenshots';
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

/** file name → story id. Arabic: each element's Arabic story; strict CSP: each element's page under the policy. */
const SHOTS = Object.fromEntries([
  ...ELEMENTS.map((name) => [`${name}-arabic`, `elements-ct-${name}--${name === 'agenda' ? 'arabic-grid' : 'arabic'}`]),
  ...ELEMENTS.map((name) => [`${name}-strict-csp`, `host-pages-strict-content-security-policy--${kebab(pascal(name))}`]),
  ['agenda-grid-arabic-strict-csp', 'host-pages-strict-content-security-policy--arabic-agenda-grid'],
  // Each UN language's page (the toolbar's locale global): the agenda, the figures and a release.
  ...['ar', 'zh', 'en', 'fr', 'ru', 'es'].flatMap((lang) => [
    [`languages/${lang}-agenda`, `elements-ct-agenda--default&globals=locale:${lang}`],
    [`languages/${lang}-stats`, `elements-ct-stats--default&globals=locale:${lang}`],
    [`languages/${lang}-press-release`, `elements-ct-press-release--seed&globals=locale:${lang}&args=release:!undefined`],
  ]),
]);
function kebab(name) {
  return name.replace(/[A-Z]/g, (c, i) => `${i ? '-' : ''}${c.toLowerCase()}`);
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (!existsSync(`${ROOT}/iframe.html`)) {
  console.error(`${ROOT}/iframe.html is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
mkdirSync(`${OUT}/languages`, { recursive: true });

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ics': 'text/calendar' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(ROOT, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--font-render-hinting=none'] });
let failed = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  for (const [name, id] of Object.entries(SHOTS)) {
    if (only && !name.includes(only)) continue;
    const response = await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle0' });
    // Ready: no element of ours still shows its loading state, in the story or in a strict-CSP frame.
    const ready = await page
      .waitForFunction(
        () => {
          const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument).filter(Boolean)];
          const hosts = docs.flatMap((d) => [...d.querySelectorAll('*')].filter((e) => e.localName.startsWith('ct-')));
          return hosts.length > 0 && hosts.every((e) => e.shadowRoot && !e.shadowRoot.querySelector('[part~="loading"], [aria-busy="true"]'));
        },
        { timeout: 15000 },
      )
      .then(() => true, () => false);
    await new Promise((resolve) => setTimeout(resolve, 600)); // count-up and frame resizes settle
    // iframe.html answers 200 for any id: an unknown story leaves the root empty.
    const storyMissing = (await page.$('#storybook-root > *')) === null || !response?.ok();
    if (!ready || storyMissing) {
      console.error(`✗ ${name} (${id}): ${storyMissing ? 'story not found' : 'not ready after 15 s'}`);
      failed += 1;
      continue;
    }
    const file = `${OUT}/${name}.png`;
    // The top of the story, at most MAX_HEIGHT px: enough to judge direction and layout, small in the repository.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1000, height: Math.min(height, MAX_HEIGHT) }, captureBeyondViewport: true });
    console.log(`✓ ${file}`);
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
