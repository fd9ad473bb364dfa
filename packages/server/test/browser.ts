import { chromium, type Browser } from 'playwright-core';
import { loadTestSettings } from '../src/config/env';

/** Debian's Chromium, headless, with a fresh profile and nothing that reaches for the internet. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: loadTestSettings().chromiumPath,
    // Playwright gives the browser a fresh temporary profile of its own.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
