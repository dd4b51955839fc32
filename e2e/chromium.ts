/**
 * Launches the Debian Chromium for browser tests. Never downloads a browser: CI installs
 * `chromium` from Debian (.ci/run) and this uses /usr/bin/chromium.
 */
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * playwright-core refuses `--user-data-dir` in `launch()`: it gives each launch its own throw-away
 * profile and removes it on close, which is what tests want.
 */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}
