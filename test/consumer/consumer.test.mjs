/**
 * The npm package as an app team gets it: `npm pack`, then the tarball installed into two fresh projects
 * outside this repository — a plain Vite page and a React 19 + TypeScript app — that type-check, build
 * and render a widget in headless Chromium. Also `ct-feed` from the installed package.
 *
 * Needs `npm run build` first (the `build` step of `npm test` runs before this). One `npm install` per
 * project, from the npm cache where it can (`--prefer-offline`); the registry is asked only for what the
 * cache lacks. Versions of vite and typescript are the ones this repository uses, so they come from cache.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const repo = resolve(import.meta.dirname, '../..');
const version = (name) => JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;
const work = mkdtempSync(join(tmpdir(), 'ct-consumer-'));
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', npm_config_update_notifier: 'false' };

let tarball;
let packed;
let browser;

/** Runs a command in `cwd`; fails the test with its output when it exits non-zero. */
function run(cwd, command, args) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', shell: false });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  assert.equal(result.status, 0, `${command} ${args.join(' ')} in ${cwd} failed:\n${output}`);
  return output;
}

function project(name, packageJson, files) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module', ...packageJson }, null, 2));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  run(dir, 'npm', ['install', ...NPM_FLAGS]);
  return dir;
}

/** Serves a built `dist/` folder over HTTP on a free port. */
async function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/**
 * Opens the page and returns the figures `<ct-stats>` shows (labels and values) once it has rendered,
 * and what `extra` reads from the page once it returns something.
 */
async function renderedFigures(url, extra = () => 'none') {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('ct-stats')?.shadowRoot?.querySelector('[part~="figure"]'), { timeout: 20_000 });
    const figures = await page.evaluate(() =>
      [...document.querySelector('ct-stats').shadowRoot.querySelectorAll('[part~="figure"]')].map((figure) => ({
        label: figure.querySelector('[part~="label"]').textContent.trim(),
        value: figure.querySelector('[part~="value"]').getAttribute('value'),
      })),
    );
    const read = await page.waitForFunction(extra, { timeout: 20_000 });
    return { figures, errors, extra: await read.jsonValue() };
  } finally {
    await page.close();
  }
}

const sample = JSON.parse(readFileSync(join(repo, 'feeds/ct-week-2023/conference.json'), 'utf8'));
const englishOf = (text) => (typeof text === 'string' ? text : text.en);
const expectedFigures = sample.stats.figures.map((figure) => ({ label: englishOf(figure.label), value: String(figure.value) }));

before(async () => {
  assert.ok(existsSync(join(repo, 'dist/react.d.ts')) && existsSync(join(repo, 'dist/cdn/ct-widgets.js')), 'run `npm run build` first');
  // --ignore-scripts: `prepare` would build again; the build under test is the one in dist/.
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: repo, env, encoding: 'utf8' }));
  packed = info;
  tarball = join(work, info.filename);
  console.log(`# tarball ${info.filename}: ${info.size} B packed, ${info.unpackedSize} B unpacked, ${info.entryCount} files`);
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

test('the tarball holds the licence, the types for React and no source map without its sources', () => {
  const files = packed.files.map((file) => file.path);
  assert.ok(files.includes('LICENSE'), 'LICENSE');
  assert.ok(files.includes('dist/react.d.ts'), 'dist/react.d.ts');
  assert.ok(files.includes('bin/ct-feed.mjs'), 'bin/ct-feed.mjs');
  // tsc's maps would point at src/, which is not shipped; Vite's CDN maps carry their sources inline.
  const maps = files.filter((file) => file.endsWith('.map'));
  assert.deepEqual(maps.filter((file) => !file.startsWith('dist/cdn/')), []);
  assert.ok(!files.some((file) => file.startsWith('src/')));
  const largeDeclarations = packed.files.filter((file) => file.path.endsWith('.d.ts') && file.size > 150_000).map((file) => `${file.path} ${file.size} B`);
  assert.deepEqual(largeDeclarations, []);
});

test('a plain Vite page: ct-feed works from the installed package, and the page builds and renders <ct-stats>', async () => {
  const dir = project(
    'plain-vite',
    { dependencies: { 'ct-widgets': `file:${tarball}` }, devDependencies: { vite: version('vite') } },
    {
      'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Key figures</title>
<style>ct-stats:not(:defined) { display: block; min-block-size: 20rem; visibility: hidden; }</style>
<script type="module" src="./main.js"></script></head>
<body><ct-stats src="./conference.json"></ct-stats></body></html>`,
      'main.js': `import 'ct-widgets/ct-stats.js';\n`,
    },
  );
  const feed = join(dir, 'node_modules/ct-widgets/feeds/ct-week-2023/conference.json');
  const validated = run(dir, 'npx', ['--no-install', 'ct-feed', 'validate', feed]);
  assert.match(validated, /valid "conference" feed, version 1/);
  mkdirSync(join(dir, 'public'));
  cpSync(feed, join(dir, 'public/conference.json'));
  run(dir, 'npx', ['--no-install', 'vite', 'build', '--logLevel', 'error']);
  const { server, url } = await serve(join(dir, 'dist'));
  try {
    const { figures, errors } = await renderedFigures(url);
    assert.deepEqual(errors, []);
    assert.deepEqual(figures, expectedFigures);
  } finally {
    server.close();
  }
});

const APP = `import { useState } from 'react';
import type { StatsFeed } from 'ct-widgets';
import type { CtStats } from 'ct-widgets/ct-stats.js';
import 'ct-widgets/ct-stats.js';

const feed: StatsFeed = ${JSON.stringify({ kind: 'stats', version: 1, stats: sample.stats }, null, 2)};

export function App() {
  const [loaded, setLoaded] = useState('');
  return (
    <main>
      <ct-stats data={feed} notation="standard" heading-level={2} theme="light" onct-load={(event) => setLoaded(event.detail.url ?? 'data')} />
      <p id="status">{loaded}</p>
    </main>
  );
}

// The types must refuse what the elements refuse. Each line below is an error, or tsc fails on the unused directive.
// @ts-expect-error: not a notation
export const badNotation = <ct-stats notation="scientific" />;
// @ts-expect-error: a feed of another version
export const badVersion = <ct-stats data={{ kind: 'stats', version: 2, stats: { figures: [] } }} />;
// @ts-expect-error: a figure's value is a number
export const badFigure = <ct-stats data={{ kind: 'stats', version: 1, stats: { figures: [{ value: 'many', label: 'x' }] } }} />;
// @ts-expect-error: not a layout of the agenda
export const badLayout = <ct-agenda layout="table" />;
// @ts-expect-error: an element ct-widgets does not have
export const unknownTag = <ct-unknown />;
// HTMLElementTagNameMap: querySelector knows the class.
export const found: CtStats | null = document.querySelector('ct-stats');
export const notation: 'standard' | 'compact' | undefined = found?.notation;
`;

// A component that imports one element and nothing else of the package: the events' types must come with
// that element's declarations (App.tsx imports the package root, which would bring them on its own).
const AGENDA_ONLY = `import 'ct-widgets/ct-agenda.js';

export function Agenda({ onSearch, onFavourites }: { onSearch: (text: string) => void; onFavourites: (ids: readonly string[]) => void }) {
  return (
    <ct-agenda
      src="./conference.json"
      no-url-state
      onct-filter-change={(event) => onSearch(event.detail.filters.search ?? '')}
      onct-favourite-change={(event) => onFavourites(event.detail.favourites)}
    />
  );
}

// @ts-expect-error: a filter change carries filters, not a url
export const noUrl = <ct-agenda onct-filter-change={(event) => event.detail.url} />;
// @ts-expect-error: the agenda's filters are its own (day, track, search, …): it has no year
export const noYear = <ct-agenda onct-filter-change={(event) => event.detail.filters.year} />;
// @ts-expect-error: the favourites are a list of ids, not one
export const notOne = <ct-agenda onct-favourite-change={(event) => event.detail.favourites.toUpperCase()} />;
`;

test('a React 19 + TypeScript app type-checks (strict, no skipLibCheck), builds and renders <ct-stats> with .data and onct-load; <ct-agenda> alone types onct-filter-change and onct-favourite-change', async () => {
  const dir = project(
    'react-app',
    {
      dependencies: { 'ct-widgets': `file:${tarball}`, react: '^19', 'react-dom': '^19' },
      devDependencies: { '@types/react': '^19', '@types/react-dom': '^19', typescript: version('typescript'), vite: version('vite') },
    },
    {
      'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title><script type="module" src="./src/main.tsx"></script></head><body><div id="root"></div></body></html>`,
      'src/main.tsx': `import { createRoot } from 'react-dom/client';\nimport { App } from './App';\n\ncreateRoot(document.getElementById('root')!).render(<App />);\n`,
      'src/App.tsx': APP,
      'src/Agenda.tsx': AGENDA_ONLY,
      // The agenda component checked alone, so nothing imported by App.tsx types its events.
      'tsconfig.agenda.json': JSON.stringify({ extends: './tsconfig.json', include: [], files: ['src/Agenda.tsx', 'src/ct-widgets.d.ts'] }),
      'src/ct-widgets.d.ts': `import type {} from 'ct-widgets/react';\n`,
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        include: ['src'],
      }),
    },
  );
  run(dir, 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.json']);
  run(dir, 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.agenda.json']);
  run(dir, 'npx', ['--no-install', 'vite', 'build', '--logLevel', 'error']);
  const { server, url } = await serve(join(dir, 'dist'));
  try {
    const { figures, errors, extra } = await renderedFigures(url, () => document.querySelector('#status')?.textContent);
    assert.deepEqual(errors, []);
    assert.deepEqual(figures, expectedFigures);
    assert.equal(extra, 'data', 'onct-load ran with the event of a feed given as .data');
  } finally {
    server.close();
  }
});
