import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium, never a downloaded browser: `playwright install` cannot run here. */
export const chromiumExecutablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How the Playwright suite launches it. The benchmarks (bench/) launch it the same way, so what
 * they time is the browser the tests run.
 */
export const chromiumLaunchOptions = {
  executablePath: chromiumExecutablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
} satisfies LaunchOptions;
