import { defineConfig, type LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, never a downloaded browser: `playwright install` cannot run here. Shared
 * with the benchmarks (bench/), so what they time is the browser the tests run.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  use: {
    viewport: { width: 1920, height: 1080 },
    launchOptions: chromiumLaunchOptions,
  },
});
