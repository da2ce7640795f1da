import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../../build/chromium.ts';

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
