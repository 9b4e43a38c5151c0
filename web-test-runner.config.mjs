// Web Test Runner: every *.test.ts under src/ and test/ runs in headless Chromium.
// The browser is CHROME_PATH, else /usr/bin/chromium (see scripts/find-chrome.mjs).
import { writeFileSync, writeSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findChrome } from './scripts/find-chrome.mjs';
import { hardeningCommands, hardeningMiddleware } from './test/hardening/wtr-plugin.mjs';
import { buildsMiddleware } from './scripts/wtr-builds.mjs';

const launchOptions = {
  executablePath: findChrome() ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** Prints `wtr: N passed, N failed, N skipped` as the very last line; a file that failed to load counts as one failure. */
function plainSummaryReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        const before = failed;
        if (s.testResults) walk(s.testResults);
        if (!s.passed && failed === before) failed++;
      }
      if (process.env.WTR_SUMMARY_FILE) writeFileSync(process.env.WTR_SUMMARY_FILE, JSON.stringify({ passed, failed, skipped }));
      else process.once('exit', () => writeSync(1, `wtr: ${passed} passed, ${failed} failed, ${skipped} skipped\n`));
    },
  };
}

// A non-UTC zone, so that a date computed in local time shows up as a failure.
const timezoneId = process.env.TEST_TZ ?? 'America/Los_Angeles';

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/node/**'],
  concurrency: 1,
  nodeResolve: { exportConditions: ['production'] },
  // Strict-CSP pages, misbehaving roadmap sources and page/heap commands for test/hardening.
  // The single-file bundle and the framework examples, built on first request (scripts/wtr-builds.mjs).
  middleware: [hardeningMiddleware, buildsMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), hardeningCommands()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions,
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId }),
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  reporters: [defaultReporter(), plainSummaryReporter()],
};
