// Runs the browser tests, after checking that there is a browser to run them in.
import { spawnSync } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

if (!findChrome()) {
  const wanted = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist` : 'no Chromium or Chrome found';
  console.error(`Tests need a Chromium browser: ${wanted}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome binary.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--static-logging', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
