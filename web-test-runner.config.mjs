import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { feedRoutes } from './test/server/feed-routes.mjs';
import { pageRoutes } from './test/server/page-routes.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { timeZonePlugin } from './test/server/timezone-plugin.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a second, background page stalls axe and animation frames even with the
  // anti-throttling flags below (8 timeouts, 165 s, against 17 s and none).
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  // a11ySnapshot: tests read Chromium's accessibility tree, what a screen reader is given.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), a11ySnapshotPlugin(), timeZonePlugin()],
  middleware: [feedRoutes, pageRoutes],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          '--disable-dev-shm-usage',
          // Test pages run side by side; a page in the background must not have its timers and
          // animation frames throttled (fixtures, axe and count-up wait on them).
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
