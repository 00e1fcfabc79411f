import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readdirSync } from 'node:fs';
import { forcedColorsCommand } from './tests/support/forced-colors-command.js';
import { packageCommands } from './tests/support/package-commands.js';
import { reactEsm } from './tests/support/react-esm.js';
import { summaryLine } from './tests/support/summary-reporter.js';

/** Lists content/**.json for tests that check every document (a browser cannot list folders). */
const contentIndex = {
  name: 'mendkit-content-index',
  serve(context) {
    if (context.path !== '/__mendkit/content-index.json') return undefined;
    const files = readdirSync('content', { recursive: true })
      .filter((file) => String(file).endsWith('.json'))
      .map((file) => `content/${String(file).replaceAll('\\', '/')}`)
      .sort();
    return { body: JSON.stringify(files), type: 'json' };
  },
};

// Debian's Chromium; npm tools cannot download browsers on our machines.
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const chrome = (env = {}) =>
  chromeLauncher({
    launchOptions: {
      executablePath: chromium,
      env: { ...process.env, ...env },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Pages in the background (other tabs, iframes) keep their timers and frames.
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
      ],
    },
  });

export default {
  files: ['tests/**/*.test.ts'],
  // A frame sandboxed without allow-same-origin has an opaque origin, so its module scripts are
  // cross-origin requests; a CDN answers them with this header, and so does the test server.
  middleware: [
    (context, next) => {
      context.set('Access-Control-Allow-Origin', '*');
      return next();
    },
  ],
  nodeResolve: { exportConditions: ['@mendkit/source'] },
  plugins: [
    contentIndex,
    packageCommands(),
    forcedColorsCommand(),
    reactEsm(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [chrome()],
  groups: [
    // Machines here run in UTC, which has no daylight saving: run the day and week logic
    // again in a zone that does, so real 23- and 25-hour days are crossed.
    {
      name: 'checklist-new-york',
      files: 'tests/checklist/**/*.test.ts',
      browsers: [chrome({ TZ: 'America/New_York' })],
    },
  ],
  // One file at a time: pages of one origin share localStorage (a test clearing it would wipe
  // another's), and a background tab gets no animation frames.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  reporters: [defaultReporter(), summaryLine()],
};
